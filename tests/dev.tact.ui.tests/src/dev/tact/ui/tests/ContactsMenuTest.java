package dev.tact.ui.tests;

import static dev.tact.ui.tests.fixture.SignedInWorkbench.spinUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.tact.core.client.TactClient;
import dev.tact.core.contacts.Contact;
import dev.tact.core.contacts.SubscriptionRequest;
import dev.tact.core.port.ContactProfile;
import dev.tact.core.port.DirectoryEntry;
import dev.tact.core.presence.PresenceState;
import dev.tact.ui.internal.chat.ChatEditor;
import dev.tact.core.client.ContactsTree;
import dev.tact.ui.internal.runtime.TactRuntime;
import dev.tact.ui.tests.fixture.ChatScreen;
import dev.tact.ui.tests.fixture.ContactsScreen;
import dev.tact.ui.tests.fixture.Dialogs;
import dev.tact.ui.tests.fixture.DisplayLoop;
import dev.tact.ui.tests.fixture.Ide;
import dev.tact.ui.tests.fixture.Menus;
import dev.tact.ui.tests.fixture.Notifications;
import dev.tact.ui.tests.fixture.Peer;
import dev.tact.ui.tests.fixture.Screenshots;
import dev.tact.ui.tests.fixture.SignedInWorkbench;
import dev.tact.ui.tests.fixture.Widgets;

/**
 * Every item of the Contacts view's context menu and view menu, chosen as a user would, with its effect in the view
 * and on the server (the peer sees it). Group chat items have their own test ({@link GroupChatUiTest}).
 */
class ContactsMenuTest {

	private static SignedInWorkbench workbench;
	private ContactsScreen contacts;

	@BeforeAll
	static void signIn() throws Exception {
		workbench = SignedInWorkbench.start();
	}

	@AfterAll
	static void signOut() {
		workbench.close();
	}

	@AfterEach
	void tidy() {
		Notifications.closeAll();
		Ide.page().closeAllEditors(false);
		if (contacts != null) {
			contacts.filter().setText("");
		}
		DisplayLoop.drain();
		Dialogs.check();
	}

	@Test
	void chatOpensTheConversation() throws Exception {
		Peer ann = friend("ann", "Team");
		contacts().select("ann", person(ann, "Team"));
		Menus.choose(contacts.contextMenu(), "Chat");
		spinUntil("the chat with ann", () -> Ide.page().getActiveEditor() instanceof ChatEditor chat
				&& ChatScreen.peerOf(chat).equals(ann.jid()));
	}

	@Test
	void tellMeWhenAvailableAlertsOnceTheyAre() throws Exception {
		Peer bob = friend("bob", "Team");
		bob.show(PresenceState.BUSY, "in a review");
		spinUntil("bob busy", () -> client().contacts().presenceOf(bob.jid()).state() == PresenceState.BUSY);
		contacts().select("bob shown busy", person(bob, "Team").and(data -> ((ContactsTree.Person) data).presence()
				.state() == PresenceState.BUSY));
		Menus.choose(contacts.contextMenu(), "Tell Me When Available");
		assertFalse(Menus.has(contacts.contextMenu(), "Tell Me When Available"), "asked once");

		bob.show(PresenceState.AVAILABLE, "");

		spinUntil("the popup says bob is available", () -> Notifications.containing(bob.jid().local() + " is available")
				.isPresent());
	}

	@Test
	void moveAndCopyToGroupChangeTheServersRoster() throws Exception {
		Peer cat = friend("cat", "Team");
		friend("dan", "Ops");
		contacts().select("cat", person(cat, "Team"));
		Menus.choose(contacts.contextMenu(), "Copy to Group", "Ops");
		spinUntil("cat in both", () -> groupsOf(cat).equals(Set.of("Team", "Ops")));
		contacts.select("cat in Team", person(cat, "Team"));
		Menus.choose(contacts.contextMenu(), "Move to Group", "Ops");
		spinUntil("cat only in Ops", () -> groupsOf(cat).equals(Set.of("Ops")));
		spinUntil("the view shows cat under Ops only", () -> contacts.row(person(cat, "Team")).isEmpty()
				&& contacts.row(person(cat, "Ops")).isPresent());
	}

	@Test
	void profileShowsWhatTheContactPublishedInTheirWords() throws Exception {
		Peer pat = friend("pat", "Team");
		pat.ports().saveProfile(new ContactProfile("Patricia Hale\u202E", "Pat", "pat@example.org", null))
				.get(10, TimeUnit.SECONDS);
		contacts().select("pat", person(pat, "Team"));
		String[] shown = { "" };
		Dialogs.whenOpens("Profile of " + pat.jid().local(), shell -> {
			DisplayLoop.until("the profile loaded", () -> (shown[0] = String.join("\n", Widgets.all(shell, Label.class)
					.stream().map(Label::getText).toList())).contains("Patricia Hale"));
			Widgets.click(shell, "Close");
		});
		Menus.choose(contacts.contextMenu(), "Profile\u2026");
		Dialogs.check();
		assertTrue(shown[0].contains("pat@example.org"), shown[0]);
		assertFalse(shown[0].contains("\u202E"), "a profile is shown without its direction overrides");
	}

