package dev.tact.ui.internal.chat;

/**
 * The keys a chat editor's widgets carry under {@link #DATA} (as SWTBot and accessibility tools read them), so tools
 * and tests find the transcript, the input or a hint by walking the editor's controls.
 */
public final class ChatKeys {

	/** Where the key is stored on a widget. */
	public static final String DATA = "org.eclipse.swtbot.widget.key";
	/** The editor's root composite; its peer's address is under {@link #PEER}. */
	public static final String ROOT = "dev.tact.ui.chat";
	public static final String PEER = "dev.tact.ui.chat.peer";
	public static final String PEER_PRESENCE = "dev.tact.ui.chat.peerPresence";
	/** The line over a private chat with a room's occupant. */
	public static final String PRIVATE_HEADER = "dev.tact.ui.chat.privateHeader";
	public static final String TRANSCRIPT = "dev.tact.ui.chat.transcript";
	public static final String TYPING = "dev.tact.ui.chat.typing";
	public static final String INPUT = "dev.tact.ui.chat.input";
	public static final String HINTS = "dev.tact.ui.chat.hints";
	/** A hint's message; the key of its rule is under {@link #HINT_RULE}. */
	public static final String HINT_TEXT = "dev.tact.ui.chat.hintText";
	public static final String HINT_RULE = "dev.tact.ui.chat.hintRule";
	public static final String NOTICE = "dev.tact.ui.chat.notice";
	public static final String PARTICIPANTS = "dev.tact.ui.room.participants";
	public static final String TOPIC = "dev.tact.ui.room.topic";
	/** The room pane's line that says who is here, or why we are not. */
	public static final String ROOM_COUNT = "dev.tact.ui.chat.roomCount";
	public static final String QUESTIONS = "dev.tact.ui.room.questions";

	private ChatKeys() {
	}
}
