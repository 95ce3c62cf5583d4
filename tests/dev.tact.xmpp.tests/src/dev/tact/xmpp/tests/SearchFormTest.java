package dev.tact.xmpp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.jivesoftware.smack.util.PacketParserUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.tact.xmpp.internal.connection.SmackSetup;
import dev.tact.xmpp.internal.directory.SearchForm;

/** What a directory's answer to "what do you search by?" says, in the shapes ejabberd and Prosody send. */
class SearchFormTest {

	/** Smack's parser factory comes in through SmackSetup in OSGi, whichever test class happens to run first. */
	@BeforeAll
	static void smack() {
		SmackSetup.ensureInitialized();
	}

	@Test
	void readsTheTextFieldsOfADataForm() throws Exception {
		String xml = "<query xmlns='jabber:iq:search'><instructions>Fill in the form</instructions>"
				+ "<x xmlns='jabber:x:data' type='form'><title>Search users</title>"
				+ "<field type='hidden' var='FORM_TYPE'><value>jabber:iq:search</value></field>"
				+ "<field type='text-single' label='User' var='user'/><field type='text-single' var='fn'/>"
				+ "<field var='nick'/><field type='boolean' var='exact'/><field type='fixed'><value>Note</value></field>"
				+ "</x></query>";

		assertEquals(Optional.of(new SearchForm("jabber:iq:search", List.of("user", "fn", "nick"))), read(xml));
	}

	@Test
	void theOldFieldsAreNoForm() throws Exception {
		String xml = "<query xmlns='jabber:iq:search'><instructions>Fill in one or more fields</instructions>"
				+ "<first/><last/><nick/><email/></query>";

		assertEquals(Optional.empty(), read(xml));
	}

	@Test
	void aResultFormIsNoFormToFillIn() throws Exception {
		String xml = "<query xmlns='jabber:iq:search'><x xmlns='jabber:x:data' type='result'>"
				+ "<reported><field var='jid'/></reported></x></query>";

		assertEquals(Optional.empty(), read(xml));
	}

	private static Optional<SearchForm> read(String xml) throws Exception {
		return SearchForm.read(PacketParserUtils.getParserFor(xml));
	}
}
