package dev.tact.demo;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.tact.core.address.BareJid;
import dev.tact.core.port.GroupChatPort;
import dev.tact.core.presence.XmppShow;

/**
 * The demo's group chat: a while after you come online, Dana starts one about the release with Lee and you, states
 * the topic first, and answers the first thing you say there.
 */
final class DemoGroupChat {

	static final String TOPIC = "Release 2.1 go/no-go";
	private static final Duration AFTER_YOU_COME_ONLINE = Duration.ofSeconds(40);

	private DemoGroupChat() {
	}

	static void startWhenOnline(Teammate host, Teammate other, BareJid you, ScheduledExecutorService timer) {
		AtomicBoolean started = new AtomicBoolean();
		host.answerInRooms();
		host.ports().presence().addPeerPresenceListener(event -> {
			boolean online = event.from().bare().equals(you) && event.wire().show() != XmppShow.UNAVAILABLE;
			if (online && started.compareAndSet(false, true)) {
				timer.schedule(() -> start(host, List.of(other.jid(), you)), AFTER_YOU_COME_ONLINE.toSeconds(),
						TimeUnit.SECONDS);
			}
		});
	}

	private static void start(Teammate host, List<BareJid> people) {
		GroupChatPort rooms = host.ports().groupChat();
		rooms.newRoomAddress().thenCompose(room -> rooms.create(room, "Dana")
				.thenCompose(created -> rooms.setTopic(room, TOPIC))
				.thenCompose(topicSet -> CompletableFuture.allOf(people.stream()
						.map(person -> rooms.invite(room, person, TOPIC)).toArray(CompletableFuture[]::new)))
				.thenRun(() -> host.sayInRoom(room,
						"Two blockers left: the flaky UI test and the installer. Can we decide by four?")))
				.exceptionally(error -> {
					System.err.println("Tact demo: Dana could not start the group chat: " + error.getMessage());
					return null;
				});
	}
}
