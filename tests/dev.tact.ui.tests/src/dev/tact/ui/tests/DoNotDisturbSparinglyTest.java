package dev.tact.ui.tests;

import java.nio.file.Files;
import java.io.UncheckedIOException;
import java.io.IOException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.tact.core.store.FileOutboxStorage;
import dev.tact.core.client.TactClient;
import dev.tact.core.presence.PresenceState;
import dev.tact.core.presence.ResetAfter;
import dev.tact.core.time.TaskScheduler;
import dev.tact.ui.internal.presence.PresenceIcons;
import dev.tact.ui.internal.presence.PresenceMenu;
import dev.tact.ui.tests.fixture.Ide;
import dev.tact.ui.tests.fixture.Menus;
import dev.tact.ui.tests.fixture.SettableClock;

/**
 * "Use Do Not Disturb sparingly": the presence menu's quiet hint after Do Not Disturb covered most of the working day,
 * on the real menu over a client whose day passes on a test clock (hours cannot pass in a test otherwise).
 */
class DoNotDisturbSparinglyTest {

	private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
	private final SettableClock clock = new SettableClock(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);
	private final TactClient client = new TactClient(clock, ZoneOffset.UTC, TaskScheduler.of(timers),
			(event, decision, replies) -> {
			}, throwawayOutbox());
	private final Shell shell = new Shell(Ide.shell());
	private final PresenceMenu menu = new PresenceMenu(client, new PresenceMenu.Account() {
		@Override
		public void signIn() {
			// not signed in here
		}

		@Override
		public void signOut() {
			// not signed in here
		}
	}, new PresenceIcons(shell));

	@AfterEach
	void close() {
		shell.dispose();
		client.close();
		timers.shutdownNow();
	}

	@Test
	void doNotDisturbForMostOfTheDayBringsAHintWhoseItemSwitchesToBusy() {
		clock.advance(Duration.ofHours(1));
		client.choosePresence(PresenceState.DO_NOT_DISTURB, ResetAfter.NEVER);
		clock.advance(Duration.ofMinutes(30));
		assertFalse(firstItem().startsWith("You have been in Do Not Disturb"), "half an hour is no habit");

		clock.advance(Duration.ofHours(3));
		String hint = firstItem();
		assertTrue(hint.startsWith("You have been in Do Not Disturb for 77% of today's working time"), hint);

		Menus.choose(menu.create(shell), hint);

		assertEquals(PresenceState.BUSY, client.presence().effective().state());
		assertFalse(firstItem().startsWith("You have been in Do Not Disturb"));
	}

	private String firstItem() {
		List<String> labels = Menus.labels(menu.create(shell));
		return labels.get(0);
	}


	/** The product's own outbox store, in a folder of its own. */
	private static FileOutboxStorage throwawayOutbox() {
		try {
			return new FileOutboxStorage(Files.createTempDirectory("tact-outbox-"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
