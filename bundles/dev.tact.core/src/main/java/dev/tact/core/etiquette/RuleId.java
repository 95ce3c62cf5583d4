package dev.tact.core.etiquette;

/** The etiquette rules, each of which the user can turn off individually (DESIGN §5). */
public enum RuleId {
	PRESENCE_AWARE_SEND("presence-aware-send"),
	OPENING_MESSAGE("opening-message"),
	ALL_CAPS("all-caps"),
	UNANSWERED("unanswered"),
	TERSE_REPLY("terse-reply"),
	MULTIPARTY_INVITE("multiparty-invite"),
	ADDING_TELLS_CONTACT("adding-tells-contact"),
	ADD_REQUEST_CHOICE("add-request-choice"),
	DND_SPARINGLY("dnd-sparingly"),
	AWAY_NOTE("away-note"),
	TOO_MANY_GOODBYES("too-many-goodbyes");

	private final String key;

	RuleId(String key) {
		this.key = key;
	}

	/** A stable key for preference storage; never changes once released. */
	public String key() {
		return key;
	}

	/** The rule stored under {@code key}, or null for an unknown key (e.g. from a newer version). */
	public static RuleId fromKey(String key) {
		for (RuleId id : values()) {
			if (id.key.equals(key)) {
				return id;
			}
		}
		return null;
	}
}
