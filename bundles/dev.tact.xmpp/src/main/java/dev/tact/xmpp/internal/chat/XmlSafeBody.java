package dev.tact.xmpp.internal.chat;

import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.util.XmlStringBuilder;

import dev.tact.xmpp.internal.XmlCharacters;

/**
 * A message {@code <body/>} that is always well-formed XML. Smack 4.4 leaves {@code >} unescaped, so a body
 * containing {@code ]]>} (common in pasted code) makes the server close the stream, and the outbox would resend it
 * forever; it also writes characters XML 1.0 cannot carry. Here {@code & < >} are escaped and characters XML
 * cannot carry at all (NUL and other C0 controls except tab and line breaks, lone surrogates, U+FFFE/U+FFFF) become
 * U+FFFD.
 */
final class XmlSafeBody implements ExtensionElement {

	private static final String ELEMENT = "body";
	private static final String NAMESPACE = "jabber:client";

	private final String text;

	XmlSafeBody(String text) {
		this.text = text;
	}

	@Override
	public String getElementName() {
		return ELEMENT;
	}

	@Override
	public String getNamespace() {
		return NAMESPACE;
	}

	@Override
	public XmlStringBuilder toXML(XmlEnvironment enclosingNamespace) {
		XmlStringBuilder xml = new XmlStringBuilder(this, enclosingNamespace);
		xml.rightAngleBracket();
		xml.append(escape(text));
		xml.closeElement(this);
		return xml;
	}

	static String escape(String raw) {
		String legal = XmlCharacters.legal(raw);
		StringBuilder out = new StringBuilder(legal.length() + 16);
		for (int i = 0; i < legal.length(); i++) {
			char c = legal.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}
}
