package dev.tact.core.port;

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

	@Override
	void close();
}
