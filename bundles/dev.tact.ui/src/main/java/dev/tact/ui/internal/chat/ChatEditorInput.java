package dev.tact.ui.internal.chat;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;

import dev.tact.core.address.BareJid;
import dev.tact.core.address.ChatAddress;
import dev.tact.core.address.OccupantJid;
import dev.tact.core.text.DisplayText;

/**
 * What a chat editor shows: the conversation with one peer, in one group chat room, or privately with one of a
 * room's occupants, keyed by its address, so opening a chat that is already open brings that editor to the front.
 * Persistable, so open chats (and the rooms they are in) come back after a restart; a private chat does not, as the
 * nick it is with may be someone else's by then.
 */
public final class ChatEditorInput implements IEditorInput, IPersistableElement {

	static final String KEY_PEER = "peer";
	static final String KEY_NAME = "name";
	static final String KEY_ROOM = "room";

	private static final ImageDescriptor ICON = ResourceLocator
			.imageDescriptorFromBundle(ChatEditorInput.class, "icons/chat.png").orElse(null);

	/** The longest name an editor tab shows. */
	private static final int TITLE_SHOWN = 60;

	private final ChatAddress peer;
	private final String displayName;
	private final boolean room;

	public ChatEditorInput(ChatAddress peer, String displayName) {
		this(peer, displayName, false);
	}

	/**
	 * @param room whether {@code peer} is a group chat room
	 */
	public ChatEditorInput(ChatAddress peer, String displayName, boolean room) {
		this.peer = Objects.requireNonNull(peer, "peer");
		// The name may be a room's topic or a nickname someone chose: it titles a tab, so it is shown safely.
		String shown = DisplayText.line(displayName, TITLE_SHOWN);
		this.displayName = shown.isEmpty() ? peer.toString() : shown;
		this.room = room && peer instanceof BareJid;
	}

	public boolean isRoom() {
		return room;
	}

	public ChatAddress peer() {
		return peer;
	}

	public String displayName() {
		return displayName;
	}

	@Override
	public boolean exists() {
		return true;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ICON;
	}

	@Override
	public String getName() {
		return displayName;
	}

	@Override
	public IPersistableElement getPersistable() {
		return peer instanceof BareJid ? this : null;
	}

	@Override
	public String getToolTipText() {
		if (peer instanceof OccupantJid occupant) {
			return "Private chat with " + displayName + ": only " + DisplayText.line(occupant.nick(), TITLE_SHOWN)
					+ " sees it";
		}
		return (room ? "Group chat " : "Chat with ") + displayName + " <" + peer + ">";
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public String getFactoryId() {
		return ChatEditorInputFactory.ID;
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putString(KEY_PEER, peer.toString());
		memento.putString(KEY_NAME, displayName);
		memento.putBoolean(KEY_ROOM, room);
	}

	/** Inputs are equal when they name the same peer: one editor per conversation. */
	@Override
	public boolean equals(Object other) {
		return other instanceof ChatEditorInput input && input.peer.equals(peer);
	}

	@Override
	public int hashCode() {
		return peer.hashCode();
	}
}
