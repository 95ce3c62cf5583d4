package dev.tact.core.etiquette;

import static dev.tact.core.etiquette.Drafts.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tact.core.contacts.Familiarity;
import dev.tact.core.presence.Presence;
import dev.tact.core.presence.PresenceState;

/** Odd input never throws, and a quadratic slip on 100 kB inputs would blow the generous time limit. */
class AdversarialTextTest {

	private static final String HUNDRED_KB = "a".repeat(100_000);

	private final EtiquetteAdvisor advisor = new EtiquetteAdvisor();

	private static List<String> oddTexts() {
		List<String> texts = new ArrayList<>();
		texts.add(null);
		texts.add("");
		texts.add("   \n\t  ");
		texts.add("😀😀😀");
		texts.add("🚀 SHIP IT NOW 🚀🚀");
		texts.add("שלום, מה שלומך?");
		texts.add("\u202Eih\u202C");
		texts.add("\u202Ehi\u202C \u2066HELLO THERE FRIEND\u2069");
		texts.add("`");
		texts.add("```");
		texts.add("`".repeat(50_001));
		texts.add("```".repeat(33_334));
		texts.add(HUNDRED_KB);
		texts.add("A".repeat(100_000));
		texts.add("HELLO ".repeat(20_000));
		texts.add("`x".repeat(50_000));
		texts.add("\uD83D"); // a lone surrogate
		texts.add("\u0000\u0001hi");
		return texts;
	}

	@Test
	void oddTextNeverThrows() {
		for (String text : oddTexts()) {
			Draft draft = new Draft(text, null, Presence.of(PresenceState.DO_NOT_DISTURB), NOW, null, null, false,
					false);
			advisor.adviseOnDraft(draft);
			advisor.adviseOnReceived(text);
		}
		assertEquals(List.of(), advisor.adviseOnDraft(null));
		assertEquals(List.of(), advisor.adviseOnOwnPresence(null));
	}

	@Test
	void emptyOrWhitespaceDraftGetsNoHints() {
		assertEquals(List.of(), advisor.adviseOnDraft(Drafts.to(PresenceState.BUSY, "")));
		assertEquals(List.of(), advisor.adviseOnDraft(Drafts.to(PresenceState.BUSY, " \n ")));
	}

	@Test
	void capitalsHiddenBehindBidiControlsStillShout() {
		List<EtiquetteHint> hints = advisor.adviseOnDraft(Drafts.toFrequentContact("\u202EPLEASE ANSWER ME\u202C"));
		assertTrue(hints.stream().anyMatch(h -> h.rule() == RuleId.ALL_CAPS));
	}

	@Test
	void hugeTextsAreCheckedInLinearTime() {
		assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
			for (String text : oddTexts()) {
				for (int i = 0; i < 5; i++) {
					advisor.adviseOnDraft(Draft.of(text, null, null, NOW, Familiarity.RARE));
				}
			}
		});
	}

	@Test
	void rtlGreetingIsNotMistakenForShouting() {
		assertTrue(advisor.adviseOnDraft(Drafts.toFrequentContact("مرحبا كيف حالك اليوم")).isEmpty());
	}
}
