package dev.tact.xmpp.internal.connection;

import org.jivesoftware.smack.SmackConfiguration;
import org.jivesoftware.smack.experimental.ExperimentalInitializer;
import org.jivesoftware.smack.extensions.ExtensionsInitializer;
import org.jivesoftware.smack.provider.ProviderManager;
import org.jivesoftware.smack.xml.SmackXmlParser;
import org.jivesoftware.smackx.delay.packet.DelayInformation;
import org.jivesoftware.smackx.iqlast.LastActivityManager;
import org.jivesoftware.smackx.sid.element.OriginIdElement;
import org.jivesoftware.smackx.time.EntityTimeManager;

/**
 * Prepares Smack for OSGi. Its XML parser is set explicitly (StAX, from the JDK, bounded against hostile nesting:
 * {@link BoundedXmlParserFactory}): Smack would otherwise look it up
 * with {@link java.util.ServiceLoader}, which in OSGi needs the ServiceLoader Mediator (SPI Fly) started before
 * anything else, and SPI Fly's weaving hook then slows every class load of the whole IDE (about 0.5 s of a 6 s
 * start). And Smack's extension and experimental providers are registered: Smack finds them by class name, which
 * works in OSGi only while its dynamic imports resolve; this registers them explicitly if that did not happen, so
 * that delays, origin ids, carbons and archive results are parsed rather than kept as unknown elements. Entity time
 * and last activity are not answered.
 */
public final class SmackSetup {

	private static volatile boolean done;

	private SmackSetup() {
	}

	public static synchronized void ensureInitialized() {
		if (done) {
			return;
		}
		SmackXmlParser.setXmlPullParserFactory(new BoundedXmlParserFactory()); // before Smack reads its own config
		SmackConfiguration.getVersion();
		if (ProviderManager.getExtensionProvider(DelayInformation.ELEMENT, DelayInformation.NAMESPACE) == null) {
			new ExtensionsInitializer().initialize();
		}
		if (ProviderManager.getExtensionProvider(OriginIdElement.ELEMENT, OriginIdElement.NAMESPACE) == null) {
			new ExperimentalInitializer().initialize();
		}
		// Anyone may ask a client its local time (XEP-0202: the user's time zone) and how long it has been idle
		// (XEP-0012); Tact tells neither, so that nobody learns where the user is or that they are there at all.
		EntityTimeManager.setAutoEnable(false);
		LastActivityManager.setEnabledPerDefault(false);
		done = true;
	}
}
