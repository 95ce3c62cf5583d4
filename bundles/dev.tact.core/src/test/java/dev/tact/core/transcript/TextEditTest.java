package dev.tact.core.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextEditTest {

	@Test
	void aNewMessageAtTheBottomIsAnInsertionAtTheEnd() {
		String old = "Dana\nhello  09:00\n";
		String next = old + "You\nhi  09:01 \u23F3\n";

		assertEquals(new TextEdit(old.length(), 0, "You\nhi  09:01 \u23F3\n"), TextEdit.between(old, next));
	}

	@Test
	void aTickChangingInPlaceReplacesOnlyTheTick() {
		TextEdit edit = TextEdit.between("hi  09:01 \u23F3\nDana\nok\n", "hi  09:01 \u2713\nDana\nok\n");

		assertEquals(new TextEdit(10, 1, "\u2713"), edit);
	}

	@Test
	void anyTwoTextsAreJoinedByTheirEdit() {
		String[][] pairs = { { "", "" }, { "", "abc" }, { "abc", "" }, { "aaa", "aa" }, { "abcabc", "abc" },
				{ "x\ny\nz", "x\nq\nz" }, { "same", "same" } };
		for (String[] pair : pairs) {
			TextEdit edit = TextEdit.between(pair[0], pair[1]);
			assertEquals(pair[1], edit.applyTo(pair[0]), pair[0] + " -> " + pair[1]);
		}
		assertTrue(TextEdit.between("same", "same").isEmpty());
	}
}
