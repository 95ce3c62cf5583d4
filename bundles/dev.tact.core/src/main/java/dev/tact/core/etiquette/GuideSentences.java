package dev.tact.core.etiquette;

/**
 * Sentences quoted verbatim from the etiquette guide the product is built on
 * ({@code seed/000_073ffccca6848351.txt}), typographic quotes and apostrophes included. Hints cite them so the
 * user can see where the advice comes from.
 */
public final class GuideSentences {

	public static final String CHECK_PRESENCE = "Before sending an IM, check the person\u2019s presence status.";
	public static final String BUSY = "If the presence status is Busy (the presence icon is red), refrain from"
			+ " sending a message unless it\u2019s urgent.";
	public static final String IN_A_CALL = "If the presence status is Busy - In a Call, the person might be slow to"
			+ " respond or might not respond at all.";
	public static final String DO_NOT_DISTURB = "If the presence status is Do Not Disturb, do not send a message"
			+ " unless it\u2019s an emergency.";
	public static final String OPENING = "If you are initiating the IM conversation, your first message should state"
			+ " the topic and ask the other person if they have time to chat with you (for example, \u201cGot a moment"
			+ " to discuss the Contoso account?\u201d).";
	public static final String ALL_CAPS = "Don\u2019t use all capital letters to type your message.";
	public static final String UNANSWERED = "Avoid sending multiple messages when you don\u2019t get a response.";
	public static final String TERSE_REPLY = "If you receive a terse IM response (for example, \"in a meeting - talk"
			+ " later\"), don\u2019t be offended.";
	public static final String MULTIPARTY = "Don\u2019t invite someone to join a multiparty IM session in progress"
			+ " without first asking the others in the session if it is OK to do so.";
	public static final String ADDING_TELLS = "However, by default, when you add someone to your Contacts list, that"
			+ " person receives an alert about your action.";
	public static final String ADD_REQUEST = "If someone adds you to their Contacts list, a notification appears that"
			+ " also gives you the option of adding that person to your Contacts list, but you are not obligated to"
			+ " do so.";
	public static final String DND_SPARINGLY = "Use Do Not Disturb sparingly because appearing too often as \u201cDo"
			+ " Not Disturb\u201d is similar to rarely answering your phone or email.";
	public static final String AWAY_NOTE = "If you will be away or in training, it\u2019s a best practice to leave a"
			+ " note about where you are.";

	public static final String GOODBYES = "Avoid having too many \u201cgoodbyes\u201d as you and your colleague end the"
			+ " conversation.";

	private GuideSentences() {
	}
}
