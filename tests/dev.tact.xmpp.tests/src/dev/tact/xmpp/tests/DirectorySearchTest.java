package dev.tact.xmpp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.tact.core.port.DirectoryEntry;
import dev.tact.tests.harness.XmppServerExtension;
import dev.tact.tests.harness.XmppTestServer;
import dev.tact.xmpp.internal.XmppAccountSession;
import dev.tact.xmpp.internal.directory.SmackDirectorySearch;
import dev.tact.xmpp.internal.vcard.ContactCard;
import dev.tact.xmpp.internal.vcard.SmackVCards;

/**
 * User directory search (XEP-0055) on the test server: Prosody's mod_vjud offers the old fields and answers in the old
 * item format; ejabberd's mod_vcard offers a data form, matches by prefix and answers with a form.
 */
@ExtendWith(XmppServerExtension.class)
class DirectorySearchTest {

	private Sessions sessions;
	private XmppAccountSession alice;
	private XmppAccountSession bob;
	private SmackDirectorySearch directory;

	@BeforeEach
	void logIn(XmppTestServer server) throws Exception {
		sessions = new Sessions(server);
		alice = sessions.online("alice");
		bob = sessions.online("bob");
		directory = sessions.closeLater(new SmackDirectorySearch(alice));
	}

	@AfterEach
	void logOut() {
		sessions.close();
	}

	@Test
	void aliceFindsBobByTheNicknameInHisVCard() throws Exception {
		SmackVCards bobCards = sessions.closeLater(new SmackVCards(bob));
		bobCards.saveOwn(ContactCard.named("Robert Tables", "Bobby Tables").withEmail("bobby@example.org"))
				.get(10, TimeUnit.SECONDS);

		List<DirectoryEntry> found = directory.search("bobby").get(10, TimeUnit.SECONDS);

		assertEquals(1, found.size(), "bob once, though his nickname and his email both match: " + found);
		assertEquals(bob.account(), found.get(0).jid());
		assertEquals("bobby@example.org", found.get(0).email());
		// ejabberd reports the full name; Prosody's old format has none, so the nickname stands in
		assertTrue(Set.of("Robert Tables", "Bobby Tables").contains(found.get(0).name()), found.get(0).name());
		assertTrue(alice.connection().status().isConnected(), "the reply did not cost the connection");
	}

	@Test
	void aliceFindsCarolByTheStartOfHerLastName() throws Exception {
		XmppAccountSession carol = sessions.online("carol");
		SmackVCards carolCards = sessions.closeLater(new SmackVCards(carol));
		carolCards.saveOwn(new ContactCard("", "", "Carol", "Danvers", "carol@example.org", null, ""))
				.get(10, TimeUnit.SECONDS);

		List<DirectoryEntry> found = directory.search("danv").get(10, TimeUnit.SECONDS);

		assertEquals(List.of(new DirectoryEntry(carol.account(), "Carol Danvers", "carol@example.org")), found);
	}

	@Test
	void aSearchWithoutMatchesIsEmptyAndTheConnectionSurvives() throws Exception {
		List<DirectoryEntry> found = directory.search("nobody-by-this-name").get(10, TimeUnit.SECONDS);

		assertEquals(List.of(), found);
		assertTrue(alice.connection().status().isConnected());
		assertEquals(List.of(), directory.search("zz-still-works").get(10, TimeUnit.SECONDS));
	}

	@Test
	void tooShortTextIsRefusedWithAReason() {
		Exception failure = assertThrows(Exception.class, () -> directory.search("b").get(10, TimeUnit.SECONDS));
		assertTrue(failure.getCause().getMessage().contains("at least 2 characters"), failure.getCause().getMessage());
	}
}
