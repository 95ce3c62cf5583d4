package dev.tact.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.tact.ui.internal.contacts.ContactsView;
import dev.tact.ui.tests.fixture.DisplayLoop;
import dev.tact.ui.tests.fixture.Ide;
import dev.tact.ui.tests.fixture.Widgets;

/** The Contacts view opens in the real workbench and tells a signed-out user what to do. */
class ContactsViewTest {

	private IWorkbenchPage page() {
		return Ide.page();
	}

	@AfterEach
	void closeView() {
		IViewPart view = page().findView(ContactsView.ID);
		if (view != null) {
			page().hideView(view);
		}
	}

	@Test
	void contactsViewOpensAndExplainsHowToSignIn() throws Exception {
		IViewPart view = page().showView(ContactsView.ID);
		assertNotNull(view);
		DisplayLoop.until(Duration.ofSeconds(5), "sign-in advice shown",
				() -> Widgets.require(Ide.shell(), ContactsView.STATUS_KEY, Link.class).getText().contains("Preferences > Tact"));
		assertTrue(Widgets.require(Ide.shell(), ContactsView.STATUS_KEY, Link.class).getText().contains("Sign In"));
	}
}
