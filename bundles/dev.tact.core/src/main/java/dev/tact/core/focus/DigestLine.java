package dev.tact.core.focus;

import dev.tact.core.alert.EventKind;
import java.time.Instant;

/**
 * One event in a focus digest: its kind, the first line of its text (truncated; may be empty for events without
 * text, such as an add request), whether it was marked urgent, and when it arrived.
 */
public record DigestLine(EventKind kind, String firstLine, boolean urgent, Instant at) {
}
