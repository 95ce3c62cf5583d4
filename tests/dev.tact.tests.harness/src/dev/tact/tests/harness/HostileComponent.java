package dev.tact.tests.harness;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hostile server's side of the test server: an external component (XEP-0114) that writes as any address of its own
 * domain, so a test can send from a thousand senders over one connection, as a compromised or hostile server can.
 * It reads what comes back only to keep the stream flowing. Not thread-safe: one sender at a time.
 */
public final class HostileComponent implements AutoCloseable {

	private static final Pattern STREAM_HEADER = Pattern.compile("<stream:stream[^>]*>");
	private static final Pattern STREAM_ID = Pattern.compile("\\sid=['\"]([^'\"]+)['\"]");
	private static final int HANDSHAKE_TIMEOUT_MS = 10_000;

	private final String domain;
	private final Socket socket;
	private final Writer out;

	private HostileComponent(String domain, Socket socket, Writer out) {
		this.domain = domain;
		this.socket = socket;
		this.out = out;
	}

	/** Connects to the server's component port on loopback and authenticates as {@code domain}. */
	static HostileComponent connect(int port, String domain, String secret) throws IOException {
		Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
		try {
			socket.setSoTimeout(HANDSHAKE_TIMEOUT_MS);
			Writer out = new OutputStreamWriter(new BufferedOutputStream(socket.getOutputStream()),
					StandardCharsets.UTF_8);
			out.write("<?xml version='1.0'?><stream:stream xmlns='jabber:component:accept'"
					+ " xmlns:stream='http://etherx.jabber.org/streams' to='" + domain + "'>");
			out.flush();
			InputStream in = socket.getInputStream();
			Matcher header = STREAM_HEADER.matcher(readUntil(in, STREAM_HEADER));
			header.find();
			Matcher id = STREAM_ID.matcher(header.group());
			if (!id.find()) {
				throw new IOException("The server's stream header has no id: " + header.group());
			}
			out.write("<handshake>" + sha1Hex(id.group(1) + secret) + "</handshake>");
			out.flush();
			String answer = readUntil(in, Pattern.compile("<handshake\\s*/>|<handshake>\\s*</handshake>|</stream:error>"));
			if (answer.contains("stream:error")) {
				throw new IOException("The server refused the component: " + answer);
			}
			socket.setSoTimeout(0);
			Thread drain = new Thread(() -> drain(in), "hostile-component-reader");
			drain.setDaemon(true);
			drain.start();
			return new HostileComponent(domain, socket, out);
		} catch (IOException | RuntimeException e) {
			socket.close();
			throw e;
		}
	}

	/** The address {@code local}@ this component's domain. */
	public String address(String local) {
		return local + "@" + domain;
	}

	public String domain() {
		return domain;
	}

	/**
	 * Sends a chat message from {@code fromLocal}@ this domain to {@code to}, with {@code extraXml} (already XML, such
	 * as an attention or no-store element) after the body; the body is escaped.
	 */
	public void sendMessage(String fromLocal, String to, String body, String extraXml) throws IOException {
		out.write("<message type='chat' from='" + address(fromLocal) + "' to='" + to + "'><body>" + escape(body)
				+ "</body>" + extraXml + "</message>");
		out.flush();
	}

	@Override
	public void close() {
		try {
			out.write("</stream:stream>");
			out.flush();
		} catch (IOException e) {
			// the server has gone already
		}
		try {
			socket.close();
		} catch (IOException e) {
			// nothing left to release
		}
	}

	private static String readUntil(InputStream in, Pattern end) throws IOException {
		StringBuilder read = new StringBuilder();
		byte[] buffer = new byte[4096];
		while (!end.matcher(read).find()) {
			int n = in.read(buffer);
			if (n < 0) {
				throw new IOException("The server closed the component stream: " + read);
			}
			read.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
		}
		return read.toString();
	}

	private static void drain(InputStream in) {
		byte[] buffer = new byte[8192];
		try {
			while (in.read(buffer) >= 0) {
				// what the server routes to us (errors, receipts) is not the test's business
			}
		} catch (IOException e) {
			// closed
		}
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	private static String sha1Hex(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every JDK has SHA-1", e);
		}
	}
}
