package dev.tact.xmpp.internal.directory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;

import dev.tact.core.address.BareJid;
import dev.tact.core.port.DirectoryEntry;

/**
 * Reads a {@code jabber:iq:search} result in either shape servers send: the old one (XEP-0055 §2, Prosody's
 * mod_vjud) with {@code <item jid='…'><first/><last/><nick/><email/></item>}, or a data form (XEP-0055 §3) whose
 * items carry fields such as {@code jid}, {@code first}, {@code last}, {@code nick}, {@code fn}, {@code email}.
 * Items without a usable address are skipped.
 */
public final class SearchResultReader {

	private SearchResultReader() {
	}

	/** Reads the {@code <query xmlns='jabber:iq:search'>} element the parser is positioned on. */
	public static List<DirectoryEntry> read(XmlPullParser parser) throws XmlPullParserException, IOException {
		return entries(XmlNode.read(parser));
	}

	static List<DirectoryEntry> entries(XmlNode query) {
		List<DirectoryEntry> entries = new ArrayList<>();
		for (XmlNode item : query.children("item")) {
			add(entries, item.attribute("jid"), name(item.childText("first"), item.childText("last"),
					item.childText("nick"), ""), item.childText("email"));
		}
		for (XmlNode form : query.children("x")) {
			for (XmlNode item : form.children("item")) {
				add(entries, field(item, "jid"), name(field(item, "first"), field(item, "last"), field(item, "nick"),
						first(field(item, "fn"), field(item, "name"))), field(item, "email"));
			}
		}
		return entries;
	}

	/** The full name when there is one, else first and last, else the nick. */
	static String name(String first, String last, String nick, String fullName) {
		if (!fullName.isBlank()) {
			return fullName.strip();
		}
		String joined = (first.strip() + " " + last.strip()).strip();
		return joined.isEmpty() ? nick.strip() : joined;
	}

	private static String field(XmlNode item, String var) {
		for (XmlNode field : item.children("field")) {
			if (field.attribute("var").equalsIgnoreCase(var)) {
				return field.childText("value");
			}
		}
		return "";
	}

	private static String first(String a, String b) {
		return a.isBlank() ? b : a;
	}

	private static void add(List<DirectoryEntry> entries, String jid, String name, String email) {
		if (jid == null || jid.isBlank()) {
			return;
		}
		try {
			entries.add(new DirectoryEntry(BareJid.parse(jid), name, email));
		} catch (IllegalArgumentException e) {
			// an address we cannot use is no result for the user
		}
	}
}
