package dev.tact.xmpp.internal.connection;

import java.io.IOException;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;

/**
 * Smack's pull-parser view of a StAX reader, with a bound on nesting: an element deeper than {@link #MAX_DEPTH}
 * (counting the stream element as 1) is read past, in a loop, together with everything inside it, and never seen by
 * Smack, whose parsers for unknown extensions recurse once per level. No XMPP extension comes close to that depth.
 * <p>
 * Depth follows the XML Pull convention Smack relies on: a start tag counts its own level, and its end tag still
 * reports it; the level is left on the event after the end tag.
 */
final class BoundedXmlParser implements XmlPullParser {

	/** Stream, stanza, extension, and room for the deepest real payloads (data forms in pub-sub items). */
	static final int MAX_DEPTH = 64;

	private final XMLStreamReader reader;
	private Event current = Event.START_DOCUMENT;
	private int depth;
	private boolean leaveLevel;

	BoundedXmlParser(XMLStreamReader reader) {
		this.reader = reader;
	}

	@Override
	public Event next() throws XmlPullParserException {
		if (leaveLevel) {
			depth--;
			leaveLevel = false;
		}
		try {
			int event = reader.next();
			while (event == XMLStreamConstants.START_ELEMENT && depth + 1 > MAX_DEPTH) {
				passOver();
				event = reader.next();
			}
			current = event(event);
		} catch (XMLStreamException e) {
			throw new XmlPullParserException(e);
		}
		if (current == Event.START_ELEMENT) {
			depth++;
		} else if (current == Event.END_ELEMENT) {
			leaveLevel = true;
		}
		return current;
	}

	/** Reads up to the end tag of the element just started, however deep it goes. */
	private void passOver() throws XMLStreamException {
		int open = 1;
		while (open > 0) {
			switch (reader.next()) {
			case XMLStreamConstants.START_ELEMENT -> open++;
			case XMLStreamConstants.END_ELEMENT -> open--;
			case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("The stream ended inside an element");
			default -> {
				// text and the rest: nothing is kept
			}
			}
		}
	}

	private static Event event(int stax) {
		return switch (stax) {
		case XMLStreamConstants.START_ELEMENT -> Event.START_ELEMENT;
		case XMLStreamConstants.END_ELEMENT -> Event.END_ELEMENT;
		case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> Event.TEXT_CHARACTERS;
		case XMLStreamConstants.SPACE -> Event.IGNORABLE_WHITESPACE;
		case XMLStreamConstants.COMMENT -> Event.COMMENT;
		case XMLStreamConstants.PROCESSING_INSTRUCTION -> Event.PROCESSING_INSTRUCTION;
		case XMLStreamConstants.ENTITY_REFERENCE -> Event.ENTITY_REFERENCE;
		case XMLStreamConstants.START_DOCUMENT -> Event.START_DOCUMENT;
		case XMLStreamConstants.END_DOCUMENT -> Event.END_DOCUMENT;
		default -> Event.OTHER;
		};
	}

	@Override
	public String nextText() throws IOException, XmlPullParserException {
		if (current != Event.START_ELEMENT) {
			throw new XmlPullParserException("nextText() needs a start tag, not " + current);
		}
		StringBuilder text = new StringBuilder();
		while (true) {
			switch (next()) {
			case TEXT_CHARACTERS, IGNORABLE_WHITESPACE, ENTITY_REFERENCE -> text.append(getText());
			case END_ELEMENT -> {
				return text.toString();
			}
			case START_ELEMENT -> throw new XmlPullParserException("An element inside <" + getName()
					+ "> where only text was expected");
			case END_DOCUMENT -> throw new XmlPullParserException("The stream ended inside an element");
			default -> {
				// comments and processing instructions add no text
			}
			}
		}
	}

	@Override
	public TagEvent nextTag() throws IOException, XmlPullParserException {
		while (true) {
			switch (next()) {
			case START_ELEMENT -> {
				return TagEvent.START_ELEMENT;
			}
			case END_ELEMENT -> {
				return TagEvent.END_ELEMENT;
			}
			case TEXT_CHARACTERS -> {
				if (!isWhiteSpace()) {
					throw new XmlPullParserException("Text where a tag was expected");
				}
			}
			case END_DOCUMENT -> throw new XmlPullParserException("The stream ended where a tag was expected");
			default -> {
				// whitespace, comments and processing instructions come before a tag
			}
			}
		}
	}

	@Override
	public Event getEventType() {
		return current;
	}

	@Override
	public int getDepth() {
		return depth;
	}

	@Override
	public Object getProperty(String name) {
		return reader.getProperty(name);
	}

	@Override
	public String getInputEncoding() {
		return reader.getEncoding();
	}

	@Override
	public int getNamespaceCount() {
		return reader.getNamespaceCount();
	}

	@Override
	public String getNamespacePrefix(int index) {
		return reader.getNamespacePrefix(index);
	}

	@Override
	public String getNamespaceUri(int index) {
		return reader.getNamespaceURI(index);
	}

	@Override
	public String getNamespace(String prefix) {
		return reader.getNamespaceContext().getNamespaceURI(prefix == null ? "" : prefix);
	}

	@Override
	public String getPositionDescription() {
		return reader.getLocation().toString();
	}

	@Override
	public int getLineNumber() {
		return reader.getLocation().getLineNumber();
	}

	@Override
	public int getColumnNumber() {
		return reader.getLocation().getColumnNumber();
	}

	@Override
	public boolean isWhiteSpace() {
		return reader.isWhiteSpace();
	}

	@Override
	public String getText() {
		return reader.getText();
	}

	@Override
	public String getNamespace() {
		return reader.getNamespaceURI();
	}

	@Override
	public String getName() {
		return reader.getLocalName();
	}

	@Override
	public QName getQName() {
		return reader.getName();
	}

	@Override
	public String getPrefix() {
		return reader.getPrefix();
	}

	@Override
	public int getAttributeCount() {
		return reader.getAttributeCount();
	}

	@Override
	public String getAttributeNamespace(int index) {
		return reader.getAttributeNamespace(index);
	}

	@Override
	public String getAttributeName(int index) {
		return reader.getAttributeLocalName(index);
	}

	@Override
	public QName getAttributeQName(int index) {
		return reader.getAttributeName(index);
	}

	@Override
	public String getAttributePrefix(int index) {
		return reader.getAttributePrefix(index);
	}

	@Override
	public String getAttributeType(int index) {
		return reader.getAttributeType(index);
	}

	@Override
	public String getAttributeValue(int index) {
		return reader.getAttributeValue(index);
	}

	@Override
	public String getAttributeValue(String namespace, String name) {
		return reader.getAttributeValue(namespace, name);
	}

	@Override
	public boolean supportsRoundtrip() {
		return false;
	}
}
