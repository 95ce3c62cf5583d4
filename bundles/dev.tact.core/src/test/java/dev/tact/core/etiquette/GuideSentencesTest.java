package dev.tact.core.etiquette;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class GuideSentencesTest {

	@Test
	void everyQuotedSentenceAppearsVerbatimInTheGuide() throws IOException, IllegalAccessException {
		String guide;
		try (InputStream in = GuideSentencesTest.class.getResourceAsStream("etiquette-guide.txt")) {
			assertNotNull(in, "the guide is a test resource");
			guide = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		for (Field field : GuideSentences.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				String sentence = (String) field.get(null);
				assertTrue(guide.contains(sentence), field.getName() + " is not quoted exactly: " + sentence);
			}
		}
	}
}
