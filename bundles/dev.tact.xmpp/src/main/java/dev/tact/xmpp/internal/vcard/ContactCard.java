package dev.tact.xmpp.internal.vcard;

import java.util.Arrays;
import java.util.Objects;

/**
 * The parts of a vCard (XEP-0054) Tact shows: names, email and avatar. Strings are never null ("" when absent).
 *
 * @param fullName the formatted name ({@code FN})
 * @param nickname the nickname; directory search (mod_vjud) matches on it
 * @param firstName the given name ({@code N/GIVEN})
 * @param lastName the family name ({@code N/FAMILY})
 * @param email the work or home email
 * @param avatar the photo's bytes, empty when there is none
 * @param avatarType the photo's MIME type, e.g. {@code image/png}
 */
public record ContactCard(String fullName, String nickname, String firstName, String lastName, String email,
		byte[] avatar, String avatarType) {

	public ContactCard {
		fullName = orEmpty(fullName);
		nickname = orEmpty(nickname);
		firstName = orEmpty(firstName);
		lastName = orEmpty(lastName);
		email = orEmpty(email);
		avatar = avatar == null ? new byte[0] : avatar.clone();
		avatarType = orEmpty(avatarType);
	}

	/** A card with just a full name and a nickname. */
	public static ContactCard named(String fullName, String nickname) {
		return new ContactCard(fullName, nickname, "", "", "", null, "");
	}

	public ContactCard withAvatar(byte[] image, String mimeType) {
		return new ContactCard(fullName, nickname, firstName, lastName, email, image, mimeType);
	}

	public ContactCard withEmail(String newEmail) {
		return new ContactCard(fullName, nickname, firstName, lastName, newEmail, avatar, avatarType);
	}

	@Override
	public byte[] avatar() {
		return avatar.clone();
	}

	public boolean hasAvatar() {
		return avatar.length > 0;
	}

	/** What the UI shows as the person's name: full name, else first and last, else nickname; "" if none. */
	public String displayName() {
		if (!fullName.isBlank()) {
			return fullName;
		}
		String joined = (firstName + " " + lastName).strip();
		return joined.isEmpty() ? nickname : joined;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ContactCard c && fullName.equals(c.fullName) && nickname.equals(c.nickname)
				&& firstName.equals(c.firstName) && lastName.equals(c.lastName) && email.equals(c.email)
				&& Arrays.equals(avatar, c.avatar) && avatarType.equals(c.avatarType);
	}

	@Override
	public int hashCode() {
		return Objects.hash(fullName, nickname, firstName, lastName, email, Arrays.hashCode(avatar), avatarType);
	}

	@Override
	public String toString() {
		return "ContactCard[" + displayName() + ", avatar " + avatar.length + " bytes]";
	}

	private static String orEmpty(String s) {
		return s == null ? "" : s.strip();
	}
}
