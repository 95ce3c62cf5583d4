package dev.tact.core.client;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import dev.tact.core.address.BareJid;
import dev.tact.core.address.ChatAddress;
import dev.tact.core.address.OccupantJid;
import dev.tact.core.contacts.Contact;
import dev.tact.core.contacts.RecentContacts;
import dev.tact.core.contacts.SubscriptionRequest;
import dev.tact.core.port.DirectoryEntry;
import dev.tact.core.port.RoomInvitation;
import dev.tact.core.presence.Availability;
import dev.tact.core.presence.Presence;

/**
 * A snapshot of the Contacts view's tree: pending add requests first, then group chats (invitations waiting for an
 * answer and the rooms we are in), then each group with its online members,
 * Recent Contacts, everyone offline in one collapsible group, and directory results while searching. Built off the
 * model in one pass so the viewer never reads a model that changes under it. Plain data: the Contacts view shows it.
 */
public final class ContactsTree {

	/** How contacts are ordered within a group. */
	public enum Sort {
		AVAILABILITY, NAME
	}

	/** A group row. {@code kind} says what it holds, so actions can tell a roster group from the others. */
	public record Group(String name, Kind kind, List<Object> children) {
		public enum Kind {
			REQUESTS, ROOMS, ROSTER, RECENT, OFFLINE, DIRECTORY
		}
	}

	/** An invitation into a group chat, with the inviter's name as the Contacts view knows them. */
	public record Invitation(RoomInvitation invitation, String inviterName) {
	}

	/** A group chat room we are in, with its name (topic or address), how many are there and how many new messages. */
	public record Room(BareJid room, String name, int occupants, int unseen) {
	}

	/** A private chat with a room's occupant that has messages, named as {@link TactClient#nameOf} names it. */
	public record PrivateChat(OccupantJid occupant, String name, int unread) {
	}

	/** A person under a group, with what the row shows. */
	public record Person(Contact contact, Presence presence, int unread, String group) {
	}

	public static final String UNGROUPED = "Contacts";
	public static final String RECENT = RecentContacts.GROUP_NAME;
	public static final String OFFLINE = "Offline";
	public static final String GROUP_CHATS = "Group Chats";

	private ContactsTree() {
	}

	/**
	 * The private chats with rooms' occupants that hold messages, by name: listed with the group chats, so one from
	 * a stranger (which only counts as unread, no popup) can be found and opened. Each is listed while we are in its
	 * room ({@code inRoom}), or while it has something unread.
	 */
	public static List<PrivateChat> privateChats(Conversations conversations, Unread unread,
			Function<ChatAddress, String> names, Predicate<BareJid> inRoom) {
		List<PrivateChat> chats = new ArrayList<>();
		for (ChatAddress address : conversations.addresses()) {
			if (address instanceof OccupantJid occupant && conversations.with(occupant).size() > 0
					&& (inRoom.test(occupant.room()) || unread.count(occupant) > 0)) {
				chats.add(new PrivateChat(occupant, names.apply(occupant), unread.count(occupant)));
			}
		}
		chats.sort(Comparator.comparing(PrivateChat::name).thenComparing(chat -> chat.occupant().toString()));
		return chats;
	}

	/**
	 * @param rooms the group chats row's children: {@link Invitation}s, {@link Room}s and {@link PrivateChat}s
	 */
	public static List<Group> build(ContactsModel model, String filter, Sort sort, Map<ChatAddress, Integer> unread,
			List<DirectoryEntry> directory, List<Object> rooms) {
		String needle = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
		List<Group> groups = new ArrayList<>();
		List<Object> requests = new ArrayList<>(model.pendingRequests().stream().filter(r -> matches(r, needle)).toList());
		if (!requests.isEmpty()) {
			groups.add(new Group("Add Requests (" + requests.size() + ")", Group.Kind.REQUESTS, requests));
		}
		if (!rooms.isEmpty()) {
			groups.add(new Group(GROUP_CHATS, Group.Kind.ROOMS, new ArrayList<>(rooms)));
		}
		List<Contact> contacts = model.contacts().stream().filter(c -> matches(c, needle)).toList();
		// One pass over the contacts, each one's best presence worked out once: a roster of 10,000 is rebuilt often
		Map<String, List<Person>> online = new LinkedHashMap<>();
		model.groups().forEach(name -> online.put(name, new ArrayList<>()));
		Map<BareJid, Contact> byJid = new HashMap<>();
		List<Object> offline = new ArrayList<>();
		for (Contact contact : contacts) {
			byJid.put(contact.jid(), contact);
			Presence presence = model.presenceOf(contact.jid());
			int unreadCount = unread.getOrDefault(contact.jid(), 0);
			if (presence.state().availability() == Availability.OFFLINE) {
				offline.add(new Person(contact, presence, unreadCount, OFFLINE));
			} else if (contact.groups().isEmpty()) {
				online.computeIfAbsent(UNGROUPED, name -> new ArrayList<>()).add(new Person(contact, presence, unreadCount, UNGROUPED));
			} else {
				for (String name : contact.groups()) {
					online.computeIfAbsent(name, n -> new ArrayList<>()).add(new Person(contact, presence, unreadCount, name));
				}
			}
		}
		if (contacts.stream().anyMatch(c -> c.groups().isEmpty())) {
			online.computeIfAbsent(UNGROUPED, name -> new ArrayList<>()); // listed last, even when all are offline
			online.put(UNGROUPED, online.remove(UNGROUPED));
		}
		online.forEach((name, people) -> {
			people.sort(ORDERS.get(sort));
			groups.add(new Group(name, Group.Kind.ROSTER, new ArrayList<>(people)));
		});
		List<Object> recent = new ArrayList<>();
		for (BareJid jid : model.recent()) {
			Contact contact = byJid.getOrDefault(jid,
					needle.isEmpty() || jid.toString().contains(needle) ? new Contact(jid, null, null) : null);
			if (contact != null) {
				recent.add(person(model, contact, unread, RECENT));
			}
		}
		if (!recent.isEmpty()) {
			groups.add(new Group(RECENT, Group.Kind.RECENT, recent));
		}
		offline.sort((a, b) -> ((Person) a).contact().name().compareToIgnoreCase(((Person) b).contact().name()));
		groups.add(new Group(OFFLINE + " (" + offline.size() + ")", Group.Kind.OFFLINE, offline));
		if (!directory.isEmpty()) {
			groups.add(new Group("Directory", Group.Kind.DIRECTORY, new ArrayList<>(directory)));
		}
		return groups;
	}


	private static Person person(ContactsModel model, Contact contact, Map<ChatAddress, Integer> unread, String group) {
		return new Person(contact, model.presenceOf(contact.jid()), unread.getOrDefault(contact.jid(), 0), group);
	}

	private static final Comparator<Person> BY_NAME = Comparator.comparing(p -> p.contact().name().toLowerCase(Locale.ROOT));
	private static final Map<Sort, Comparator<Person>> ORDERS = Map.of(Sort.NAME, BY_NAME, Sort.AVAILABILITY,
			Comparator.<Person>comparingInt(p -> p.presence().state().availability().ordinal()).thenComparing(BY_NAME));

	private static boolean matches(Contact contact, String needle) {
		return needle.isEmpty() || contact.name().toLowerCase(Locale.ROOT).contains(needle)
				|| contact.jid().toString().contains(needle);
	}

	private static boolean matches(SubscriptionRequest request, String needle) {
		return needle.isEmpty() || request.from().toString().contains(needle)
				|| (request.nickname() != null && request.nickname().toLowerCase(Locale.ROOT).contains(needle));
	}
}
