package dev.tact.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.tact.core.address.BareJid;
import dev.tact.core.address.FullJid;
import dev.tact.core.alert.AlertDecision;
import dev.tact.core.alert.AlertEvent;
import dev.tact.core.alert.EventKind;
import dev.tact.core.chat.Author;
import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.DeliveryState;
import dev.tact.core.chat.MemoryOutboxStorage;
import dev.tact.core.chat.MessageId;
import dev.tact.core.chat.MessageSize;
import dev.tact.core.chat.OutgoingMessage;
import dev.tact.core.contacts.Contact;
import dev.tact.core.contacts.SubscriptionAnswer;
import dev.tact.core.contacts.SubscriptionRequest;
import dev.tact.core.focus.FocusDigest;
import dev.tact.core.focus.FocusLength;
import dev.tact.core.focus.FocusStyle;
import dev.tact.core.port.ConnectionState;
import dev.tact.core.port.ConnectionStatus;
import dev.tact.core.port.IncomingMessageEvent;
import dev.tact.core.port.MessageSource;
import dev.tact.core.port.PeerPresenceEvent;
import dev.tact.core.presence.Claim;
import dev.tact.core.presence.ClaimSource;
import dev.tact.core.presence.Presence;
import dev.tact.core.presence.PresenceState;
import dev.tact.core.presence.PresenceWire;
import dev.tact.core.presence.ResetAfter;
import dev.tact.core.presence.XmppShow;
import dev.tact.core.testing.InMemoryAccountPorts;
import dev.tact.core.testing.ManualScheduler;
import dev.tact.core.testing.MutableClock;

class TactClientTest {

	private static final BareJid ME = BareJid.parse("me@example.org");
	private static final BareJid DANA = BareJid.parse("dana@example.org");

	private final MutableClock clock = MutableClock.atMondayMorning();
	private final ManualScheduler scheduler = new ManualScheduler(clock);
	private final List<Alert> alerts = new CopyOnWriteArrayList<>();
	private final MemoryOutboxStorage storage = new MemoryOutboxStorage();
	private final InMemoryAccountPorts account = new InMemoryAccountPorts();
	private TactClient client;

	private record Alert(AlertEvent event, AlertDecision decision) {
	}

	@BeforeEach
	void attach() {
		client = new TactClient(clock, ZoneId.of("UTC"), scheduler, (e, d, q) -> alerts.add(new Alert(e, d)), storage);
		client.attach(ME, account);
	}

	@Test
	void aMessageTooBigForOneStanzaIsRefusedBeforeItCanJamTheOutbox() {
		account.goOnline();
		String huge = "x".repeat(MessageSize.MAX_BODY_BYTES + 1);

		MessageTooLongException refused = assertThrows(MessageTooLongException.class, () -> client.send(DANA, huge, false));
		assertTrue(refused.getMessage().startsWith("This message is 49 KB"), refused.getMessage());
		assertThrows(MessageTooLongException.class, () -> client.sendLater(DANA, huge));
		assertTrue(storage.loadAll().isEmpty(), "nothing queued");
		assertEquals(0, client.conversations().with(DANA).size(), "nothing shown as pending");
		client.send(DANA, "the short version", false);
		assertEquals("the short version", last(account.sent).body());
	}

	@Test
	void aMessageQueuedByOneAccountWaitsForItAndNeverGoesOutFromAnother() {
		client.send(DANA, "from me, written while offline", false);
		client.sendLater(DANA, "from me, when Dana is free");
		InMemoryAccountPorts other = new InMemoryAccountPorts();
		BareJid work = BareJid.parse("me@work.example");

		client.attach(work, other);
		other.goOnline();
		client.send(DANA, "from work", false);

		assertEquals(List.of("from work"), other.sent.stream().map(OutgoingMessage::body).toList(),
				"the other account sends only its own message");
		assertTrue(client.heldFor(DANA).isEmpty(), "the first account's held message is not the other's to release");
		assertEquals(2, storage.loadAll().size(), "the first account's messages wait on disk");
		assertTrue(storage.loadAll().stream().allMatch(m -> ME.equals(m.from())), "and remember who wrote them");

		client.attach(ME, account);
		account.goOnline();
		assertEquals(List.of("from me, written while offline"), account.sent.stream().map(OutgoingMessage::body).toList(),
				"back on the first account, its message goes out");
		assertEquals(1, client.heldFor(DANA).size(), "and its held message is its own again");
	}

