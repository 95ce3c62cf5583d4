package dev.tact.xmpp.internal.vcard;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smackx.vcardtemp.VCardManager;
import org.jivesoftware.smackx.vcardtemp.packet.VCard;

import dev.tact.core.address.BareJid;
import dev.tact.xmpp.internal.XmppAccountSession;
import dev.tact.xmpp.internal.muc.Addresses;
import dev.tact.xmpp.internal.muc.Blocking;

/**
 * Reads contacts' vCards and publishes our own (XEP-0054, vcard-temp) with Smack's {@link VCardManager}. A contact
 * without a vCard reads as an empty card, not as an error.
 */
public final class SmackVCards implements AutoCloseable {

	private final VCardManager vcards;
	private final Executor executor;
	private final ExecutorService ownedExecutor;

	public SmackVCards(XmppAccountSession session) {
		this(session.smackConnection().orElseThrow(() -> new IllegalStateException("Sign in first.")), null);
	}

	/** @param executor where blocking calls run; null for a private pool that {@link #close()} shuts down */
	public SmackVCards(XMPPConnection connection, Executor executor) {
		this.vcards = VCardManager.getInstanceFor(Objects.requireNonNull(connection, "connection"));
		this.ownedExecutor = executor == null ? Executors.newCachedThreadPool(SmackVCards::daemon) : null;
		this.executor = executor == null ? ownedExecutor : executor;
	}

	/** {@code contact}'s card; empty if they have none. */
	public CompletableFuture<ContactCard> load(BareJid contact) {
		return Blocking.run(executor, "read the profile of " + contact, () -> {
			try {
				return toCard(vcards.loadVCard(Addresses.entity(contact)));
			} catch (XMPPException.XMPPErrorException e) {
				if (e.getStanzaError().getCondition() == StanzaError.Condition.item_not_found) {
					return new ContactCard("", "", "", "", "", null, "");
				}
				throw e;
			}
		});
	}


	/** Publishes {@code card} as our vCard, replacing the previous one. */
	public CompletableFuture<Void> saveOwn(ContactCard card) {
		Objects.requireNonNull(card, "card");
		return Blocking.run(executor, "save your profile", () -> {
			vcards.saveVCard(toVCard(card));
			return null;
		});
	}

	@Override
	public void close() {
		if (ownedExecutor != null) {
			ownedExecutor.shutdownNow();
		}
	}

	static ContactCard toCard(VCard vcard) {
		String email = vcard.getEmailWork() != null ? vcard.getEmailWork() : vcard.getEmailHome();
		byte[] avatar = vcard.getAvatar();
		return new ContactCard(vcard.getField("FN"), vcard.getNickName(), vcard.getFirstName(), vcard.getLastName(),
				email, avatar, avatar == null ? "" : vcard.getAvatarMimeType());
	}

	static VCard toVCard(ContactCard card) {
		VCard vcard = new VCard();
		set(vcard, "FN", card.fullName());
		if (!card.nickname().isEmpty()) {
			vcard.setNickName(card.nickname());
		}
		if (!card.firstName().isEmpty()) {
			vcard.setFirstName(card.firstName());
		}
		if (!card.lastName().isEmpty()) {
			vcard.setLastName(card.lastName());
		}
		if (!card.email().isEmpty()) {
			vcard.setEmailWork(card.email());
		}
		if (card.hasAvatar()) {
			vcard.setAvatar(card.avatar(), card.avatarType().isEmpty() ? "image/png" : card.avatarType());
		}
		return vcard;
	}

	private static void set(VCard vcard, String field, String value) {
		if (!value.isEmpty()) {
			vcard.setField(field, value);
		}
	}

	private static Thread daemon(Runnable task) {
		Thread thread = new Thread(task, "tact-vcard");
		thread.setDaemon(true);
		return thread;
	}
}
