package dev.tact.xmpp.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.StandardExtensionElement;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.OutgoingMessage;
import dev.tact.core.files.FileDownloader;
import dev.tact.core.files.FileTransferException;
import dev.tact.core.port.FileTooLargeException;
import dev.tact.tests.harness.XmppServerExtension;
import dev.tact.tests.harness.XmppTestServer;
import dev.tact.tests.harness.TestAccount;
import dev.tact.xmpp.internal.XmppAccountSession;
import dev.tact.xmpp.internal.chat.OutgoingMessageWriter;
import dev.tact.xmpp.internal.files.SmackFileSharing;

/** HTTP upload (XEP-0363) to the server's upload service, 10 MiB limit, and safe downloads. */
@ExtendWith(XmppServerExtension.class)
class FileSharingTest {

	private static final long LIMIT = 10L * 1024 * 1024;

	@TempDir
	Path work;

	private Sessions sessions;
	private SmackFileSharing alice;
	private FileDownloader bobDownloads;
	private Path bobsFolder;

	@BeforeEach
	void logIn(XmppTestServer server) throws Exception {
		sessions = new Sessions(server);
		alice = sessions.closeLater(new SmackFileSharing(sessions.online("alice")));
		bobDownloads = new FileDownloader(FileDownloader.DEFAULT_MAX_BYTES);
		bobsFolder = Files.createDirectories(work.resolve("bob/Downloads"));
	}

	@AfterEach
	void logOut() {
		sessions.close();
	}

	@Test
	void serverLimitIsReadFromServiceDiscovery() throws Exception {
		assertEquals(OptionalLong.of(LIMIT), alice.maxUploadSize().get(10, TimeUnit.SECONDS));
	}

	@Test
	void uploadedFileIsDownloadedByBobWithTheSameBytes() throws Exception {
		byte[] content = new byte[300_000];
		new Random(42).nextBytes(content);
		Path file = Files.write(work.resolve("trace.bin"), content);
		AtomicLong lastProgress = new AtomicLong(-1);

		URI url = alice.upload(file, (sent, total) -> lastProgress.set(sent)).get(30, TimeUnit.SECONDS);

		assertEquals(content.length, lastProgress.get(), "progress reached the whole file");
		assertTrue(url.toString().startsWith("http://127.0.0.1:"), url.toString());
		Path downloaded = bobDownloads.save(url, bobsFolder, null, FileDownloader.Progress.NONE);
		assertEquals(bobsFolder.resolve("trace.bin"), downloaded);
		assertArrayEquals(content, Files.readAllBytes(downloaded));
		assertFalse(Files.isExecutable(downloaded), "a download is never executable");
	}

	@Test
	void aFileNamedDotDotBashrcLandsAsAHarmlessNameInsideTheChosenFolder() throws Exception {
		Path file = Files.writeString(work.resolve("payload.sh"), "echo pwned\n");
		URI url = alice.upload(file, "..\\..\\.bashrc", null).get(30, TimeUnit.SECONDS);

		Path fromUrlName = bobDownloads.save(url, bobsFolder, null, FileDownloader.Progress.NONE);
		Path fromClaimedName = bobDownloads.save(url, bobsFolder, "../../.bashrc", FileDownloader.Progress.NONE);

		// The server picks the URL's last segment (Prosody keeps the name as sent, ejabberd makes "_.._.bashrc" of it):
		// what matters is a plain, visible name right in the chosen folder, recognisably the file.
		assertHarmlessIn(bobsFolder, fromUrlName);
		assertTrue(fromUrlName.getFileName().toString().endsWith("bashrc"), fromUrlName.toString());
		String claimed = fromUrlName.getFileName().toString().equals("bashrc") ? "bashrc (2)" : "bashrc";
		assertEquals(bobsFolder.resolve(claimed), fromClaimedName, "the claimed name, never over the first copy");
		assertFalse(Files.exists(work.resolve(".bashrc")) || Files.exists(bobsFolder.resolve(".bashrc")));
		try (var listing = Files.list(bobsFolder)) {
			assertEquals(2, listing.count(), "nothing else, no leftover temporary file");
		}
	}

	@Test
	void aFileOverTheServerLimitIsRejectedBeforeUploadingWithAClearMessage() throws Exception {
		Path big = work.resolve("heap.hprof");
		try (RandomAccessFile sparse = new RandomAccessFile(big.toFile(), "rw")) {
			sparse.setLength(LIMIT + 1);
		}
		AtomicLong progressCalls = new AtomicLong();

		ExecutionException failure = assertThrows(ExecutionException.class,
				() -> alice.upload(big, (sent, total) -> progressCalls.incrementAndGet()).get(30, TimeUnit.SECONDS));

		FileTooLargeException tooLarge = assertInstanceOf(FileTooLargeException.class, failure.getCause());
		assertEquals(LIMIT + 1, tooLarge.size());
		assertEquals(LIMIT, tooLarge.limit());
		assertEquals("The file is 10485761 bytes; the server accepts at most 10485760 bytes", tooLarge.getMessage());
		assertEquals(0, progressCalls.get(), "nothing was uploaded");
	}

	@Test
	void aSharedFileLinkCarriesAnOutOfBandElementThatStandardClientsRead(XmppTestServer server) throws Exception {
		Path file = Files.writeString(work.resolve("notes.txt"), "release notes\n");
		URI url = alice.upload(file, null).get(30, TimeUnit.SECONDS);
		TestAccount bobAccount = server.newAccount("bob");
		XMPPTCPConnection bob = Accounts.standardClient(server, bobAccount, "profanity");
		try {
			CompletableFuture<Message> received = new CompletableFuture<>();
			bob.addAsyncStanzaListener(stanza -> received.complete((Message) stanza),
					stanza -> stanza instanceof Message m && m.getBody() != null);
			XmppAccountSession sender = sessions.online("carol");
			sender.chat().send(OutgoingMessage.to(BareJid.parse(bobAccount.jid()), url.toString(), Instant.now()))
					.get(15, TimeUnit.SECONDS);

			Message message = received.get(15, TimeUnit.SECONDS);
			StandardExtensionElement oob = (StandardExtensionElement) message.getExtensionElement("x",
					OutgoingMessageWriter.OOB_NAMESPACE);
			assertEquals(url.toString(), oob.getFirstElement("url").getText());
			assertEquals(url.toString(), message.getBody());
		} finally {
			bob.disconnect();
		}
	}

	@Test
	void aDownloadOverTheCapIsRefusedAndLeavesNothingBehind() throws Exception {
		Path file = Files.write(work.resolve("big.bin"), new byte[4096]);
		URI url = alice.upload(file, null).get(30, TimeUnit.SECONDS);
		FileDownloader small = new FileDownloader(1024);

		FileTransferException failure = assertThrows(FileTransferException.class,
				() -> small.save(url, bobsFolder, null, FileDownloader.Progress.NONE));

		assertTrue(failure.getMessage().contains("larger than 1024 bytes"), failure.getMessage());
		try (var listing = Files.list(bobsFolder)) {
			assertEquals(0, listing.count());
		}
	}

	/** One plain name directly in {@code folder}: no path, not hidden. */
	private static void assertHarmlessIn(Path folder, Path saved) {
		assertEquals(folder, saved.getParent(), "saved right in the chosen folder: " + saved);
		String name = saved.getFileName().toString();
		assertFalse(name.startsWith(".") || name.contains("/") || name.contains("\\"), "a plain, visible name: " + name);
	}
}
