package dev.tact.ui.internal.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;

import dev.tact.core.client.ContactsTree;
import dev.tact.core.address.BareJid;
import dev.tact.core.client.TactClient;
import dev.tact.core.contacts.Contact;
import dev.tact.core.contacts.SubscriptionAnswer;
import dev.tact.core.contacts.SubscriptionRequest;
import dev.tact.core.port.DirectoryEntry;
import dev.tact.core.presence.PresenceState;
import dev.tact.ui.internal.chat.ChatEditors;
import dev.tact.ui.internal.jobs.NetworkJob;
import dev.tact.ui.internal.rooms.GroupChatActions;
import dev.tact.ui.internal.runtime.TactRuntime;

/** The Contacts view's context menu, view menu and double-click; each action schedules work, none waits for it. */
final class ContactsActions {

	private final ContactsView view;
	private final TactRuntime runtime;

	ContactsActions(ContactsView view, TactRuntime runtime) {
		this.view = view;
		this.runtime = runtime;
	}

	void fill(IMenuManager menu, IStructuredSelection selection) {
		Object row = selection.getFirstElement();
		TactClient client = runtime.client();
		if (row instanceof ContactsTree.Person person) {
			BareJid jid = person.contact().jid();
			menu.add(action("&Chat", () -> open(selection)));
			List<Contact> people = people(selection);
			if (!people.isEmpty()) {
				menu.add(action("Start &Group Chat\u2026", () -> GroupChatActions.start(shell(), page(), people, view::showProblem)));
			}
			if (selection.size() == 1 && !client.groupChats().rooms().isEmpty()) {
				menu.add(inviteMenu(person.contact()));
			}
			if (person.presence().state() != PresenceState.AVAILABLE && !client.contacts().isWatched(jid)) {
				menu.add(action("&Tell Me When Available", () -> client.contacts().watch(jid)));
			}
			if (!person.group().equals(ContactsTree.RECENT) && !person.group().equals(ContactsTree.OFFLINE)) {
				menu.add(groupMenu("&Move to Group", person.group(), to -> client.roster().move(jid, person.group(), to)));
			}
			menu.add(groupMenu("C&opy to Group", null, to -> client.roster().copy(jid, to)));
			menu.add(action("&Profile\u2026", () -> new ProfileDialog(shell(), jid, person.contact().name()).open()));
			menu.add(new Separator());
			menu.add(action("&Remove from Contacts\u2026", () -> remove(person)));
		} else if (row instanceof SubscriptionRequest request) {
			menu.add(action("&Add Back", () -> answer(request, SubscriptionAnswer.ADD_BACK)));
			menu.add(action("A&ccept Only", () -> answer(request, SubscriptionAnswer.ACCEPT_ONLY)));
			menu.add(action("&Decline Gently", () -> answer(request, SubscriptionAnswer.DECLINE)));
		} else if (row instanceof ContactsTree.Invitation invitation) {
			BareJid room = invitation.invitation().room();
			menu.add(action("&Join", () -> GroupChatActions.join(page(), room, view::showProblem)));
			menu.add(action("&Decline", () -> GroupChatActions.decline(room)));
		} else if (row instanceof ContactsTree.Room room) {
			menu.add(action("&Open", () -> GroupChatActions.open(page(), room.room())));
			menu.add(action("&Leave", () -> network("Leaving " + room.name(), () -> client.groupChats().leave(room.room()))));
		} else if (row instanceof ContactsTree.PrivateChat) {
			menu.add(action("&Chat", () -> open(selection)));
		} else if (row instanceof DirectoryEntry entry) {
			menu.add(action("&Add to Contacts\u2026", () -> addContact(entry.jid().toString())));
		} else if (row instanceof ContactsTree.Group group && group.kind() == ContactsTree.Group.Kind.ROSTER
				&& !group.name().equals(ContactsTree.UNGROUPED)) {
			menu.add(action("Re&name Group\u2026", () -> renameGroup(group.name())));
			menu.add(action("&Delete Group", () -> network("Deleting group " + group.name(),
					() -> client.roster().deleteGroup(group.name()))));
		}
		menu.add(new Separator());
		menu.add(action("Add &Contact\u2026", () -> addContact(null)));
		menu.add(action("New &Group\u2026", this::newGroup));
	}

	void fillViewMenu(IMenuManager menu) {
		menu.add(sortAction("Sort by &Availability", ContactsTree.Sort.AVAILABILITY));
		menu.add(sortAction("Sort by &Name", ContactsTree.Sort.NAME));
		menu.add(new Separator());
		menu.add(action("Add &Contact\u2026", () -> addContact(null)));
		menu.add(new Separator());
		menu.add(action("Sign &In", runtime.account()::signIn));
		menu.add(action("Sign &Out", runtime.account()::signOut));
	}

