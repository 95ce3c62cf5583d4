package dev.tact.xmpp.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Base64;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.tact.tests.harness.XmppServerExtension;
import dev.tact.tests.harness.XmppTestServer;
import dev.tact.xmpp.internal.XmppAccountSession;
import dev.tact.xmpp.internal.vcard.ContactCard;
import dev.tact.xmpp.internal.vcard.SmackVCards;

/** vCards (XEP-0054): set our own, read a contact's name and avatar. */
@ExtendWith(XmppServerExtension.class)
class VCardTest {

	/** A 1x1 transparent PNG. */
	private static final byte[] AVATAR = Base64.getDecoder().decode(
			"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

	private Sessions sessions;
	private XmppAccountSession bob;
	private SmackVCards aliceCards;
	private SmackVCards bobCards;

	@BeforeEach
	void logIn(XmppTestServer server) throws Exception {
		sessions = new Sessions(server);
		aliceCards = sessions.closeLater(new SmackVCards(sessions.online("alice")));
		bob = sessions.online("bob");
		bobCards = sessions.closeLater(new SmackVCards(bob));
	}

	@AfterEach
	void logOut() {
		sessions.close();
	}

	@Test
	void aliceReadsTheNameAndAvatarBobPublished() throws Exception {
		ContactCard card = ContactCard.named("Bob Builder", "bob").withAvatar(AVATAR, "image/png");
		bobCards.saveOwn(card).get(10, TimeUnit.SECONDS);

		ContactCard seenByAlice = aliceCards.load(bob.account()).get(10, TimeUnit.SECONDS);

		assertEquals("Bob Builder", seenByAlice.displayName());
		assertEquals("bob", seenByAlice.nickname());
		assertArrayEquals(AVATAR, seenByAlice.avatar());
		assertEquals("image/png", seenByAlice.avatarType());
		assertEquals(card, bobCards.load(bob.account()).get(10, TimeUnit.SECONDS), "bob reads back what he saved");
	}

	@Test
	void aContactWithoutAVCardReadsAsAnEmptyCard() throws Exception {
		ContactCard nothing = aliceCards.load(bob.account()).get(10, TimeUnit.SECONDS);

		assertEquals("", nothing.displayName());
		assertFalse(nothing.hasAvatar());
	}
}
