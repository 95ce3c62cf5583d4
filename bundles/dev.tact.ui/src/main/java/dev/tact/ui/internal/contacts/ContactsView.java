package dev.tact.ui.internal.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import dev.tact.core.client.ContactsTree;
import dev.tact.core.address.BareJid;
import dev.tact.core.address.ChatAddress;
import dev.tact.core.client.GroupChats;
import dev.tact.core.client.TactClient;
import dev.tact.core.event.Registration;
import dev.tact.core.port.CertificateInfo;
import dev.tact.core.port.ConnectionStatus;
import dev.tact.core.port.RoomInvitation;
import dev.tact.ui.internal.AfterWindowShows;
import dev.tact.ui.internal.runtime.TactRuntime;
import dev.tact.ui.internal.trust.CertificateTrustPrompt;

/**
 * The Contacts view: who is there and how available they are, add requests on top, Recent Contacts, offline people
 * folded away, and a filter that also searches the directory. It only renders the client's models and schedules
 * work; every change arrives as a coalesced batch, so a burst of presence updates costs a few refreshes.
 */
public final class ContactsView extends ViewPart {

	public static final String ID = "dev.tact.ui.views.contacts";
	private static final String NAME = "Contacts";
	/** Widget keys (as SWTBot and accessibility tools read them). */
	public static final String TREE_KEY = "dev.tact.ui.contacts.tree";
	public static final String FILTER_KEY = "dev.tact.ui.contacts.filter";
	public static final String STATUS_KEY = "dev.tact.ui.contacts.status";

