package dev.tact.xmpp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParser.Event;
import org.junit.jupiter.api.Test;

import dev.tact.xmpp.internal.connection.BoundedXmlParserFactory;

/** Tact's parser reads as Smack expects (XML Pull depths), and leaves out only what lies too deep. */
class BoundedXmlParserTest {

	@Test
	void depthsFollowTheXmlPullConventionAndTextIsRead() throws Exception {
		XmlPullParser parser = parse("<stream><message><body>hi &amp; bye</body></message></stream>");
		List<String> seen = new ArrayList<>();
		for (Event event = parser.next(); event != Event.END_DOCUMENT; event = parser.next()) {
			String what = event == Event.TEXT_CHARACTERS ? parser.getText() : parser.getName();
			seen.add(event + " " + what + " " + parser.getDepth());
		}
		assertEquals(List.of("START_ELEMENT stream 1", "START_ELEMENT message 2", "START_ELEMENT body 3",
				"TEXT_CHARACTERS hi & bye 3", "END_ELEMENT body 3", "END_ELEMENT message 2", "END_ELEMENT stream 1"), seen);
	}

	@Test
	void whatLiesDeeperThanTheBoundIsLeftOutAndReadingGoesOnEvenAHundredThousandLevelsDown() throws Exception {
		// Deeper than any test server carries (Prosody overflows near 77,000, ejabberd drops everyone at 10,000).
		int levels = 100_000;
		XmlPullParser parser = parse("<stream><message><x>" + "<a>".repeat(levels) + "</a>".repeat(levels)
				+ "</x><body>after</body></message></stream>");
		int deepest = 0;
		String body = null;
		for (Event event = parser.next(); event != Event.END_DOCUMENT; event = parser.next()) {
			deepest = Math.max(deepest, parser.getDepth());
			if (event == Event.START_ELEMENT && parser.getName().equals("body")) {
				body = parser.nextText();
			}
		}
		assertEquals(64, deepest);
		assertEquals("after", body);
	}

	private static XmlPullParser parse(String xml) throws Exception {
		return new BoundedXmlParserFactory().newXmlPullParser(new StringReader(xml));
	}
}
