package dev.tact.core.port;

/**
 * What a contact tells about themselves (their vCard): names, email and picture. Empty strings where they said
 * nothing; {@code avatar} is {@code null} without a picture.
 */
public record ContactProfile(String fullName, String nickname, String email, byte[] avatar) {

	public ContactProfile {
		fullName = fullName == null ? "" : fullName.strip();
		nickname = nickname == null ? "" : nickname.strip();
		email = email == null ? "" : email.strip();
		avatar = avatar == null ? null : avatar.clone();
	}

	@Override
	public byte[] avatar() {
		return avatar == null ? null : avatar.clone();
	}

	public boolean isEmpty() {
		return fullName.isEmpty() && nickname.isEmpty() && email.isEmpty() && avatar == null;
	}
}
