package dev.tact.xmpp.internal.directory;

import java.io.IOException;

import org.jivesoftware.smack.packet.IqData;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.provider.IqProvider;
import org.jivesoftware.smack.provider.ProviderManager;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;

/**
 * Parses {@code jabber:iq:search} replies in place of Smack's own provider, which cannot read the old item format
 * and, failing inside the stream parser, makes Smack drop the connection. This one reads any shape into a tree first.
 */
final class SearchIqProvider extends IqProvider<SearchIq> {

	private static volatile boolean registered;

	/** Installs the provider (process-wide, as Smack's providers are); harmless to call again. */
	static void register() {
		if (!registered) {
			synchronized (SearchIqProvider.class) {
				if (!registered) {
					ProviderManager.addIQProvider(SearchIq.ELEMENT, SearchIq.NAMESPACE, new SearchIqProvider());
					registered = true;
				}
			}
		}
	}

	@Override
	public SearchIq parse(XmlPullParser parser, int initialDepth, IqData iqData, XmlEnvironment xmlEnvironment)
			throws XmlPullParserException, IOException {
		XmlNode query = XmlNode.read(parser);
		return new SearchIq(SearchResultReader.entries(query), SearchForm.of(query));
	}
}