	@Test
	void aPictureThatWouldBeHugeOnceDecodedIsNotDecodedAndTheProfileSaysSo() throws Exception {
		Peer bo = friend("bo", "Team");
		ByteBuffer bomb = ByteBuffer.allocate(64); // a PNG header claiming 50,000 x 50,000 pixels: 10 GB decoded
		bomb.put(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' })
				.putInt(50_000).putInt(50_000);
		bo.ports().saveProfile(new ContactProfile("Bo Bomb", "", "", bomb.array())).get(10, TimeUnit.SECONDS);
		contacts().select("bo", person(bo, "Team"));
		String[] shown = { "" };
		Dialogs.whenOpens("Profile of " + bo.jid().local(), shell -> {
			DisplayLoop.until("the profile loaded", () -> (shown[0] = String.join("\n", Widgets.all(shell, Label.class)
					.stream().map(Label::getText).toList())).contains("Bo Bomb"));
			shown[0] += Widgets.all(shell, Label.class).stream().anyMatch(l -> l.getImage() != null) ? " [image]" : "";
			Widgets.click(shell, "Close");
		});
		Menus.choose(contacts.contextMenu(), "Profile\u2026");
		Dialogs.check();
		assertTrue(shown[0].contains("Their picture is not shown: it is too large"), shown[0]);
		assertFalse(shown[0].contains("[image]"), "nothing was decoded");
	}

	@Test
	void removeFromContactsAsksFirstThenTheyAreGone() throws Exception {
		Peer eve = friend("eve", "Team");
		contacts().select("eve", person(eve, "Team"));
		Dialogs.whenOpens("Remove Contact", Dialogs.press("Cancel"));
		Menus.choose(contacts.contextMenu(), "Remove from Contacts\u2026");
		Dialogs.check();
		assertTrue(isContact(eve), "cancel keeps them");

		Dialogs.whenOpens("Remove Contact", Dialogs.press("OK"));
		Menus.choose(contacts.contextMenu(), "Remove from Contacts\u2026");
		Dialogs.check();
		spinUntil("eve is gone from the roster", () -> !isContact(eve));
	}

	@Test
	void anAddRequestIsAnsweredFromItsRow() throws Exception {
		for (String answer : List.of("Add Back", "Accept Only", "Decline Gently")) {
			Peer asker = workbench.peer("asker");
			asker.ports().roster().add(workbench.me(), "Me", Set.of()).get(10, TimeUnit.SECONDS);
			contacts().select("the request of " + asker.jid(), data -> data instanceof SubscriptionRequest r
					&& r.from().equals(asker.jid()));
			Menus.choose(contacts.contextMenu(), answer);
			spinUntil("the request is answered", () -> client().contacts().pendingRequests().stream()
					.noneMatch(r -> r.from().equals(asker.jid())));
			switch (answer) {
			case "Add Back" -> spinUntil("they are in our contacts", () -> isContact(asker));
			case "Accept Only" -> {
				spinUntil("they see our presence", () -> asker.lastPresenceOf(workbench.me()) != null);
				assertFalse(isContact(asker), "accept only does not add them");
			}
			default -> assertFalse(isContact(asker));
			}
		}
	}

	@Test
	void theAddRequestNotificationItselfAddsBackAcceptsOnlyOrDeclinesGently() throws Exception {
		for (String link : List.of("add-back", "accept-only", "decline-request")) {
			Peer asker = workbench.peer("popup");
			asker.ports().roster().add(workbench.me(), "Popup", Set.of()).get(10, TimeUnit.SECONDS);
			spinUntil("the add request pops up", () -> Notifications.containing(asker.jid() + " wants to add you").isPresent());
			var popup = Notifications.containing(asker.jid() + " wants to add you").orElseThrow();
			assertTrue(Notifications.words(popup).anyMatch(w -> w.contains("add them back")), "the guide's choices");
			if (link.equals("add-back")) {
				Screenshots.take("add-request-popup");
			}
			Notifications.click(popup, link);
			spinUntil("answered from the popup", () -> client().contacts().pendingRequests().stream()
					.noneMatch(r -> r.from().equals(asker.jid())));
			switch (link) {
			case "add-back" -> spinUntil("they are in our contacts", () -> isContact(asker));
			case "accept-only" -> spinUntil("they see us", () -> asker.lastPresenceOf(workbench.me()) != null);
			default -> assertFalse(isContact(asker));
			}
		}
	}

	@Test
	void renameAndDeleteAGroup() throws Exception {
		Peer fay = friend("fay", "Design");
		contacts().select("the Design group", group("Design"));
		Dialogs.whenOpens("Rename Group", Dialogs.typeAndOk("UX"));
		Menus.choose(contacts.contextMenu(), "Rename Group\u2026");
		Dialogs.check();
		spinUntil("fay is in UX on the server", () -> groupsOf(fay).equals(Set.of("UX")));

		contacts.select("the UX group", group("UX"));
		Menus.choose(contacts.contextMenu(), "Delete Group");
		spinUntil("the group is gone, fay stays a contact", () -> groupsOf(fay).isEmpty() && isContact(fay));
	}

	@Test
	void newGroupAndAddContactFromTheMenus() throws Exception {
		Peer gil = workbench.peer("gil");
		contacts();
		Dialogs.whenOpens("New Group", Dialogs.typeAndOk("Release"));
		Menus.choose(contacts.selectNothing().contextMenu(), "New Group\u2026");
		Dialogs.check();
		spinUntil("the new group shows", () -> contacts.rows().stream().anyMatch(r -> r.startsWith("Release")));

		Dialogs.whenOpens("Add Contact", shell -> {
			List<Text> fields = Widgets.all(shell, Text.class);
			Widgets.type(fields.get(0), gil.jid().toString());
			Widgets.type(fields.get(1), "Gil");
			Widgets.click(shell, "Add");
		});
		Menus.choose(contacts.viewMenu(), "Add Contact\u2026");
		Dialogs.check();
		spinUntil("gil is a contact, told about it", () -> isContact(gil) && gil.lastPresenceOf(workbench.me()) != null);
	}

	@Test
	void sortByNameAndByAvailabilityFromTheViewMenu() throws Exception {
		Peer zed = friend("zed", "Sorted");
		Peer amy = friend("amy", "Sorted");
		amy.show(PresenceState.AWAY, "");
		spinUntil("amy away", () -> client().contacts().presenceOf(amy.jid()).state() == PresenceState.AWAY);
		contacts();
		Menus.choose(contacts.viewMenu(), "Sort by Name");
		spinUntil("amy first by name", () -> indexOf(amy) < indexOf(zed));
		Menus.choose(contacts.viewMenu(), "Sort by Availability");
		spinUntil("zed first, being available", () -> indexOf(zed) < indexOf(amy));
	}

	@Test
	void aDirectoryResultIsAddedFromItsRow() throws Exception {
		Peer hal = workbench.peer("hal");
		hal.ports().saveProfile(new ContactProfile("Hal Directory", "Halcyon", "hal@example.org", null))
				.get(10, TimeUnit.SECONDS);
		contacts();
		contacts.filter().setText("halcyon");
		contacts.select("hal in the directory", data -> data instanceof DirectoryEntry entry && entry.jid().equals(hal.jid()));
		Dialogs.whenOpens("Add Contact", Dialogs.press("Add"));
		Menus.choose(contacts.contextMenu(), "Add to Contacts\u2026");
		Dialogs.check();
		spinUntil("hal is a contact", () -> isContact(hal));
	}

	@Test
	void signOutAndSignInFromTheViewMenu() {
		contacts();
		Menus.choose(contacts.viewMenu(), "Sign Out");
		spinUntil("the view says we are signed out", () -> contacts.rows() != null
				&& !client().hasAccount());
		Menus.choose(contacts.viewMenu(), "Sign In");
		spinUntil("signed in again", () -> client().connectionStatus().isConnected());
	}

	private ContactsScreen contacts() {
		contacts = ContactsScreen.show();
		return contacts;
	}

	private Peer friend(String prefix, String group) throws Exception {
		Peer peer = workbench.peer(prefix);
		workbench.befriend(peer, group);
		spinUntil(prefix + " seen Available", () -> client().contacts().presenceOf(peer.jid()).state()
				== PresenceState.AVAILABLE);
		return peer;
	}

	private static Predicate<Object> person(Peer peer, String group) {
		return data -> data instanceof ContactsTree.Person person && person.contact().jid().equals(peer.jid())
				&& person.group().equals(group);
	}

	private static Predicate<Object> group(String name) {
		return data -> data instanceof ContactsTree.Group group && group.name().equals(name);
	}

	private int indexOf(Peer peer) {
		List<String> rows = contacts.rows();
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).strip().startsWith(peer.jid().local())) {
				return i;
			}
		}
		return -1;
	}

	private static Set<String> groupsOf(Peer peer) {
		return client().contacts().contacts().stream().filter(c -> c.jid().equals(peer.jid())).findFirst()
				.map(Contact::groups).orElse(Set.of());
	}

	private static boolean isContact(Peer peer) {
		return client().contacts().contacts().stream().anyMatch(c -> c.jid().equals(peer.jid()));
	}

	private static TactClient client() {
		return TactRuntime.get().client();
	}
}
