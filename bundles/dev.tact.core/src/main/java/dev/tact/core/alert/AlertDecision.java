package dev.tact.core.alert;

/**
 * How to alert the user about one event.
 *
 * @param sound          play a sound
 * @param popup          show a notification popup
 * @param badge          mark the sender in the Contacts view (always true: nothing is dropped, DESIGN §4)
 * @param queueForDigest record it for the digest of the running focus session
 * @param urgentHonoured the sender's urgent mark was accepted (not over the rate limit); show it as urgent
 */
public record AlertDecision(boolean sound, boolean popup, boolean badge, boolean queueForDigest,
		boolean urgentHonoured) {

}
