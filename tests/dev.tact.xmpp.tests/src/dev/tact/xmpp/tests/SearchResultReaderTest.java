package dev.tact.xmpp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.jivesoftware.smack.util.PacketParserUtils;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.tact.core.address.BareJid;
import dev.tact.core.port.DirectoryEntry;
import dev.tact.xmpp.internal.connection.SmackSetup;
import dev.tact.xmpp.internal.directory.SearchResultReader;

/** Both shapes of jabber:iq:search results, read with Smack's own pull parser. */
class SearchResultReaderTest {

	/** Smack's parser factory comes in through SmackSetup in OSGi, whichever test class happens to run first. */
	@BeforeAll
	static void smack() {
		SmackSetup.ensureInitialized();
	}

	@Test
	void readsTheOldItemFormatWithEmptyElements() throws Exception {
		String xml = "<query xmlns='jabber:iq:search'>"
				+ "<item xmlns='jabber:iq:search' jid='bob@localhost'><first>Robert</first><last>Tables</last>"
				+ "<nick>bobby</nick><email>bob@example.org</email></item>"
				+ "<item jid='carol@localhost'><first/><last/><nick>carol &amp; co</nick><email/></item>"
				+ "<item><nick>no address</nick></item>" + "</query>";

		assertEquals(List.of(new DirectoryEntry(BareJid.parse("bob@localhost"), "Robert Tables", "bob@example.org"),
				new DirectoryEntry(BareJid.parse("carol@localhost"), "carol & co", "")), read(xml));
	}

	@Test
	void readsDataFormResults() throws Exception {
		String xml = "<query xmlns='jabber:iq:search'><x xmlns='jabber:x:data' type='result'>"
				+ "<field type='hidden' var='FORM_TYPE'><value>jabber:iq:search</value></field>"
				+ "<reported><field var='jid' label='JID'/><field var='fn' label='Name'/><field var='email'/></reported>"
				+ "<item><field var='jid'><value>dana@localhost</value></field><field var='fn'><value>Dana Scully</value></field>"
				+ "<field var='email'><value>dana@example.org</value></field></item>"
				+ "<item><field var='Username'><value>eve</value></field></item>" + "</x></query>";

		assertEquals(List.of(new DirectoryEntry(BareJid.parse("dana@localhost"), "Dana Scully", "dana@example.org")),
				read(xml));
	}

	@Test
	void anEmptyReplyHasNoEntries() throws Exception {
		assertEquals(List.of(), read("<query xmlns='jabber:iq:search'/>"));
	}

	@Test
	void stopsAtTheEndOfTheQueryElement() throws Exception {
		XmlPullParser parser = PacketParserUtils.getParserFor(
				"<iq type='result'><query xmlns='jabber:iq:search'><item jid='a@b'/></query><next/></iq>");
		parser.next(); // <query>
		SearchResultReader.read(parser);
		assertEquals(XmlPullParser.Event.END_ELEMENT, parser.getEventType());
		assertEquals("query", parser.getName());
	}

	private static List<DirectoryEntry> read(String xml) throws Exception {
		return SearchResultReader.read(PacketParserUtils.getParserFor(xml));
	}
}