	@Test
	void publishesCurrentPresenceOnConnectAndEveryChangeAfter() {
		account.goOnline();
		assertEquals(XmppShow.NONE, last(account.published).show());

		client.presence().claimManually(Presence.of(PresenceState.BUSY, "reviewing"), ResetAfter.NEVER);

		assertEquals(XmppShow.DND, last(account.published).show());
		assertEquals("Busy \u2014 reviewing", last(account.published).status());
	}

	@Test
	void busyForOneHourResetsByItselfAndPeersSeeAvailableAgain() {
		account.goOnline();
		client.presence().claimManually(Presence.of(PresenceState.BUSY), ResetAfter.ONE_HOUR);
		assertEquals(XmppShow.DND, last(account.published).show());

		scheduler.advance(Duration.ofMinutes(61));

		assertEquals(PresenceState.AVAILABLE, client.presence().effective().state());
		assertEquals(XmppShow.NONE, last(account.published).show());
	}

	@Test
	void signingOutTellsStatusListenersTheAccountIsDisconnected() {
		account.goOnline();
		List<ConnectionStatus> statuses = new ArrayList<>();
		client.addStatusListener(statuses::add);

		client.detach();

		assertEquals(ConnectionState.DISCONNECTED, last(statuses).state());
	}

	@Test
	void olderMessagesComeFromTheArchivePageByPageWithoutDoubles() {
		account.goOnline();
		List<ChatMessage> archived = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			archived.add(ChatMessage.incoming(MessageId.of("m-" + i), Author.of(DANA), "old " + i, clock.instant().minusSeconds(100 - i))
					.withStanzaId("a-" + i));
		}
		account.archive.put(DANA, archived);
		deliver(new IncomingMessageEvent(DANA, archived.get(4), MessageSource.LIVE, null, false, false));

