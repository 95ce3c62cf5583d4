package dev.tact.xmpp.internal.directory;

import java.util.List;

import org.jivesoftware.smack.packet.IQ;

import dev.tact.core.port.DirectoryEntry;

/**
 * A {@code jabber:iq:search} query: as a request it carries the search text in every field (first, last, nick and
 * email; mod_vjud needs the email field present), as a result the entries read by {@link SearchResultReader}.
 */
final class SearchIq extends IQ {

	static final String ELEMENT = "query";
	static final String NAMESPACE = "jabber:iq:search";

	private final String text;
	private final List<DirectoryEntry> entries;

	/** A request for {@code text}. */
	SearchIq(String text) {
		super(ELEMENT, NAMESPACE);
		this.text = text;
		this.entries = List.of();
		setType(Type.set);
	}

	/** A result holding {@code entries}. */
	SearchIq(List<DirectoryEntry> entries) {
		super(ELEMENT, NAMESPACE);
		this.text = "";
		this.entries = List.copyOf(entries);
	}

	List<DirectoryEntry> entries() {
		return entries;
	}

	@Override
	protected IQChildElementXmlStringBuilder getIQChildElementBuilder(IQChildElementXmlStringBuilder xml) {
		xml.rightAngleBracket();
		xml.element("first", text);
		xml.element("last", text);
		xml.element("nick", text);
		xml.element("email", text);
		return xml;
	}
}
