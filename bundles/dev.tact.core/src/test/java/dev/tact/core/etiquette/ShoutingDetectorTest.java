package dev.tact.core.etiquette;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShoutingDetectorTest {

	@Test
	void capitalSentenceIsShouting() {
		assertTrue(ShoutingDetector.isShouting("WHERE IS THE RELEASE BUILD"));
		assertTrue(ShoutingDetector.isShouting("STOP PUSHING TO MAIN!!!"));
		assertTrue(ShoutingDetector.isShouting("ΠΑΡΑΚΑΛΩ ΑΠΑΝΤΗΣΤΕ ΤΩΡΑ"));
	}

	@Test
	void singleCapitalWordOrShortWordsAloneAreNotShouting() {
		assertFalse(ShoutingDetector.isShouting("URGENT"));
		assertFalse(ShoutingDetector.isShouting("WHY NOT NOW"));
		assertFalse(ShoutingDetector.isShouting("Please read the README before the demo"));
	}

	@Test
	void acronymsIdentifiersAndCodeAreIgnored() {
		assertFalse(ShoutingDetector.isShouting("SQL JOIN over HTTP to NASA"));
		assertFalse(ShoutingDetector.isShouting("set MAX_RETRIES and HTTP2_ENABLED to PROD_01 values"));
		assertFalse(ShoutingDetector.isShouting("run `SELECT NAME FROM USERS` please"));
		assertFalse(ShoutingDetector.isShouting("```\nDROP TABLE CUSTOMERS CASCADE\n``` ok?"));
	}

	@Test
	void mostlyLowerCaseTextWithSomeCapitalWordsIsNotShouting() {
		assertFalse(ShoutingDetector.isShouting("the deploy broke because GRADLE CACHES were stale again today"));
	}

	@Test
	void unclosedFenceHidesTheRestAsCode() {
		assertFalse(ShoutingDetector.isShouting("see:\n```\nPLEASE DO NOT TOUCH THIS"));
	}
}
