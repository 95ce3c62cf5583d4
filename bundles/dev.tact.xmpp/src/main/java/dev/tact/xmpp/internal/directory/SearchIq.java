package dev.tact.xmpp.internal.directory;

import java.util.List;
import java.util.Optional;

import org.jivesoftware.smack.packet.IQ;

import dev.tact.core.port.DirectoryEntry;

/**
 * A {@code jabber:iq:search} query. As a request: the question for the search form, the old fields carrying the
 * search text in every field (first, last, nick and email; mod_vjud needs the email field present), or a filled-in
 * form. As a reply: the entries read by {@link SearchResultReader} and the form, if the server sent one.
 */
final class SearchIq extends IQ {

	static final String ELEMENT = "query";
	static final String NAMESPACE = "jabber:iq:search";

	/** Writes what goes inside {@code <query>}. */
	private interface Body {
		IQChildElementXmlStringBuilder write(IQChildElementXmlStringBuilder xml);
	}

	private final Body body;
	private final List<DirectoryEntry> entries;
	private final Optional<SearchForm> form;

	private SearchIq(Type type, Body body) {
		super(ELEMENT, NAMESPACE);
		setType(type);
		this.body = body;
		this.entries = List.of();
		this.form = Optional.empty();
	}

	/** A reply holding {@code entries}, and the form when the server sent one. */
	SearchIq(List<DirectoryEntry> entries, Optional<SearchForm> form) {
		super(ELEMENT, NAMESPACE);
		this.body = SearchIq::empty;
		this.entries = List.copyOf(entries);
		this.form = form;
	}

	/** Asks the service what it searches by (XEP-0055 §2.1). */
	static SearchIq formRequest() {
		return new SearchIq(Type.get, SearchIq::empty);
	}

	/** The old fields, each holding {@code text}. */
	static SearchIq oldFields(String text) {
		return new SearchIq(Type.set, xml -> {
			xml.rightAngleBracket();
			xml.element("first", text);
			xml.element("last", text);
			xml.element("nick", text);
			xml.element("email", text);
			return xml;
		});
	}

	/** {@code form} submitted with one field, {@code var}, set to {@code value}. */
	static SearchIq filled(SearchForm form, String var, String value) {
		return new SearchIq(Type.set, xml -> {
			xml.rightAngleBracket();
			xml.halfOpenElement("x").xmlnsAttribute(SearchForm.DATA_FORMS).attribute("type", "submit").rightAngleBracket();
			if (!form.formType().isEmpty()) {
				field(xml, "FORM_TYPE", "hidden", form.formType());
			}
			field(xml, var, null, value);
			xml.closeElement("x");
			return xml;
		});
	}

	private static IQChildElementXmlStringBuilder empty(IQChildElementXmlStringBuilder xml) {
		xml.setEmptyElement();
		return xml;
	}

	private static void field(IQChildElementXmlStringBuilder xml, String var, String type, String value) {
		xml.halfOpenElement("field").attribute("var", var).optAttribute("type", type).rightAngleBracket();
		xml.element("value", value);
		xml.closeElement("field");
	}

	List<DirectoryEntry> entries() {
		return entries;
	}

	Optional<SearchForm> form() {
		return form;
	}

	@Override
	protected IQChildElementXmlStringBuilder getIQChildElementBuilder(IQChildElementXmlStringBuilder xml) {
		return body.write(xml);
	}
}
