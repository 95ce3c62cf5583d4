package dev.tact.ui.internal.chat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.EditorPart;

import dev.tact.core.address.BareJid;
import dev.tact.core.address.ChatAddress;
import dev.tact.core.address.OccupantJid;
import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.Conversation;
import dev.tact.core.chat.MessageId;
import dev.tact.core.chat.MessagePage;
import dev.tact.core.chat.OutgoingMessage;
import dev.tact.core.client.TactClient;
import dev.tact.core.etiquette.EtiquetteHint;
import dev.tact.core.files.SharedFile;
import dev.tact.core.text.DisplayText;
import dev.tact.core.transcript.HistoryWindow;
import dev.tact.core.transcript.KnownPaths;
import dev.tact.core.transcript.TranscriptComposer;
import dev.tact.core.transcript.TranscriptDocument.Span;
import dev.tact.core.transcript.TranscriptDocument.Style;
import dev.tact.ui.internal.jobs.NetworkJob;
import dev.tact.ui.internal.runtime.TactRuntime;

/**
 * The chat with one peer, in one room, or privately with one of a room's occupants: transcript, typing line, etiquette hints, quick replies and input. Renders the core
 * {@link Conversation} and refreshes when it changes; the work is done by {@link TranscriptComposer},
 * {@link SendActions} and {@link SendGate}.
 */
public final class ChatEditor extends EditorPart {

	/** Messages loaded per step back in history. */
	static final int PAGE = HistoryWindow.PAGE;

	/** The longest nick a private chat's header shows. */
	private static final int NICK_SHOWN = 40;

