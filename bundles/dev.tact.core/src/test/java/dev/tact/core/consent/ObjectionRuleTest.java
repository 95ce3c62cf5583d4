package dev.tact.core.consent;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.tact.core.address.BareJid;

/** Which plain replies to "OK to add X?" count as objections. */
class ObjectionRuleTest {

	private static final BareJid CAROL = BareJid.parse("carol@example.org");

	@ParameterizedTest
	@ValueSource(strings = { "no", "No.", "NO!", "nope", "No, we are discussing her review.", "please don't",
			"Please don\u2019t, not yet", "wait", "Wait, one minute", "not now", "I object", "rather not", "-1",
			"\ud83d\udc4e", "  no  ", "No, not yet", "Don't add carol, this is about her review",
			"Please don't invite anyone else into this one", "wait, who is that?" })
	void theseObject(String reply) {
		assertTrue(ObjectionRule.isObjection(reply, CAROL), reply);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ok", "sure", "yes", "no problem", "No worries!", "no objection", "no, go ahead",
			"noted", "nobody minds", "know what, fine", "", "   ", "No idea why CI is red again on main",
			"Don't forget the standup at ten, everyone", "wait for the build to finish before merging",
			"no clue what broke the nightly" })
	void theseDoNot(String reply) {
		assertFalse(ObjectionRule.isObjection(reply, CAROL), reply);
	}

	@Test
	void aMissingBodyIsNoObjection() {
		assertFalse(ObjectionRule.isObjection(null, CAROL));
	}
}
