package dev.tact.xmpp.internal.directory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;

/**
 * A small read-only element tree, read from Smack's pull parser up to the end of the current element. Reading into a
 * tree first, instead of parsing on the fly, means no shape of reply can leave the parser in the wrong place.
 */
record XmlNode(String name, String namespace, Map<String, String> attributes, List<XmlNode> children, String text) {

	/** Reads the element the parser is positioned on (a START_ELEMENT) and everything inside it. */
	static XmlNode read(XmlPullParser parser) throws XmlPullParserException, IOException {
		String name = parser.getName();
		String namespace = parser.getNamespace();
		Map<String, String> attributes = new HashMap<>();
		for (int i = 0; i < parser.getAttributeCount(); i++) {
			attributes.put(parser.getAttributeName(i), parser.getAttributeValue(i));
		}
		List<XmlNode> children = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		while (true) {
			XmlPullParser.Event event = parser.next();
			switch (event) {
			case START_ELEMENT -> children.add(read(parser));
			case TEXT_CHARACTERS, ENTITY_REFERENCE -> text.append(parser.getText());
			case END_ELEMENT -> {
				return new XmlNode(name, namespace, Map.copyOf(attributes), List.copyOf(children), text.toString().strip());
			}
			case END_DOCUMENT -> throw new XmlPullParserException("The reply ended inside <" + name + ">");
			default -> {
				// comments, processing instructions and the like carry nothing we need
			}
			}
		}
	}

	List<XmlNode> children(String childName) {
		return children.stream().filter(c -> c.name.equals(childName)).toList();
	}

	Optional<XmlNode> child(String childName) {
		return children.stream().filter(c -> c.name.equals(childName)).findFirst();
	}

	/** The text of the first child called {@code childName}, or "". */
	String childText(String childName) {
		return child(childName).map(XmlNode::text).orElse("");
	}

	String attribute(String attributeName) {
		return attributes.getOrDefault(attributeName, "");
	}
}
