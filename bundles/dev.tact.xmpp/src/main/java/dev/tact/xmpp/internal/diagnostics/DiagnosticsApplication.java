package dev.tact.xmpp.internal.diagnostics;

import java.io.PrintStream;
import java.io.StringReader;
import java.util.Arrays;
import java.util.Comparator;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.jivesoftware.smack.SmackConfiguration;
import org.jivesoftware.smack.xml.SmackXmlParser;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import dev.tact.xmpp.internal.connection.SmackSetup;

/**
 * A headless self-check of an installation, for support and for the update-site test:
 * {@code eclipse -application dev.tact.xmpp.diagnose}. It prints the state of Tact's and Smack's bundles and
 * whether Smack can parse XML the way Tact sets it up, and exits 0 only when everything needed for a connection is
 * in place.
 */
public final class DiagnosticsApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		context.applicationRunning();
		PrintStream out = System.out;
		Bundle self = FrameworkUtil.getBundle(getClass());
		boolean ok = true;
		Bundle[] bundles = self.getBundleContext().getBundles();
		Arrays.sort(bundles, Comparator.comparing(Bundle::getSymbolicName));
		for (Bundle bundle : bundles) {
			String name = bundle.getSymbolicName();
			if (name.startsWith("dev.tact.") || name.startsWith("smack-") || name.startsWith("org.apache.aries.spifly")) {
				String state = stateName(bundle);
				out.println("bundle " + name + " " + bundle.getVersion() + " " + state);
				ok &= !state.equals("INSTALLED") && !state.equals("UNINSTALLED");
			}
		}
		try {
			SmackSetup.ensureInitialized();
			XmlPullParser parser = SmackXmlParser.newXmlParser(new StringReader("<tact/>"));
			out.println("smack " + SmackConfiguration.getVersion() + " xml-parser ok " + parser.getClass().getName());
		} catch (Exception | LinkageError e) {
			out.println("smack xml-parser FAILED " + e);
			ok = false;
		}
		out.println(ok ? "tact diagnostics: OK" : "tact diagnostics: PROBLEMS FOUND");
		return ok ? EXIT_OK : Integer.valueOf(1);
	}

	@Override
	public void stop() {
		// runs to completion on its own
	}

	private static String stateName(Bundle bundle) {
		return switch (bundle.getState()) {
		case Bundle.ACTIVE -> "ACTIVE";
		case Bundle.RESOLVED -> (bundle.getHeaders().get("Fragment-Host") != null ? "RESOLVED(fragment)" : "RESOLVED");
		case Bundle.STARTING -> "STARTING";
		case Bundle.STOPPING -> "STOPPING";
		case Bundle.INSTALLED -> "INSTALLED";
		default -> "UNINSTALLED";
		};
	}
}
