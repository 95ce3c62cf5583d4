package dev.tact.core.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CodeSnippetTest {

	@Test
	void snippetStartsWithAnOpenableReferenceAndFencesTheCode() {
		String text = CodeSnippet.format("shop/src/Cart.java", 12, 14, "int total() {\n  return 0;\n}\n");

		assertEquals("shop/src/Cart.java:12-14\n```java\nint total() {\n  return 0;\n}\n```", text);
	}

	@Test
	void stackTraceKeepsItsLinesInAFence() {
		String trace = "java.lang.IllegalStateException: boom\n\tat shop.Cart.total(Cart.java:12)\n";

		assertEquals("Stack trace from Waits [Java Application]:\n```\njava.lang.IllegalStateException: boom\n"
				+ "\tat shop.Cart.total(Cart.java:12)\n```", CodeSnippet.stackTrace("Waits [Java Application]", trace));
	}

	@Test
	void singleLineHasNoRange() {
		assertTrue(CodeSnippet.format("a/B.java", 7, 7, "x();").startsWith("a/B.java:7\n"));
	}

	@Test
	void codeContainingAFenceGetsALongerFence() {
		String text = CodeSnippet.format("docs/README.md", 1, 3, "```sh\nls\n```");

		assertTrue(text.contains("\n````md\n"), text);
		assertTrue(text.endsWith("\n````"), text);
	}
}
