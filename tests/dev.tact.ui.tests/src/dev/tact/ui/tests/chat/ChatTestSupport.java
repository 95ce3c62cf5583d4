package dev.tact.ui.tests.chat;

import dev.tact.ui.tests.fixture.Ide;
import dev.tact.ui.tests.fixture.ChatScreen;
import dev.tact.ui.tests.fixture.DisplayLoop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.Author;
import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.Conversation;
import dev.tact.core.chat.MessageId;
import dev.tact.core.client.TactClient;
import dev.tact.ui.internal.chat.ChatEditor;
import dev.tact.ui.internal.chat.ChatEditors;
import dev.tact.ui.internal.runtime.TactRuntime;

/** A fresh peer per test (the workbench's client keeps conversations), and chat editors opened for them. */
abstract class ChatTestSupport {

	private static final AtomicInteger PEERS = new AtomicInteger();

	private final List<IProject> projects = new ArrayList<>();

	/** A new, open workspace project; it goes again after the test. */
	IProject newProject(String name) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		project.create(null);
		project.open(null);
		projects.add(project);
		return project;
	}

	/** Runs after the test class's own clean-up, which closes the editors that show the projects' files. */
	@AfterEach
	final void deleteProjectsMadeByTheTest() throws CoreException {
		for (IProject project : projects) {
			project.delete(true, true, null);
		}
		projects.clear();
	}

	static IWorkbenchPage page() {
		return Ide.page();
	}

	static TactClient client() {
		return TactRuntime.get().client();
	}

	/** A contact nobody has talked with yet in this workbench. */
	static BareJid newPeer() {
		return BareJid.parse("dana" + PEERS.incrementAndGet() + "-" + System.nanoTime() + "@example.org");
	}

	static Conversation conversation(BareJid peer) {
		return client().conversations().with(peer);
	}

	static ChatEditor open(BareJid peer) {
		ChatEditor editor = ChatEditors.open(page(), peer, "Dana Scully");
		DisplayLoop.drain();
		return editor;
	}

	static void receive(BareJid peer, String body, Instant when) {
		client().conversations().add(peer, ChatMessage.incoming(MessageId.random(), Author.of(peer), body, when));
	}

	static void waitForTranscript(ChatEditor editor, String text) {
		DisplayLoop.until("the transcript to show \"" + text + "\"",
				() -> ChatScreen.of(editor).transcriptText().contains(text));
	}

	static void closeAllEditors() {
		page().closeAllEditors(false);
		DisplayLoop.drain();
	}
}
