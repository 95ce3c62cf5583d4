package dev.tact.ui.tests;

import static dev.tact.ui.tests.fixture.SignedInWorkbench.spinUntil;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.tact.core.port.PeerPresenceEvent;
import dev.tact.core.presence.XmppShow;
import dev.tact.ui.internal.runtime.AccountConnection;
import dev.tact.ui.internal.runtime.TactRuntime;
import dev.tact.ui.tests.fixture.Peer;
import dev.tact.ui.tests.fixture.SignedInWorkbench;

/**
 * Signing in and out as the status bar's menu does it: the connection is opened and closed in Jobs (they show in
 * Progress, and the UI thread never waits on the network), a contact sees us leave, and signing in twice in a row
 * leaves exactly one live session.
 */
class SigningInAndOutTest {

	private static SignedInWorkbench workbench;
	private static Peer dana;
	private final List<String> jobsRun = new CopyOnWriteArrayList<>();
	private final IJobChangeListener recorder = new JobChangeAdapter() {
		@Override
		public void done(IJobChangeEvent event) {
			jobsRun.add(event.getJob().getName());
		}
	};

	@BeforeAll
	static void signIn() throws Exception {
		workbench = SignedInWorkbench.start();
		dana = workbench.peer("dana");
		workbench.befriend(dana, "Team");
	}

	@AfterAll
	static void signOut() {
		workbench.close();
	}

	@AfterEach
	void stopRecording() {
		Job.getJobManager().removeJobChangeListener(recorder);
	}

	@Test
	void signingOutIsAtOnceForTheUserWhileAJobSaysGoodbyeToTheServer() {
		danaSeesUs(true);
		Job.getJobManager().addJobChangeListener(recorder);

		TactRuntime.get().account().signOut();

		assertFalse(TactRuntime.get().client().connectionStatus().isConnected(), "signed out as soon as the user asked");
		danaSeesUs(false);
		spinUntil("the connection was closed by a job", () -> jobsRun.contains("Signing out of Tact"));
		signBackIn();
	}

	@Test
	void signingInTwiceInARowLeavesOneLiveSessionAndSigningOutLeavesNone() throws Exception {
		danaSeesUs(true);
		TactRuntime.get().account().signIn();
		TactRuntime.get().account().signIn();
		spinUntil("signed in", () -> TactRuntime.get().client().connectionStatus().isConnected());
		spinUntil("both sign-ins are over", () -> Job.getJobManager().find(AccountConnection.JOB_FAMILY).length == 0);
		workbench.flushTo(dana);
		assertTrue(TactRuntime.get().client().connectionStatus().isConnected(),
				"no second session pushed ours out: " + TactRuntime.get().client().connectionStatus());

		TactRuntime.get().account().signOut();
		danaSeesUs(false);
		signBackIn();
	}

	private static void signBackIn() {
		TactRuntime.get().account().signIn();
		spinUntil("signed in again", () -> TactRuntime.get().client().connectionStatus().isConnected());
		danaSeesUs(true);
	}

	private static void danaSeesUs(boolean online) {
		spinUntil("dana sees us " + (online ? "online" : "offline"), () -> {
			PeerPresenceEvent seen = dana.lastPresenceOf(workbench.me());
			return seen != null && (seen.wire().show() != XmppShow.UNAVAILABLE) == online;
		});
	}
}
