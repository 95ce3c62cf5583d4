package dev.tact.ui.internal.chat;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

import dev.tact.core.address.BareJid;

/** Recreates a {@link ChatEditorInput} from the workbench's saved state, so open chats survive a restart. */
public final class ChatEditorInputFactory implements IElementFactory {

	/** The id under which plugin.xml registers this factory. */
	public static final String ID = "dev.tact.ui.chatEditorInputFactory";

	@Override
	public IAdaptable createElement(IMemento memento) {
		String peer = memento.getString(ChatEditorInput.KEY_PEER);
		if (peer == null) {
			return null;
		}
		try {
			return new ChatEditorInput(BareJid.parse(peer), memento.getString(ChatEditorInput.KEY_NAME),
					Boolean.TRUE.equals(memento.getBoolean(ChatEditorInput.KEY_ROOM)));
		} catch (IllegalArgumentException e) {
			ILog.of(getClass()).warn("Not restoring a chat with an unreadable address: " + peer, e);
			return null;
		}
	}
}
