package dev.tact.tests.harness;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Free ports on the loopback interface, and whether something accepts connections on one. */
final class LoopbackPorts {

	private LoopbackPorts() {
	}

	/** A port nothing listens on right now (the system picks it), for a server to bind a moment later. */
	static int free() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	static boolean accepts(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
			return true;
		} catch (IOException e) {
			return false;
		}
	}
}
