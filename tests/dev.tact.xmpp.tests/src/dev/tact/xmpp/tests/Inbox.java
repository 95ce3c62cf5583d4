package dev.tact.xmpp.tests;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.Conversation;
import dev.tact.core.port.ChatListener;
import dev.tact.core.port.ChatStateEvent;
import dev.tact.core.port.IncomingMessageEvent;
import dev.tact.core.port.ReceiptEvent;
import dev.tact.tests.harness.Await;
import dev.tact.xmpp.internal.XmppAccountSession;

/** Everything a session's chat port raised, and the threads it was raised on. */
final class Inbox implements ChatListener {

	final List<IncomingMessageEvent> messages = new CopyOnWriteArrayList<>();
	final List<ReceiptEvent> receipts = new CopyOnWriteArrayList<>();
	final List<ChatStateEvent> states = new CopyOnWriteArrayList<>();
	final List<String> threads = new CopyOnWriteArrayList<>();
	private final Conversation conversation;

	private Inbox(Conversation conversation) {
		this.conversation = conversation;
	}

	/** Listens to {@code session}; messages of the conversation with {@code peer} are also added to a core conversation. */
	static Inbox of(XmppAccountSession session, BareJid peer) {
		Inbox inbox = new Inbox(new Conversation(peer));
		session.chat().addChatListener(inbox);
		return inbox;
	}

	Conversation conversation() {
		return conversation;
	}

	/** Which of "message 0" … "message {@code count - 1}" never arrived. */
	List<Integer> missing(int count) {
		Set<String> got = messages.stream().map(e -> e.message().body()).collect(Collectors.toSet());
		return IntStream.range(0, count).filter(i -> !got.contains("message " + i)).boxed().toList();
	}

	@Override
	public void messageReceived(IncomingMessageEvent event) {
		threads.add(Thread.currentThread().getName());
		// The conversation first: a test that saw the event may read the conversation at once.
		if (event.conversation().equals(conversation.address()) && !event.isCorrection()) {
			conversation.add(event.message());
		} else if (event.isCorrection()) {
			conversation.correct(event.replaces(), event.message().author(), event.message().body());
		}
		messages.add(event);
	}

	@Override
	public void receiptReceived(ReceiptEvent event) {
		receipts.add(event);
	}

	@Override
	public void chatStateReceived(ChatStateEvent event) {
		states.add(event);
	}

	IncomingMessageEvent awaitMessage(String what, Predicate<IncomingMessageEvent> match) {
		return Await.value(Accounts.TIMEOUT, what, () -> messages.stream().filter(match).findFirst().orElse(null));
	}
}
