package dev.tact.xmpp.internal.presence;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.provider.ExtensionElementProvider;
import org.jivesoftware.smack.provider.ProviderManager;
import org.jivesoftware.smack.util.ParserUtils;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;

/**
 * Reads {@link TactPresenceExtension} leniently: a peer's attributes may be anything, so an unreadable
 * {@code until} becomes absent rather than an error that would drop the presence (or the connection).
 */
public final class TactPresenceExtensionProvider extends ExtensionElementProvider<TactPresenceExtension> {

	private static final int MAX_ATTRIBUTE_LENGTH = 64;

	/** Registers the provider with Smack once; harmless to call again. */
	public static void register() {
		ProviderManager.addExtensionProvider(TactPresenceExtension.ELEMENT, TactPresenceExtension.NAMESPACE,
				new TactPresenceExtensionProvider());
	}

	@Override
	public TactPresenceExtension parse(XmlPullParser parser, int initialDepth, XmlEnvironment xmlEnvironment)
			throws XmlPullParserException, IOException {
		String state = bounded(parser.getAttributeValue("", "state"));
		String activity = bounded(parser.getAttributeValue("", "activity"));
		Instant until = instant(parser.getAttributeValue("", "until"));
		// Skip whatever a newer peer put inside the element.
		ParserUtils.forwardToEndTagOfDepth(parser, initialDepth);
		return new TactPresenceExtension(state, activity, until);
	}

	private static String bounded(String value) {
		if (value == null) {
			return null;
		}
		return value.length() > MAX_ATTRIBUTE_LENGTH ? value.substring(0, MAX_ATTRIBUTE_LENGTH) : value;
	}

	private static Instant instant(String value) {
		if (value == null || value.length() > MAX_ATTRIBUTE_LENGTH) {
			return null;
		}
		try {
			return Instant.parse(value.strip());
		} catch (DateTimeParseException e) {
			return null;
		}
	}
}
