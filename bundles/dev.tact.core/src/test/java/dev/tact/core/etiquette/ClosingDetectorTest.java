package dev.tact.core.etiquette;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real ways people end a chat, and messages that only look like it. */
class ClosingDetectorTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			bye                                  | true
			Bye!                                 | true
			ok bye                               | true
			thanks, talk later                   | true
			Thanks a lot, talk to you later!     | true
			ttyl                                 | true
			cheers                               | true
			Cheers Dana                          | true
			have a good one                      | true
			Have a good weekend! 👋              | true
			see you tomorrow                     | true
			cya                                  | true
			gtg, bye                             | true
			👍 thanks, bye                       | true
			good night all                       | true
			tschüss                              | true
			bis später!                          | true
			danke, bis morgen                    | true
			à plus                               | true
			merci, à demain                      | true
			hasta luego                          | true
			gracias, nos vemos                   | true
			tot ziens                            | true
			arrivederci                          | true
			tchau                                | true
			пока                                 | true
			またね                               | true
			拜拜                                 | true
			bye? did the build pass              | false
			later today I will check the logs    | false
			cheers, that fixed the flaky test    | false
			thanks!                              | false
			hi                                   | false
			ciao                                 | false
			salut                                | false
			see you in the review at 3 about the migration plan | false
			night shift starts soon              | false
			goodbye to the old build system, we moved to Maven | false
			""")
	void recognisesClosings(String text, boolean closing) {
		assertEquals(closing, ClosingDetector.isClosing(text, "Dana"), text);
	}
}