	private final AtomicBoolean refreshQueued = new AtomicBoolean();
	private final Consumer<ChatAddress> changeListener = this::conversationChanged;
	private final AtomicBoolean roomRefreshQueued = new AtomicBoolean();
	private final Consumer<BareJid> roomListener = this::roomChanged;
	private boolean room;
	private RoomPane roomPane;
	private QuestionBar questions;
	private TactClient client;
	private ChatAddress peer;
	/** The room, for a group chat's editor; null otherwise. */
	private BareJid roomAddress;
	private TranscriptComposer composer;
	private TranscriptView transcript;
	private Label typing;
	private HintBar hints;
	private ComposeArea compose;
	private SendActions actions;
	private LinkOpener links;
	private Display display;
	private HistoryWindow window;
	private KnownPaths knownPaths;
	private List<ChatMessage> shown;
	private Set<MessageId> shownQueued = Set.of();
	private Set<MessageId> shownExpanded = Set.of();
	private MessageId lastReplyConsidered;
	/** Where the last shared file went, or the Downloads folder. */
	private Path saveFolder = Downloads.folder();
	private boolean hasEarlier;
	/** Until the server says otherwise, older messages may wait in its archive (XEP-0313). */
	private boolean archiveMayHaveMore;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof ChatEditorInput chat)) {
			throw new PartInitException("A chat editor needs a ChatEditorInput, not " + input);
		}
		setSite(site);
		setInput(input);
		setPartName(chat.displayName());
		setTitleToolTip(chat.getToolTipText());
		client = TactRuntime.get().client();
		peer = chat.peer();
		room = chat.isRoom();
		roomAddress = room ? (BareJid) peer : null;
		// A private chat in a room is not in the server's archive under its own address: there is nothing to page.
		archiveMayHaveMore = peer instanceof BareJid;
		if (room && !client.groupChats().isRoom(roomAddress)) {
			// reopened after a restart, or from an invitation: enter the room (at once, or when signed in)
			NetworkJob.schedule("Entering " + chat.displayName(), () -> client.groupChats().join(roomAddress),
					this::notice);
		}
		knownPaths = new KnownPaths(path -> WorkspaceFileLinks.find(path).isPresent());
		composer = new TranscriptComposer(peer, chat.displayName(), ZoneId.systemDefault(), knownPaths);
	}

	@Override
	public void createPartControl(Composite parent) {
		display = parent.getDisplay();
		SashForm sash = room ? new SashForm(parent, SWT.HORIZONTAL) : null;
		Composite root = new Composite(room ? sash : parent, SWT.NONE);
		root.setData(ChatKeys.DATA, ChatKeys.ROOT);
		root.setData(ChatKeys.PEER, peer.toString());
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.verticalSpacing = 2;
		root.setLayout(layout);
		if (peer instanceof OccupantJid occupant) {
			privateHeader(root, occupant);
		} else if (!room) {
			new PeerHeader(root, client.contacts(), (BareJid) peer, getPartName());
		}
		transcript = new TranscriptView(root, this::openLink, this::loadEarlier);
		transcript.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		typing = new Label(root, SWT.NONE);
		typing.setData(ChatKeys.DATA, ChatKeys.TYPING);
		typing.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		actions = new SendActions(client, peer, client.sendGate(peer, getPartName(), room), () -> refresh(false));
		hints = new HintBar(root, actions);
		if (room) {
			questions = new QuestionBar(root, client.groupChats(), roomAddress, this::notice);
		}
		compose = new ComposeArea(root, actions);
		if (room) {
			roomPane = new RoomPane(sash, client.groupChats(), roomAddress,
					() -> InviteChooser.chooseAndInvite(getSite().getShell(), client, roomAddress));
			sash.setWeights(68, 32);
			client.groupChats().addChangeListener(roomListener);
		}
		actions.bind(compose, hints);
		links = new LinkOpener(getSite().getPage(), hints);
		FileDrop.install(transcript.control(), this::share);
		window = new HistoryWindow(client.conversations().with(peer).size());
		WorkspaceFileLinks.onFilesChanged(transcript.control(), () -> {
			knownPaths.forgetAll();
			shown = null; // lay out again: a path:line may have become a link, or stopped being one
			refresh(false);
		});
		client.conversations().addChangeListener(changeListener);
		new ReadingTracker(transcript.control(), client.unread(), peer).install();
		refresh(false);
	}

	/** Says whose private chat this is: only they see it, and it goes through the room. */
	private void privateHeader(Composite root, OccupantJid occupant) {
		Label header = new Label(root, SWT.WRAP);
		header.setData(ChatKeys.DATA, ChatKeys.PRIVATE_HEADER);
		header.setText("Private chat with " + DisplayText.line(occupant.nick(), NICK_SHOWN) + " through "
				+ client.groupChats().describe(occupant.room()) + ": only they see what you write here.");
		header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
	}

	@Override
	public void dispose() {
		if (client != null) {
			client.conversations().removeChangeListener(changeListener);
			client.groupChats().removeChangeListener(roomListener);
			if (room && !PlatformUI.getWorkbench().isClosing()) {
				// closing a room's editor leaves the room; at shutdown it stays, to be entered again on restart
				client.groupChats().leave(roomAddress);
			}
		}
		super.dispose();
	}

	@Override
	public void setFocus() {
		compose.input().setFocus();
	}

	/** Shares {@code file} with the peer, as dropping it on the editor does. */
	public void share(Path file) {
		actions.share(file);
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// a conversation has nothing to save: messages are sent, not stored by the editor
	}

	@Override
	public void doSaveAs() {
		// see doSave
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	private void notice(String text) {
		if (display != null && !display.isDisposed()) {
			display.asyncExec(() -> {
				if (hints != null && !hints.control().isDisposed()) {
					hints.notice(text);
				}
			});
		}
	}

	/** The room's people, topic or questions changed: show them, coalesced like conversation changes. */
	private void roomChanged(BareJid address) {
		if (peer.equals(address) && !display.isDisposed() && roomRefreshQueued.compareAndSet(false, true)) {
			display.asyncExec(() -> {
				roomRefreshQueued.set(false);
				if (!roomPane.control().isDisposed()) {
					roomPane.refresh();
					questions.refresh();
					setPartName(client.groupChats().describe(roomAddress));
				}
			});
		}
	}

	/** Coalesces bursts of changes into one refresh on the UI thread. */
	private void conversationChanged(ChatAddress address) {
		if (peer.equals(address) && !display.isDisposed() && refreshQueued.compareAndSet(false, true)) {
			display.asyncExec(() -> {
				refreshQueued.set(false);
				if (!transcript.control().isDisposed()) {
					refresh(false);
				}
			});
		}
	}

	private void openLink(Span span) {
		if (span.style() == Style.ACTION && span.target().startsWith(TranscriptComposer.SAVE)) {
			saveSharedFile(MessageId.of(span.target().substring(TranscriptComposer.SAVE.length())));
		} else if (span.style() == Style.ACTION && span.target().startsWith(TranscriptComposer.SHOW_ALL)) {
			window.expand(MessageId.of(span.target().substring(TranscriptComposer.SHOW_ALL.length())));
			refresh(false);
		} else if (span.style() == Style.ACTION) {
			queuedAction(span.target());
		} else {
			links.open(span);
		}
	}

	/** A terse "not now" answer to us gets the guide's reassurance, once, unless something else is on show. */
	private void reassureAboutATerseReply(Conversation conversation) {
		List<ChatMessage> latest = conversation.last(2).messages();
		if (latest.isEmpty() || latest.get(latest.size() - 1).id().equals(lastReplyConsidered)) {
			return;
		}
		lastReplyConsidered = latest.get(latest.size() - 1).id();
		if (!hints.isShowing()) {
			client.etiquette().adviseOnReply(latest).ifPresent(hint -> hints.show(List.of(hint)));
		}
	}

	/** "Save As…" next to a shared file: where to, then the download as a job; the outcome shows in the hint bar. */
	private void saveSharedFile(MessageId id) {
		Optional<ChatMessage> message = client.conversations().with(peer).find(id);
		Optional<SharedFile> file = message.flatMap(m -> SharedFile.in(m.body()));
		if (file.isEmpty()) {
			return;
		}
		SaveFileDialog dialog = new SaveFileDialog(getSite().getShell(), composer.senderName(message.get()),
				file.get().name(), saveFolder);
		if (dialog.open() == Window.OK) {
			saveFolder = dialog.folder();
			new DownloadJob(file.get().url(), dialog.folder(), dialog.fileName(), this::notice).schedule();
		}
	}

	/** "Send now" or "Cancel" next to a queued message. */
	private void queuedAction(String target) {
		for (OutgoingMessage held : client.heldFor(peer)) {
			if (target.equals(TranscriptComposer.SEND_NOW + held.id().value())) {
				client.sendNow(held);
			} else if (target.equals(TranscriptComposer.CANCEL + held.id().value())) {
				client.cancelHeld(held);
			}
		}
	}

	private void loadEarlier() {
		if (shown.isEmpty()) {
			return;
		}
		Conversation conversation = client.conversations().with(peer);
		MessagePage earlier = conversation.before(shown.get(0).id(), PAGE);
		if (!earlier.isEmpty()) {
			window.loadedEarlier(earlier.messages().size(), conversation.size());
			refresh(true);
		} else if (archiveMayHaveMore && signedIn()) {
			loadFromArchive();
		}
	}

	private void loadFromArchive() {
		int before = client.conversations().with(peer).size();
		NetworkJob.schedule("Loading older messages with " + getPartName(), () -> client.loadArchived(peer, PAGE)
				.thenAccept(more -> transcript.control().getDisplay().asyncExec(() -> {
					if (!transcript.control().isDisposed()) {
						archiveMayHaveMore = more;
						int now = client.conversations().with(peer).size();
						window.loadedEarlier(now - before, now);
						refresh(true);
					}
				})), message -> archiveMayHaveMore = false);
	}

	private boolean signedIn() {
		return client.connectionStatus().isConnected();
	}

	private void refresh(boolean keepPositionFromBottom) {
		Conversation conversation = client.conversations().with(peer);
		MessagePage page = conversation.last(window.show(conversation.size()));
		boolean earlier = page.hasEarlier() || archiveMayHaveMore && signedIn();
		Set<MessageId> queued = room ? Set.of()
				: client.heldFor(peer).stream().map(OutgoingMessage::id).collect(Collectors.toSet());
		if (!page.messages().equals(shown) || earlier != hasEarlier || !queued.equals(shownQueued)
				|| !window.expanded().equals(shownExpanded) || keepPositionFromBottom) {
			shownQueued = queued;
			shownExpanded = window.expanded();
			shown = page.messages();
			hasEarlier = earlier;
			transcript.show(composer.compose(shown, hasEarlier, LocalDate.now(), queued, shownExpanded),
					keepPositionFromBottom);
		}
		if (!room) {
			reassureAboutATerseReply(conversation);
		}
		String line = composer.typingLine(conversation.composing());
		if (!line.equals(typing.getText())) {
			typing.setText(line);
		}
	}
}
