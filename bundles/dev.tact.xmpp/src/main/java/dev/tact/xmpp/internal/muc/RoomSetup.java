package dev.tact.xmpp.internal.muc;

import org.jivesoftware.smackx.muc.MultiUserChat;
import org.jivesoftware.smackx.xdata.form.FillableForm;
import org.jivesoftware.smackx.xdata.form.Form;

/**
 * Configures a room we just created. Colleagues start group chats to talk to each other, not anonymously: the room
 * shows everyone's address (XEP-0045 "whois anyone"), so the participant list can say who is who and an invitation
 * names the person who sent it rather than the room. A server that does not offer the field gets its defaults.
 */
final class RoomSetup {

	static final String WHOIS = "muc#roomconfig_whois";

	private RoomSetup() {
	}

	static void configureNew(MultiUserChat muc) throws Exception {
		Form offered = muc.getConfigurationForm();
		FillableForm answer = offered.getFillableForm();
		if (offered.hasField(WHOIS)) {
			answer.setAnswer(WHOIS, "anyone");
		}
		muc.sendConfigurationForm(answer);
	}
}
