package dev.tact.core.port;

import java.util.concurrent.CompletableFuture;

import dev.tact.core.address.BareJid;

/**
 * Everything one open account offers: the ports the XMPP layer implements over one connection. Closing it
 * disconnects and releases every listener registered through it.
 */
public interface AccountPorts extends AutoCloseable {

	ConnectionPort connection();

	RosterPort roster();

	PresencePort presence();

	ChatPort chat();

	GroupChatPort groupChat();

	FileSharingPort files();

	DirectorySearchPort directory();

	/** Publishes one's own profile (vCard), which contacts and the directory search see. */
	default CompletableFuture<Void> saveProfile(ContactProfile profile) {
		return CompletableFuture.failedFuture(new UnsupportedOperationException("No profiles here."));
	}

	/** A contact's profile (their vCard), when the account's server keeps them. */
	default CompletableFuture<ContactProfile> profile(BareJid contact) {
		return CompletableFuture.failedFuture(new UnsupportedOperationException("No profiles here."));
	}

	@Override
	void close();
}
