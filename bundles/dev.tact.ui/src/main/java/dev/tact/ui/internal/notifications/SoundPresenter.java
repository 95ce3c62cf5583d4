package dev.tact.ui.internal.notifications;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

import org.eclipse.core.runtime.ILog;

import dev.tact.core.alert.AlertDecision;
import dev.tact.core.alert.AlertEvent;
import dev.tact.core.alert.ChimeGate;
import dev.tact.core.port.NotificationSink;
import dev.tact.ui.internal.preferences.TactPreferences;

/**
 * A short, soft two-note chime, played only when the alert policy allows a sound (never in Do Not Disturb, a focus
 * session, or a call with "mute in calls"), only when the user wants sounds, and at most once per
 * {@link ChimeGate#GAP}: a burst of messages makes one sound. One thread plays them all.
 */
public final class SoundPresenter implements NotificationSink {

	private static final float RATE = 22_050f;
	private final ChimeGate gate = new ChimeGate(Clock.systemUTC());
	private final ExecutorService player = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "Tact chime");
		thread.setDaemon(true);
		return thread;
	});
	private volatile boolean warned;

	@Override
	public void alert(AlertEvent event, AlertDecision decision, List<String> quickReplies) {
		if (decision.sound() && TactPreferences.sounds() && gate.tryChime()) {
			player.execute(this::chime);
		}
	}

	private void chime() {
		byte[] tone = tone();
		AudioFormat format = new AudioFormat(RATE, 8, 1, true, false);
		try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
			line.open(format);
			line.start();
			line.write(tone, 0, tone.length);
			line.drain();
		} catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
			if (!warned) {
				warned = true;
				ILog.of(getClass()).info("No audio output for Tact's chime: " + e.getMessage());
			}
		}
	}

	private static byte[] tone() {
		int length = (int) (RATE * 0.24);
		byte[] samples = new byte[length];
		for (int i = 0; i < length; i++) {
			double t = i / RATE;
			double frequency = i < length / 2 ? 880 : 1175;
			double envelope = Math.sin(Math.PI * i / length);
			samples[i] = (byte) (Math.sin(2 * Math.PI * frequency * t) * 40 * envelope);
		}
		return samples;
	}
}
