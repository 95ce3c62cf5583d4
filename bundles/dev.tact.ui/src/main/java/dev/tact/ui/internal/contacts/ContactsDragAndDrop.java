package dev.tact.ui.internal.contacts;

import java.util.function.Consumer;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;

import dev.tact.core.client.ContactsTree;
import dev.tact.core.port.DirectoryEntry;
import dev.tact.ui.internal.jobs.NetworkJob;
import dev.tact.ui.internal.runtime.TactRuntime;

/**
 * Drag a person onto a group to move them there (or copy, from Recent Contacts or Offline), and drag a directory
 * result onto a group to add them to it, as the guide describes adding contacts.
 */
final class ContactsDragAndDrop {

	private ContactsDragAndDrop() {
	}

	static void install(TreeViewer viewer, TactRuntime runtime, Consumer<String> problems) {
		Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
		viewer.addDragSupport(DND.DROP_MOVE | DND.DROP_COPY, transfers, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				IStructuredSelection selection = viewer.getStructuredSelection();
				Object row = selection.getFirstElement();
				event.doit = row instanceof ContactsTree.Person || row instanceof DirectoryEntry;
				LocalSelectionTransfer.getTransfer().setSelection(selection);
			}
		});
		viewer.addDropSupport(DND.DROP_MOVE | DND.DROP_COPY, transfers, new ViewerDropAdapter(viewer) {
			@Override
			public boolean validateDrop(Object target, int operation, TransferData type) {
				return target instanceof ContactsTree.Group group && group.kind() == ContactsTree.Group.Kind.ROSTER
						&& !group.name().equals(ContactsTree.UNGROUPED);
			}

			@Override
			public boolean performDrop(Object data) {
				return ContactsDragAndDrop.drop(runtime, (ContactsTree.Group) getCurrentTarget(),
						LocalSelectionTransfer.getTransfer().getSelection(), problems);
			}
		});
	}

	/** Applies a drop of {@code dragged} rows onto {@code group}. */
	static boolean drop(TactRuntime runtime, ContactsTree.Group group, Object dragged, Consumer<String> problems) {
		if (!(dragged instanceof IStructuredSelection selection)) {
			return false;
		}
		for (Object row : selection) {
			if (row instanceof DirectoryEntry entry) {
				NetworkJob.schedule("Adding " + entry.jid(),
						() -> runtime.client().roster().add(entry.jid(), entry.name(), group.name()), problems);
			} else if (row instanceof ContactsTree.Person person) {
				boolean fromRosterGroup = !person.group().equals(ContactsTree.RECENT) && !person.group().equals(ContactsTree.OFFLINE)
						&& !person.group().equals(ContactsTree.UNGROUPED);
				NetworkJob.schedule("Moving " + person.contact().name(), () -> fromRosterGroup
						? runtime.client().roster().move(person.contact().jid(), person.group(), group.name())
						: runtime.client().roster().copy(person.contact().jid(), group.name()), problems);
			}
		}
		return true;
	}
}
