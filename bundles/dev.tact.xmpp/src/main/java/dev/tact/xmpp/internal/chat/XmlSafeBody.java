package dev.tact.xmpp.internal.chat;

import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.util.XmlStringBuilder;

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
		StringBuilder out = new StringBuilder(raw.length() + 16);
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				default -> {
					if (Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
						out.append(c).append(raw.charAt(++i));
					} else if (allowed(c)) {
						out.append(c);
					} else {
						out.append('\uFFFD');
					}
				}
			}
		}
		return out.toString();
	}

	private static boolean allowed(char c) {
		if (Character.isSurrogate(c)) {
			return false;
		}
		return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
	}
}
