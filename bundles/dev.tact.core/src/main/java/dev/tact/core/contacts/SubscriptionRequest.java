package dev.tact.core.contacts;

import java.time.Instant;
import java.util.Objects;

import dev.tact.core.address.BareJid;

/**
 * Someone asked to see our presence (they added us to their contacts). The XMPP layer raises this as an event; the
 * Contacts view keeps it in {@link PendingAddRequests} until the user answers.
 *
 * @param from who asked
 * @param nickname the name they gave (XEP-0172), or empty
 * @param receivedAt when the request arrived
 */
public record SubscriptionRequest(BareJid from, String nickname, Instant receivedAt) {

	public SubscriptionRequest {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(receivedAt, "receivedAt");
		nickname = nickname == null ? "" : nickname.strip();
	}
}
