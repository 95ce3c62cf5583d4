package dev.tact.xmpp.internal.directory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;

/**
 * The search form a directory offers (XEP-0055 §3, a XEP-0004 data form): its {@code FORM_TYPE}, if it has one, and
 * the variables of its text fields, which is all that filling it in needs. Servers that offer only the old fields
 * (XEP-0055 §2, Prosody's mod_vjud) have none.
 */
public record SearchForm(String formType, List<String> textFields) {

	static final String DATA_FORMS = "jabber:x:data";

	public SearchForm {
		textFields = List.copyOf(textFields);
	}

	/** Reads the form from the {@code <query xmlns='jabber:iq:search'>} element the parser is positioned on. */
	public static Optional<SearchForm> read(XmlPullParser parser) throws XmlPullParserException, IOException {
		return of(XmlNode.read(parser));
	}

	static Optional<SearchForm> of(XmlNode query) {
		for (XmlNode x : query.children("x")) {
			if (!DATA_FORMS.equals(x.namespace()) || !x.attribute("type").equals("form")) {
				continue;
			}
			String formType = "";
			List<String> text = new ArrayList<>();
			for (XmlNode field : x.children("field")) {
				String var = field.attribute("var");
				String type = field.attribute("type");
				if (var.equals("FORM_TYPE")) {
					formType = field.childText("value");
				} else if (!var.isEmpty() && (type.isEmpty() || type.equals("text-single"))) {
					text.add(var); // a field without a type is text-single (XEP-0004 §3.3)
				}
			}
			return Optional.of(new SearchForm(formType, text));
		}
		return Optional.empty();
	}

	public boolean has(String var) {
		return textFields.contains(var);
	}
}