	private final AtomicBoolean refreshPending = new AtomicBoolean();
	private TactRuntime runtime;
	private TreeViewer viewer;
	private Text filter;
	private Link status;
	private ContactsState state;
	private DirectorySearch directory;
	private ContactsActions actions;
	private final Consumer<Set<BareJid>> batchListener = changed -> refreshSoon();
	private final Consumer<ConnectionStatus> statusListener = this::showStatusSoon;
	/** A room's or private chat's count changes only the group chats' rows; a person's count may reorder the tree. */
	private final Consumer<ChatAddress> unreadListener = conversation -> {
		if (!(conversation instanceof BareJid peer) || runtime.client().groupChats().isRoom(peer)) {
			refreshRoomsSoon();
		} else {
			refreshSoon();
		}
	};
	private Registration unreadRegistration;
	private final AtomicBoolean roomsPending = new AtomicBoolean();
	private final Consumer<BareJid> roomListener = room -> refreshRoomsSoon();
	private List<ContactsTree.Group> shown = List.of();

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(parent);
		AfterWindowShows.run(parent, () -> {
			build(parent);
			parent.layout(true, true);
		});
	}

	private void build(Composite parent) {
		runtime = TactRuntime.get();
		state = new ContactsState();
		filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("Find a contact or search the directory");
		filter.setData("org.eclipse.swtbot.widget.key", FILTER_KEY);
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 4).applyTo(filter);
		status = new Link(parent, SWT.WRAP);
		status.setData("org.eclipse.swtbot.widget.key", STATUS_KEY);
		status.addListener(SWT.Selection, e -> reviewCertificate());
		GridDataFactory.fillDefaults().grab(true, false).indent(6, 0).applyTo(status);
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTree().setData("org.eclipse.swtbot.widget.key", TREE_KEY);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.setContentProvider(new ContactsContent());
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new ContactLabels(viewer.getControl())));
		viewer.setComparer(new ContactsContent.RowComparer());
		directory = new DirectorySearch(runtime, viewer.getControl(), results -> {
			state.directory = results;
			refresh();
		}, this::showProblem);
		filter.addModifyListener(e -> {
			state.filter = filter.getText();
			refresh();
			directory.searchSoon(filter.getText());
		});
		actions = new ContactsActions(this, runtime);
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(manager -> actions.fill(manager, selection()));
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);
		getSite().setSelectionProvider(viewer);
		actions.fillViewMenu(getViewSite().getActionBars().getMenuManager());
		getViewSite().getActionBars().updateActionBars();
		viewer.addDoubleClickListener(e -> actions.open(selection()));
		ContactsDragAndDrop.install(viewer, runtime, this::showProblem);
		listen();
		refresh();
		showStatus(currentStatus());
	}

	private void listen() {
		TactClient client = runtime.client();
		client.contacts().addBatchListener(batchListener);
		client.groupChats().addChangeListener(roomListener);
		client.addStatusListener(statusListener);
		runtime.account().addProblemListener(statusListener);
		unreadRegistration = client.unread().addListener(unreadListener);
	}

	@Override
	public void dispose() {
		if (runtime == null) {
			super.dispose(); // closed before its content was built
			return;
		}
		TactClient client = runtime.client();
		client.contacts().removeBatchListener(batchListener);
		client.groupChats().removeChangeListener(roomListener);
		client.removeStatusListener(statusListener);
		runtime.account().removeProblemListener(statusListener);
		unreadRegistration.close();
		directory.dispose();
		super.dispose();
	}

	@Override
	public void setFocus() {
		if (viewer != null) {
			viewer.getControl().setFocus();
		}
	}

	public TreeViewer viewer() {
		return viewer;
	}

	void setSort(ContactsTree.Sort sort) {
		state.sort = sort;
		refresh();
	}

	ContactsTree.Sort sort() {
		return state.sort;
	}

	void showProblem(String message) {
		if (!status.isDisposed()) {
			status.setText(message);
			status.getParent().layout();
		}
	}

	/** Rebuilds the tree from the models now; on the UI thread. */
	public void refresh() {
		refreshPending.set(false);
		if (viewer.getControl().isDisposed()) {
			return;
		}
		int unread = runtime.client().unread().total();
		setPartName(unread == 0 ? NAME : NAME + " (" + unread + ")");
		List<ContactsTree.Group> groups = ContactsTree.build(runtime.client().contacts(), state.filter, state.sort,
				runtime.client().unread().snapshot(), state.directory, roomRows());
		Object[] expanded = viewer.getExpandedElements();
		viewer.getControl().setRedraw(false);
		try {
			viewer.setInput(groups);
			shown = groups;
			viewer.setExpandedElements(expanded);
			for (ContactsTree.Group group : groups) {
				if (group.kind() != ContactsTree.Group.Kind.OFFLINE || !state.filter.isBlank()) {
					viewer.setExpandedState(group, true);
				}
			}
		} finally {
			viewer.getControl().setRedraw(true);
		}
	}

	/**
	 * A room's people, topic or new messages changed: only the Group Chats rows are updated, since a busy room
	 * changes often and rebuilding a large roster for each message would cost the UI thread each time.
	 */
	private void refreshRoomsSoon() {
		if (roomsPending.compareAndSet(false, true) && !viewer.getControl().isDisposed()) {
			viewer.getControl().getDisplay().asyncExec(this::refreshRooms);
		}
	}

	private void refreshRooms() {
		roomsPending.set(false);
		if (viewer.getControl().isDisposed()) {
			return;
		}
		int unread = runtime.client().unread().total();
		setPartName(unread == 0 ? NAME : NAME + " (" + unread + ")");
		List<Object> rows = roomRows();
		ContactsTree.Group group = shown.stream().filter(g -> g.kind() == ContactsTree.Group.Kind.ROOMS).findFirst()
				.orElse(null);
		if (group == null || rows.isEmpty()) {
			refresh(); // the group comes or goes: the tree's shape changes
			return;
		}
		group.children().clear();
		group.children().addAll(rows);
		viewer.refresh(group, true);
	}

	private void refreshSoon() {
		if (refreshPending.compareAndSet(false, true) && !viewer.getControl().isDisposed()) {
			viewer.getControl().getDisplay().asyncExec(this::refresh);
		}
	}

	private void showStatusSoon(ConnectionStatus connection) {
		if (!status.isDisposed()) {
			status.getDisplay().asyncExec(() -> showStatus(connection));
		}
	}

	private void showStatus(ConnectionStatus connection) {
		if (status.isDisposed()) {
			return;
		}
		String text = switch (connection.state()) {
		case CONNECTED -> "";
		case CONNECTING -> "Signing in\u2026";
		case RECONNECTING -> "Connection lost; reconnecting\u2026 Messages you write are kept and sent when it is back.";
		case DISCONNECTED -> "Not signed in. Set up your account in Window > Preferences > Tact, then Sign In from the view menu.";
		case FAILED -> connection.untrustedCertificate() == null ? "Sign-in failed: " + connection.reason()
				: "Sign-in stopped: the server showed a certificate this computer does not trust. <a>Review certificate\u2026</a>";
		};
		status.setText(connection.untrustedCertificate() == null ? literal(text) : text);
		((GridDataFactory.fillDefaults().grab(true, false).indent(6, 0).exclude(text.isEmpty()))).applyTo(status);
		status.setVisible(!text.isEmpty());
		status.getParent().layout();
	}

	/** A Link reads "&" as a mnemonic and "<a" as a tag; a reason from the network is neither. */
	private static String literal(String text) {
		return text.replace("&", "&&").replace("<", "\u2039");
	}

	/** The certificate sign-in stopped at, shown again with the choice to trust it. */
	private void reviewCertificate() {
		CertificateInfo certificate = currentStatus().untrustedCertificate();
		if (certificate != null) {
			new CertificateTrustPrompt(runtime).review(status.getShell(), certificate);
		}
	}

	private ConnectionStatus currentStatus() {
		return runtime.client().connectionStatus();
	}

	/** Invitations waiting for an answer, then the rooms we are in, then private chats with their occupants. */
	private List<Object> roomRows() {
		GroupChats chats = runtime.client().groupChats();
		List<Object> rows = new ArrayList<>();
		for (RoomInvitation invitation : chats.invitations()) {
			rows.add(new ContactsTree.Invitation(invitation, runtime.client().contacts().nameOf(invitation.from())));
		}
		for (BareJid room : chats.rooms()) {
			rows.add(new ContactsTree.Room(room, chats.describe(room), chats.occupants(room).size(),
					runtime.client().unread().count(room)));
		}
		TactClient client = runtime.client();
		rows.addAll(ContactsTree.privateChats(client.conversations(), client.unread(), client::nameOf,
				chats::isJoined));
		return rows;
	}

	private IStructuredSelection selection() {
		return viewer.getStructuredSelection();
	}
}