		assertTrue(client.loadArchived(DANA, 2).join(), "more remain");
		assertEquals(3, client.conversations().with(DANA).size());
		assertFalse(client.loadArchived(DANA, 10).join(), "the beginning was reached");
		assertEquals(5, client.conversations().with(DANA).size());
		assertEquals("old 1", client.conversations().with(DANA).last(1).messages().isEmpty() ? ""
				: client.conversations().with(DANA).last(5).messages().get(0).body());
	}

	@Test
	void nothingIsPublishedWhileOffline() {
		client.presence().claimManually(Presence.of(PresenceState.AWAY), ResetAfter.NEVER);

		assertTrue(account.published.isEmpty());
	}

	@Test
	void incomingMessageLandsInItsConversationAlertsAndMakesTheSenderRecent() {
		account.goOnline();
		account.deliverContact(Contact.of(DANA, "Dana"));

		receive(DANA, "Got a moment to discuss the build?");

		assertEquals(1, client.conversations().with(DANA).size());
		assertEquals(1, alerts.size());
		assertTrue(alerts.get(0).decision().popup());
		assertEquals(List.of(DANA), client.contacts().recent());
	}

	@Test
	void aStrangersMessageIsKeptAndCountedButNeitherPopsUpNorGetsTheAutoReply() {
		account.goOnline();
		account.deliverContact(Contact.of(DANA, "Dana"));
		BareJid stranger = BareJid.parse("someone@elsewhere.example");

		receive(stranger, "hi, quick question");

		assertEquals(1, client.conversations().with(stranger).size(), "nothing is dropped");
		assertEquals(1, client.unread().count(stranger));
		assertFalse(alerts.get(0).decision().popup() || alerts.get(0).decision().sound());

		client.focusAutoReply().setEnabled(true);
		client.focus().start(FocusLength.TWENTY_FIVE_MINUTES, FocusStyle.BUSY_FOCUSING);
		receive(stranger, "still there?");
		receive(DANA, "got a minute?");
		assertEquals(List.of(DANA), account.sent.stream().map(OutgoingMessage::to).toList(),
				"the focus auto-reply goes to the contact, not to the stranger");
	}

	@Test
	void appearingOfflineSendsNeitherTypingNoticesNorTheFocusAutoReply() {
		account.goOnline();
		account.deliverContact(Contact.of(DANA, "Dana"));
		client.focusAutoReply().setEnabled(true);
		client.focus().start(FocusLength.TWENTY_FIVE_MINUTES, FocusStyle.BUSY_FOCUSING);
		client.presence().claim(Claim.untilReleased(ClaimSource.USER, Presence.of(PresenceState.APPEAR_OFFLINE)));

		client.typingNotices(DANA, () -> true).draftChanged("a draft");
		receive(DANA, "are you there?");

		assertEquals(List.of(), account.chatStates, "no typing notice gives us away");
		assertEquals(List.of(), account.sent, "no auto-reply either");

		client.presence().release(ClaimSource.USER);
		client.typingNotices(DANA, () -> true).draftChanged("a draft");
		assertEquals(List.of(DANA + ": COMPOSING"), account.chatStates, "visible again, typing shows");
	}

	@Test
	void aMessageInTheConversationBeingReadNeitherAlertsNorCountsAsUnread() {
		account.goOnline();
		client.unread().reading(DANA);
		receive(DANA, "are you looking at the diff?");
		assertEquals(List.of(), alerts);
		assertEquals(0, client.unread().total());
		assertEquals(1, client.conversations().with(DANA).size());

		client.unread().stoppedReading(DANA);
		receive(DANA, "ping");
		assertEquals(1, alerts.size());
		assertEquals(1, client.unread().count(DANA));
		client.unread().reading(DANA);
		assertEquals(0, client.unread().total(), "showing the conversation reads it");
	}

	@Test
	void duringFocusAMessageMakesNoPopupAndAppearsInTheDigest() {
		account.goOnline();
		client.focus().start(FocusLength.TWENTY_FIVE_MINUTES, FocusStyle.BUSY_FOCUSING);

		receive(DANA, "Are you going to join us for the meeting?");
		FocusDigest digest = client.focus().stop().orElseThrow();

		assertFalse(alerts.get(0).decision().popup());
		assertFalse(alerts.get(0).decision().sound());
		assertEquals(1, digest.totalCount());
		assertEquals(DANA, digest.senders().get(0).from());
	}

	@Test
	void echoOfAMessageAlreadyShownNeitherDoublesNorAlertsAgain() {
		account.goOnline();
		ChatMessage message = ChatMessage.incoming(MessageId.of("m-1"), Author.of(DANA), "hello", clock.instant());
		deliver(new IncomingMessageEvent(DANA, message, MessageSource.LIVE, null, false, false));
		deliver(new IncomingMessageEvent(DANA, message, MessageSource.ARCHIVE, null, false, false));

		assertEquals(1, client.conversations().with(DANA).size());
		assertEquals(1, alerts.size());
	}

	@Test
	void messageWrittenOfflineIsSentOnceTheConnectionIsBack() {
		OutgoingMessage written = client.send(DANA, "Got a moment?", false);
		assertTrue(account.sent.isEmpty());
		assertEquals(1, client.conversations().with(DANA).size());

		account.goOnline();
		account.dropConnection();
		account.goOnline();

		assertEquals(List.of(written.id()), account.sent.stream().map(OutgoingMessage::id).toList());
		assertTrue(storage.loadAll().isEmpty(), "an acknowledged message leaves the outbox");
	}

	@Test
	void unacknowledgedMessageIsResentWithTheSameIdAfterAReconnectThatCouldNotResume() {
		account.goOnline();
		account.acknowledgeSends(false);
		OutgoingMessage written = client.send(DANA, "ping", false);

		account.dropConnection();
		account.acknowledgeSends(true);
		account.goOnline();

		assertEquals(List.of(written.id(), written.id()), account.sent.stream().map(OutgoingMessage::id).toList());
		assertTrue(storage.loadAll().isEmpty());
		assertEquals(DeliveryState.SENT, client.conversations().with(DANA).find(written.id()).orElseThrow().delivery());
	}

	@Test
	void aResumedStreamCarriesEachMessageOnce() {
		account.goOnline();
		account.acknowledgeSends(false);
		OutgoingMessage before = client.send(DANA, "before the drop", false);

		account.dropConnection();
		OutgoingMessage during = client.send(DANA, "while reconnecting", false);
		account.resumeConnection();
		account.acknowledgeAll();

		assertEquals(List.of(before.id(), during.id()), account.sent.stream().map(OutgoingMessage::id).toList(),
				"the message still on the resumed stream is not handed to the port again");
		assertTrue(storage.loadAll().isEmpty(), "both were acknowledged and left the outbox");
		assertEquals(DeliveryState.SENT, client.conversations().with(DANA).find(before.id()).orElseThrow().delivery());
		assertEquals(DeliveryState.SENT, client.conversations().with(DANA).find(during.id()).orElseThrow().delivery());
	}

	@Test
	void aMessageThatEndsTheStreamTwiceIsNotDeliveredAndTheNextOneGoes() {
		account.goOnline();
		account.acknowledgeSends(false);
		OutgoingMessage culprit = client.send(DANA, "the server closes the stream on this one", false);
		OutgoingMessage after = client.send(DANA, "written after it", false);

		account.goOnline(); // the stream ended with both unconfirmed, the culprit the oldest: both go again
		account.acknowledgeSends(true);
		account.goOnline(); // and again: the culprit is given up, the next one goes and is confirmed

		assertEquals(DeliveryState.NOT_DELIVERED, client.conversations().with(DANA).find(culprit.id()).orElseThrow().delivery());
		assertEquals(DeliveryState.SENT, client.conversations().with(DANA).find(after.id()).orElseThrow().delivery());
		assertTrue(storage.loadAll().isEmpty(), "nothing is stuck behind it");
		assertEquals(List.of(culprit.id(), after.id(), culprit.id(), after.id(), after.id()),
				account.sent.stream().map(OutgoingMessage::id).toList());
	}

	@Test
	void addRequestIsPendingAlertsAndLeavesOnceAnswered() {
		account.goOnline();
		account.deliverRequest(new SubscriptionRequest(DANA, "Dana", clock.instant()));

		assertEquals(1, client.contacts().pendingRequests().size());
		assertEquals(EventKind.ADD_REQUEST, alerts.get(0).event().kind());

		client.answer(DANA, SubscriptionAnswer.ACCEPT_ONLY).join();

		assertTrue(client.contacts().pendingRequests().isEmpty());
		assertEquals(SubscriptionAnswer.ACCEPT_ONLY, account.answers.get(DANA));
	}

	@Test
	void presenceBurstReachesTheContactsViewAsOneBatch() {
		account.goOnline();
		List<Set<BareJid>> batches = new ArrayList<>();
		client.contacts().addBatchListener(batches::add);
		for (int i = 0; i < 1000; i++) {
			BareJid who = BareJid.parse("peer" + (i % 100) + "@example.org");
			account.deliverContact(Contact.of(who, "Peer " + i));
			account.deliverPresence(new PeerPresenceEvent(new FullJid(who, "ide"),
					PresenceWire.standard(i % 2 == 0 ? XmppShow.DND : XmppShow.NONE, ""), 0, clock.instant()));
		}

		scheduler.advance(Duration.ofSeconds(1));

		assertEquals(1, batches.size());
		assertEquals(100, batches.get(0).size());
	}

	@Test
	void watchedContactBecomingAvailableAlertsOnce() {
		account.goOnline();
		client.contacts().watch(DANA);
		presence(DANA, XmppShow.DND);
		presence(DANA, XmppShow.NONE);
		presence(DANA, XmppShow.AWAY);
		presence(DANA, XmppShow.NONE);

		assertEquals(1, alerts.stream().filter(a -> a.event().kind() == EventKind.WATCHED_CONTACT_AVAILABLE).count());
	}

	private void presence(BareJid who, XmppShow show) {
		account.deliverPresence(new PeerPresenceEvent(new FullJid(who, "ide"), PresenceWire.standard(show, ""), 0, clock.instant()));
	}

	private void receive(BareJid from, String body) {
		deliver(new IncomingMessageEvent(from, ChatMessage.incoming(MessageId.random(), Author.of(from), body, clock.instant()),
				MessageSource.LIVE, null, false, false));
	}

	private void deliver(IncomingMessageEvent event) {
		account.deliverChat(listener -> listener.messageReceived(event));
	}

	private static <T> T last(List<T> list) {
		return list.get(list.size() - 1);
	}

}
