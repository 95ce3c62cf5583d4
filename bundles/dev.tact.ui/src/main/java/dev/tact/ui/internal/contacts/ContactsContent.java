package dev.tact.ui.internal.contacts;

import dev.tact.core.client.ContactsTree;

import java.util.List;
import java.util.Objects;

import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.ITreeContentProvider;

/** Serves a {@link ContactsTree} snapshot to the tree viewer. */
final class ContactsContent implements ITreeContentProvider {

	@Override
	public Object[] getElements(Object input) {
		return input instanceof List<?> groups ? groups.toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		return parent instanceof ContactsTree.Group group ? group.children().toArray() : new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof ContactsTree.Group group && !group.children().isEmpty();
	}

	/**
	 * Rows are new objects in every snapshot; this tells the viewer which row is "the same" as before, so expansion
	 * and selection survive a refresh: a group by its kind and name (counts aside), a person by address and group.
	 */
	static final class RowComparer implements IElementComparer {
		@Override
		public boolean equals(Object a, Object b) {
			return Objects.equals(key(a), key(b));
		}

		@Override
		public int hashCode(Object element) {
			return Objects.hashCode(key(element));
		}

		private static Object key(Object row) {
			if (row instanceof ContactsTree.Group group) {
				return group.kind() + ":" + group.name().replaceAll(" \\(\\d+\\)$", "");
			}
			if (row instanceof ContactsTree.Person person) {
				return person.group() + "/" + person.contact().jid();
			}
			return row;
		}
	}
}