	/** Double-click: answer a request, add a directory result, or open the conversation with a person. */
	void open(IStructuredSelection selection) {
		Object row = selection.getFirstElement();
		if (row instanceof SubscriptionRequest request) {
			AddRequestDialog.ask(shell(), request, runtime.client().etiquette().adviseOnAddRequest())
					.ifPresent(answer -> answer(request, answer));
		} else if (row instanceof DirectoryEntry entry) {
			addContact(entry.jid().toString());
		} else if (row instanceof ContactsTree.Invitation invitation) {
			GroupChatActions.join(page(), invitation.invitation().room(), view::showProblem);
		} else if (row instanceof ContactsTree.Room room) {
			GroupChatActions.open(page(), room.room());
		} else if (row instanceof ContactsTree.PrivateChat chat) {
			runtime.client().unread().markRead(chat.occupant());
			ChatEditors.open(view.getSite().getPage(), chat.occupant(), chat.name());
		} else if (row instanceof ContactsTree.Person person) {
			runtime.client().unread().markRead(person.contact().jid());
			ChatEditors.open(view.getSite().getPage(), person.contact().jid(), person.contact().name());
		} else if (row instanceof ContactsTree.Group group) {
			view.viewer().setExpandedState(group, !view.viewer().getExpandedState(group));
		}
	}

	private void answer(SubscriptionRequest request, SubscriptionAnswer answer) {
		network("Answering " + request.from(), () -> runtime.client().answer(request.from(), answer));
	}

	private void addContact(String jid) {
		AddContactDialog dialog = new AddContactDialog(shell(), runtime.client().contacts().groups(), jid,
				runtime.client().etiquette().adviseOnAddingContact());
		if (dialog.open() == Window.OK) {
			AddContactDialog.Result result = dialog.result();
			network("Adding " + result.jid(), () -> runtime.client().roster().add(result.jid(), result.name(), result.group()));
		}
	}

	private void remove(ContactsTree.Person person) {
		if (MessageDialog.openConfirm(shell(), "Remove Contact",
				"Remove " + person.contact().name() + " from your contacts? You will no longer see their presence.")) {
			network("Removing " + person.contact().jid(), () -> runtime.client().roster().remove(person.contact().jid()));
		}
	}

	private void renameGroup(String oldName) {
		InputDialog dialog = new InputDialog(shell(), "Rename Group", "New name of the group '" + oldName + "':", oldName,
				ContactsActions::validGroupName);
		if (dialog.open() == Window.OK) {
			network("Renaming group " + oldName, () -> runtime.client().roster().renameGroup(oldName, dialog.getValue().strip()));
		}
	}

	private void newGroup() {
		InputDialog dialog = new InputDialog(shell(), "New Group", "Name of the new group:", "", ContactsActions::validGroupName);
		if (dialog.open() == Window.OK) {
			runtime.client().roster().createGroup(dialog.getValue().strip());
			view.refresh();
		}
	}

	private IMenuManager groupMenu(String text, String except, Function<String, CompletableFuture<Void>> apply) {
		MenuManager sub = new MenuManager(text);
		List<String> groups = runtime.client().contacts().groups();
		for (String group : groups) {
			if (!group.equals(except)) {
				sub.add(action(group, () -> network(text.replace("&", "") + " " + group, () -> apply.apply(group))));
			}
		}
		return sub;
	}

	private IAction sortAction(String text, ContactsTree.Sort sort) {
		Action action = new Action(text, IAction.AS_RADIO_BUTTON) {
			@Override
			public void run() {
				if (isChecked()) {
					view.setSort(sort);
				}
			}
		};
		action.setChecked(view.sort() == sort);
		return action;
	}

	private void network(String name, Supplier<CompletableFuture<?>> operation) {
		NetworkJob.schedule(name, operation, view::showProblem);
	}

	/** The people selected, when every selected row is a person (the same person once). */
	private static List<Contact> people(IStructuredSelection selection) {
		List<Contact> people = new ArrayList<>();
		for (Object row : selection.toList()) {
			if (!(row instanceof ContactsTree.Person person)) {
				return List.of();
			}
			if (people.stream().noneMatch(c -> c.jid().equals(person.contact().jid()))) {
				people.add(person.contact());
			}
		}
		return people;
	}

	private IMenuManager inviteMenu(Contact contact) {
		MenuManager sub = new MenuManager("&Invite to Group Chat");
		for (BareJid room : runtime.client().groupChats().rooms()) {
			String name = runtime.client().groupChats().describe(room);
			sub.add(action(name, () -> GroupChatActions.invite(shell(), room, contact.jid(), contact.name())));
		}
		return sub;
	}

	private IWorkbenchPage page() {
		return view.getSite().getPage();
	}

	private Shell shell() {
		return view.getSite().getShell();
	}

	private static String validGroupName(String name) {
		String stripped = name.strip();
		if (stripped.isEmpty()) {
			return "A group needs a name.";
		}
		if (stripped.equals(ContactsTree.RECENT) || stripped.equals(ContactsTree.OFFLINE)) {
			return "'" + stripped + "' is kept by Tact; choose another name.";
		}
		return null;
	}

	private static IAction action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}
}
