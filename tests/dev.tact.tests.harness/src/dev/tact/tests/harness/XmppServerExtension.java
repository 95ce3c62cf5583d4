package dev.tact.tests.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Starts one throwaway XMPP server per test class, of the kind {@link ServerKind#chosen()} names (Prosody unless
 * {@code -Dtact.server=ejabberd}), at its usual stanza size limit unless the class is {@link RelaysLargeStanzas}, and
 * injects it as an {@link XmppTestServer} parameter. When a test fails, the
 * server log is copied to {@code target/server-logs/<kind>/} so the failure can be read after the run.
 */
public final class XmppServerExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver, TestWatcher {

	private static final Namespace NAMESPACE = Namespace.create(XmppServerExtension.class);
	private static final String KEY = "server";

	@Override
	public void beforeAll(ExtensionContext context) {
		boolean largeStanzas = context.getRequiredTestClass().isAnnotationPresent(RelaysLargeStanzas.class);
		context.getStore(NAMESPACE).put(KEY, ServerKind.chosen().start(true, largeStanzas));
	}

	@Override
	public void afterAll(ExtensionContext context) {
		XmppTestServer server = context.getStore(NAMESPACE).remove(KEY, XmppTestServer.class);
		if (server != null) {
			server.close();
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == XmppTestServer.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return server(context);
	}

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		XmppTestServer server = server(context);
		if (server == null) {
			return;
		}
		Path logs = Path.of(System.getProperty("tact.test.logs", "target/server-logs")).resolve(server.kind().toString());
		try {
			Files.createDirectories(logs);
			String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName().replaceAll("\\W+", "_");
			Files.copy(server.log(), logs.resolve(name + ".log"), StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			server.keepLogs();
		}
	}

	private static XmppTestServer server(ExtensionContext context) {
		Optional<ExtensionContext> classContext = Optional.of(context);
		while (classContext.isPresent()) {
			XmppTestServer server = classContext.get().getStore(NAMESPACE).get(KEY, XmppTestServer.class);
			if (server != null) {
				return server;
			}
			classContext = classContext.get().getParent();
		}
		return null;
	}
}
