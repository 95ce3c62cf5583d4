package dev.tact.ui.internal.contacts;

import java.util.List;

import dev.tact.core.client.ContactsTree;
import dev.tact.core.port.DirectoryEntry;

/** What the Contacts view shows besides the model: the filter text, the order, directory results. UI thread only. */
final class ContactsState {
	String filter = "";
	ContactsTree.Sort sort = ContactsTree.Sort.AVAILABILITY;
	List<DirectoryEntry> directory = List.of();
}
