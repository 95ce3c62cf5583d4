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
 * <p>
 * The reply comes from the network, so the tree is bounded: elements nested deeper than {@link #MAX_DEPTH}, children
 * beyond {@link #MAX_CHILDREN} and text beyond {@link #MAX_TEXT} characters are read past without being kept, and
 * reading past them needs no recursion, so 100,000 nested elements cost a loop, not the stack.
 */
record XmlNode(String name, String namespace, Map<String, String> attributes, List<XmlNode> children, String text) {

	/** A directory reply is four levels deep (query, x, item, field, value); a little room beyond that. */
	static final int MAX_DEPTH = 16;
	/** More results than any directory returns in one page. */
	static final int MAX_CHILDREN = 1_000;
	static final int MAX_TEXT = 4_096;

	/** Reads the element the parser is positioned on (a START_ELEMENT) and everything inside it. */
	static XmlNode read(XmlPullParser parser) throws XmlPullParserException, IOException {
		return read(parser, 1);
	}

	private static XmlNode read(XmlPullParser parser, int depth) throws XmlPullParserException, IOException {
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
			case START_ELEMENT -> {
				if (depth < MAX_DEPTH && children.size() < MAX_CHILDREN) {
					children.add(read(parser, depth + 1));
				} else {
					skip(parser, name);
				}
			}
			case TEXT_CHARACTERS, ENTITY_REFERENCE -> {
				String more = parser.getText();
				if (more != null && text.length() < MAX_TEXT) {
					text.append(more, 0, Math.min(more.length(), MAX_TEXT - text.length()));
				}
			}
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

	/** Reads past the element the parser has just entered, however deep, without keeping anything. */
	private static void skip(XmlPullParser parser, String inside) throws XmlPullParserException, IOException {
		int open = 1;
		while (open > 0) {
			switch (parser.next()) {
			case START_ELEMENT -> open++;
			case END_ELEMENT -> open--;
			case END_DOCUMENT -> throw new XmlPullParserException("The reply ended inside <" + inside + ">");
			default -> {
				// text and the rest of what is skipped
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
