package dev.tact.xmpp.internal.connection;

import java.io.Reader;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;
import org.jivesoftware.smack.xml.XmlPullParserFactory;

/**
 * Smack's XML parser for Tact: the JDK's StAX reader behind a {@link BoundedXmlParser}. The JDK's own limits on
 * nesting (100 levels since Java 24), attributes per element and name lengths end the whole XMPP stream when a
 * stanza breaks them: one stanza from anyone would disconnect us, and a stored one would do it again after every
 * sign-in. They are lifted here, because the server's stanza size limit already bounds all three and StAX reads
 * iteratively; instead, what lies deeper than {@link BoundedXmlParser#MAX_DEPTH} is passed over without ever
 * reaching Smack's recursive parsers. Entities and DTDs stay off, as Smack has them.
 */
public final class BoundedXmlParserFactory implements XmlPullParserFactory {

	private static final String NO_LIMIT = "0";
	private final XMLInputFactory stax;

	public BoundedXmlParserFactory() {
		stax = XMLInputFactory.newFactory();
		stax.setProperty(XMLInputFactory.IS_COALESCING, true);
		stax.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		stax.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		stax.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		for (String limit : new String[] { "jdk.xml.maxElementDepth", "jdk.xml.elementAttributeLimit",
				"jdk.xml.maxXMLNameLimit" }) {
			stax.setProperty(limit, NO_LIMIT);
		}
	}

	@Override
	public XmlPullParser newXmlPullParser(Reader reader) throws XmlPullParserException {
		try {
			return new BoundedXmlParser(stax.createXMLStreamReader(reader));
		} catch (XMLStreamException e) {
			throw new XmlPullParserException(e);
		}
	}
}
