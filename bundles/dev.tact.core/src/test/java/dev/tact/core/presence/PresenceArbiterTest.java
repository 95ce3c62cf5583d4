package dev.tact.core.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PresenceArbiterTest {

	private final MutableClock clock = MutableClock.atMondayMorning();
	private final PresenceArbiter arbiter = new PresenceArbiter(clock);
	private final RecordingListener listener = new RecordingListener();

	PresenceArbiterTest() {
		arbiter.addListener(listener);
	}

	@Test
	void startsAvailable() {
		assertEquals(Presence.available(), arbiter.effective());
		assertEquals(Optional.empty(), arbiter.nextExpiry());
	}

	@Test
	void manualBusyBeatsDebuggerClaimUntilItExpires() {
		arbiter.claim(Claim.untilReleased(ClaimSource.DEBUGGER, Presence.of(PresenceState.DEBUGGING)));
		arbiter.claimManually(Presence.of(PresenceState.BUSY, "release review"), ResetAfter.ONE_HOUR);
		assertEquals(PresenceState.BUSY, arbiter.effective().state());

		clock.advanceMinutes(60);
		arbiter.refresh();

		assertEquals(PresenceState.DEBUGGING, arbiter.effective().state());
		assertEquals(List.of(PresenceState.DEBUGGING, PresenceState.BUSY, PresenceState.DEBUGGING), listener.states());
	}

	@Test
	void manualAvailableWinsEvenOverDoNotDisturb() {
		arbiter.claim(Claim.untilReleased(ClaimSource.FOCUS, Presence.of(PresenceState.DO_NOT_DISTURB)));
		arbiter.claimManually(Presence.available(), ResetAfter.NEVER);
		assertEquals(PresenceState.AVAILABLE, arbiter.effective().state());
	}

	@Test
	void theMostRestrictiveAutomaticClaimWins() {
		arbiter.claim(Claim.untilReleased(ClaimSource.IDLE, Presence.of(PresenceState.AWAY)));
		arbiter.claim(Claim.untilReleased(ClaimSource.DEBUGGER, Presence.of(PresenceState.DEBUGGING)));
		assertEquals(PresenceState.DEBUGGING, arbiter.effective().state());
		arbiter.claim(Claim.untilReleased(ClaimSource.CALL, Presence.of(PresenceState.IN_A_CALL)));
		assertEquals(PresenceState.IN_A_CALL, arbiter.effective().state());
		arbiter.claim(Claim.untilReleased(ClaimSource.FOCUS, Presence.of(PresenceState.DO_NOT_DISTURB)));
		assertEquals(PresenceState.DO_NOT_DISTURB, arbiter.effective().state());
	}

	@Test
	void endingTheCallFallsBackToWhatTheDebuggerSays() {
		arbiter.claim(Claim.untilReleased(ClaimSource.DEBUGGER, Presence.of(PresenceState.DEBUGGING)));
		arbiter.claim(Claim.untilReleased(ClaimSource.CALL, Presence.of(PresenceState.IN_A_CALL)));
		arbiter.release(ClaimSource.CALL);
		assertEquals(PresenceState.DEBUGGING, arbiter.effective().state());
		arbiter.release(ClaimSource.DEBUGGER);
		assertEquals(Presence.available(), arbiter.effective());
	}

	@Test
	void focusAndDebuggingTieIsDecidedBySourceNotArrival() {
		Presence focusing = new Presence(PresenceState.FOCUSING, "", clock.instant().plusSeconds(1500), null);
		arbiter.claim(ClaimSource.FOCUS, focusing, focusing.until());
		arbiter.claim(Claim.untilReleased(ClaimSource.DEBUGGER, Presence.of(PresenceState.DEBUGGING)));
		assertEquals(focusing, arbiter.effective());
	}

	@Test
	void theWinningClaimsNoteAndUntilAreShown() {
		Instant end = clock.instant().plus(Duration.ofMinutes(50));
		Presence focusing = new Presence(PresenceState.FOCUSING, "spec review", end, null);
		arbiter.claim(ClaimSource.FOCUS, focusing, end);
		assertEquals(focusing, arbiter.effective());
	}

	@Test
	void releasingAClaimThatIsNotThereChangesNothingAndNotifiesNobody() {
		arbiter.release(ClaimSource.CALL);
		arbiter.release(ClaimSource.USER);
		assertEquals(List.of(), listener.changes());
	}

	@Test
	void aClaimThatChangesNothingNotifiesNobody() {
		arbiter.claim(Claim.untilReleased(ClaimSource.CALL, Presence.of(PresenceState.IN_A_CALL)));
		arbiter.claim(Claim.untilReleased(ClaimSource.CALL, Presence.of(PresenceState.IN_A_CALL)));
		arbiter.claim(Claim.untilReleased(ClaimSource.IDLE, Presence.of(PresenceState.AWAY)));
		assertEquals(1, listener.changes().size());
	}

	@Test
	void listenersGetThePreviousAndTheNewPresence() {
		arbiter.claim(Claim.untilReleased(ClaimSource.IDLE, Presence.of(PresenceState.AWAY)));
		assertEquals(new RecordingListener.Change(Presence.available(), Presence.of(PresenceState.AWAY)),
				listener.changes().get(0));
	}

	@Test
	void anExpiredClaimNoLongerCountsEvenBeforeRefresh() {
		arbiter.claim(ClaimSource.CALL, Presence.of(PresenceState.IN_A_CALL), clock.instant().plusSeconds(60));
		clock.advance(Duration.ofSeconds(60));
		assertEquals(Presence.available(), arbiter.effective());
		assertEquals(List.of(PresenceState.IN_A_CALL, PresenceState.AVAILABLE), listener.states());
	}

	@Test
	void aClaimAlreadyExpiredOnArrivalOnlyRemovesTheSourcesPreviousClaim() {
		arbiter.claim(Claim.untilReleased(ClaimSource.IDLE, Presence.of(PresenceState.AWAY)));
		arbiter.claim(ClaimSource.IDLE, Presence.of(PresenceState.OFF_WORK), clock.instant());
		assertEquals(Presence.available(), arbiter.effective());
		assertEquals(List.of(), arbiter.activeClaims());
	}

	@Test
	void nextExpiryIsTheEarliestAndMovesOnAfterRefresh() {
		Instant inTenMinutes = clock.instant().plus(Duration.ofMinutes(10));
		Instant inAnHour = clock.instant().plus(Duration.ofHours(1));
		arbiter.claim(ClaimSource.FOCUS, Presence.of(PresenceState.FOCUSING), inAnHour);
		arbiter.claim(ClaimSource.CALL, Presence.of(PresenceState.IN_A_CALL), inTenMinutes);
		assertEquals(Optional.of(inTenMinutes), arbiter.nextExpiry());
		clock.set(inTenMinutes);
		arbiter.refresh();
		assertEquals(Optional.of(inAnHour), arbiter.nextExpiry());
	}

	@Test
	void resetAtEndOfTodayLapsesAtMidnightInTheClocksZone() {
		MutableClock tokyoClock = new MutableClock(Instant.parse("2025-03-10T09:00:00Z"), ZoneId.of("Asia/Tokyo"));
		PresenceArbiter tokyo = new PresenceArbiter(tokyoClock);
		tokyo.claimManually(Presence.of(PresenceState.OFF_WORK), ResetAfter.END_OF_TODAY);
		// 09:00Z is 18:00 in Tokyo; midnight there is 15:00Z.
		assertEquals(Optional.of(Instant.parse("2025-03-10T15:00:00Z")), tokyo.nextExpiry());
	}

	@Test
	void resetNeverLastsUntilTheUserChangesIt() {
		arbiter.claimManually(Presence.of(PresenceState.AWAY, "training"), ResetAfter.NEVER);
		clock.advance(Duration.ofDays(30));
		assertEquals(PresenceState.AWAY, arbiter.effective().state());
		assertEquals(Optional.empty(), arbiter.nextExpiry());
	}

	@Test
	void theUserCannotClaimAnAutomaticState() {
		assertThrows(IllegalArgumentException.class,
				() -> arbiter.claimManually(Presence.of(PresenceState.DEBUGGING), ResetAfter.NEVER));
	}

	@Test
	void automationCannotClaimToBeOffline() {
		assertThrows(IllegalArgumentException.class,
				() -> arbiter.claim(Claim.untilReleased(ClaimSource.IDLE, Presence.of(PresenceState.APPEAR_OFFLINE))));
	}

	@Test
	void aListenerMayCallBackIntoTheArbiterAndStillSeesChangesInOrder() {
		arbiter.addListener((previous, current) -> {
			if (current.state() == PresenceState.IN_A_CALL) {
				arbiter.release(ClaimSource.CALL);
			}
		});
		arbiter.claim(Claim.untilReleased(ClaimSource.CALL, Presence.of(PresenceState.IN_A_CALL)));
		assertEquals(List.of(PresenceState.IN_A_CALL, PresenceState.AVAILABLE), listener.states());
	}

	@Test
	void aFailingListenerDoesNotSilenceTheOthers() {
		PresenceArbiter fresh = new PresenceArbiter(clock);
		fresh.addListener((previous, current) -> {
			throw new IllegalStateException("boom");
		});
		RecordingListener second = new RecordingListener();
		fresh.addListener(second);
		fresh.claim(Claim.untilReleased(ClaimSource.IDLE, Presence.of(PresenceState.AWAY)));
		assertEquals(1, second.changes().size());
	}

	@Test
	void changesFromManyThreadsArriveOnceEachAndChainInOrder() throws InterruptedException {
		ClaimSource[] sources = { ClaimSource.CALL, ClaimSource.DEBUGGER, ClaimSource.IDLE, ClaimSource.FOCUS };
		PresenceState[] states = { PresenceState.IN_A_CALL, PresenceState.DEBUGGING, PresenceState.AWAY,
				PresenceState.DO_NOT_DISTURB };
		Thread[] threads = new Thread[sources.length];
		for (int t = 0; t < threads.length; t++) {
			int index = t;
			threads[t] = new Thread(() -> {
				for (int i = 0; i < 500; i++) {
					arbiter.claim(Claim.untilReleased(sources[index], Presence.of(states[index])));
					arbiter.release(sources[index]);
				}
			});
			threads[t].start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		List<RecordingListener.Change> changes = listener.changes();
		Presence expectedPrevious = Presence.available();
		for (RecordingListener.Change change : changes) {
			assertEquals(expectedPrevious, change.previous());
			assertTrue(!change.previous().equals(change.current()));
			expectedPrevious = change.current();
		}
		assertEquals(Presence.available(), expectedPrevious);
		assertEquals(Presence.available(), arbiter.effective());
	}
}
