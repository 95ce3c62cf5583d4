package dev.tact.core.contacts;

/**
 * How often we talk with someone. The guide lets you skip the "state the topic and ask for time" opening with
 * "someone you work with frequently".
 */
public enum Familiarity {
	/** Fewer than {@value #OCCASIONAL_DAYS} days of conversation in the last month, or never. */
	RARE,
	/** At least {@value #OCCASIONAL_DAYS} days in the last month. */
	OCCASIONAL,
	/** At least {@value #FREQUENT_DAYS} days in the last month: roughly twice a week or more. */
	FREQUENT;

	static final int OCCASIONAL_DAYS = 2;
	static final int FREQUENT_DAYS = 8;

	/** The familiarity for {@code days} distinct days with a conversation in the last 30. */
	public static Familiarity fromDaysTalkedLastMonth(int days) {
		if (days >= FREQUENT_DAYS) {
			return FREQUENT;
		}
		return days >= OCCASIONAL_DAYS ? OCCASIONAL : RARE;
	}
}
