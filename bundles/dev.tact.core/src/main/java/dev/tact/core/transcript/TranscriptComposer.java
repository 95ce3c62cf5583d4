package dev.tact.core.transcript;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import dev.tact.core.address.ChatAddress;
import dev.tact.core.chat.Author;
import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.DeliveryState;
import dev.tact.core.chat.MessageId;
import dev.tact.core.files.SharedFile;
import dev.tact.core.text.DisplayText;
import dev.tact.core.transcript.MessageMarkup.Run;
import dev.tact.core.transcript.TranscriptDocument.Style;

/**
 * Lays out a page of messages: a day separator when the day changes, one header per run of consecutive messages from
 * one sender, each message followed by its time, its delivery ticks (own messages) and an "edited" mark.
 */
public final class TranscriptComposer {

	/** The link line at the top when older messages exist. */
	public static final String EARLIER = "\u2191 Load earlier messages";
	public static final String PENDING = "\u23F3";
	public static final String SENT = "\u2713";
	public static final String DELIVERED = "\u2713\u2713";
	public static final String READ = "\u2713\u2713 seen";
	public static final String NOT_DELIVERED = "\u2717 not delivered: the server closed the connection each time it went out";
	public static final String EDITED = "edited";
	/** Action targets of a queued message: the prefix, then its id. */
	public static final String SEND_NOW = "send-now:";
	public static final String CANCEL = "cancel:";
	/** Action target of a shared file: the prefix, then the message's id. */
	public static final String SAVE = "save:";
	/** Action target after the start of a long message: the prefix, then the message's id. */
	public static final String SHOW_ALL = "show-all:";
	private static final int FILE_NAME_SHOWN = 120;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH);

	private final ChatAddress peer;
	private final String peerName;
	private final ZoneId zone;
	private final Predicate<String> knownFile;

	/**
	 * @param knownFile whether a path from a {@code path:line} reference names a file the user has; only those
	 *            become links, so {@code example.org:8080} stays text
	 */
	public TranscriptComposer(ChatAddress peer, String peerName, ZoneId zone, Predicate<String> knownFile) {
		this.peer = Objects.requireNonNull(peer, "peer");
		this.peerName = peerName;
		this.zone = zone;
		this.knownFile = knownFile;
	}

	public TranscriptDocument compose(List<ChatMessage> messages, boolean hasEarlier, LocalDate today) {
		return compose(messages, hasEarlier, today, Set.of());
	}

	/**
	 * Lays out {@code messages}; those in {@code queued} wait until the peer is available ("Send later") and say so,
	 * with "Send now" and "Cancel" next to them.
	 */
	public TranscriptDocument compose(List<ChatMessage> messages, boolean hasEarlier, LocalDate today,
			Set<MessageId> queued) {
		return compose(messages, hasEarlier, today, queued, Set.of());
	}

	/**
	 * As {@link #compose(List, boolean, LocalDate, Set)}; a long message shows its start ({@link MessageExcerpt})
	 * and a "Show all" action, unless it is in {@code expanded}.
	 */
	public TranscriptDocument compose(List<ChatMessage> messages, boolean hasEarlier, LocalDate today,
			Set<MessageId> queued, Set<MessageId> expanded) {
		TranscriptDocument doc = new TranscriptDocument();
		if (hasEarlier) {
			doc.append(EARLIER, Style.EARLIER).append("\n");
		}
		LocalDate day = null;
		String sender = null;
		for (ChatMessage message : messages) {
			LocalDate messageDay = message.timestamp().atZone(zone).toLocalDate();
			if (!messageDay.equals(day)) {
				doc.lineBreak().append("\u2014\u2014 " + dayLabel(messageDay, today) + " \u2014\u2014", Style.DAY)
						.append("\n");
				day = messageDay;
				sender = null;
			}
			String name = senderName(message);
			if (!name.equals(sender)) {
				doc.lineBreak().append(name, message.isOutgoing() ? Style.OWN_SENDER : Style.SENDER).append("\n");
				sender = name;
			}
			body(doc, message, queued.contains(message.id()), expanded.contains(message.id()));
		}
		return doc;
	}

	/** The longest a sender's name is shown in the transcript and the typing line. */
	private static final int NAME_SHOWN = 64;

	/** What the header of a message says: "You", the peer's name, or the occupant's nick. */
	public String senderName(ChatMessage message) {
		if (message.isOutgoing()) {
			return "You";
		}
		return nameOf(message.author());
	}

	/** How the transcript and the typing line call {@code author}. */
	public String nameOf(Author author) {
		return DisplayText.line(peer.equals(author.jid()) && author.nick().isEmpty() ? peerName : author.displayName(), NAME_SHOWN);
	}

	/** "Dana is typing…", "Dana and Fox are typing…", or empty when nobody is. */
	public String typingLine(List<Author> typing) {
		return switch (typing.size()) {
			case 0 -> "";
			case 1 -> nameOf(typing.get(0)) + " is typing\u2026";
			case 2 -> nameOf(typing.get(0)) + " and " + nameOf(typing.get(1)) + " are typing\u2026";
			default -> "Several people are typing\u2026";
		};
	}

	public static String ticks(DeliveryState state) {
		return switch (state) {
			case PENDING -> PENDING;
			case SENT -> SENT;
			case DELIVERED -> DELIVERED;
			case READ -> READ;
			case NOT_DELIVERED -> NOT_DELIVERED;
		};
	}

	private void body(TranscriptDocument doc, ChatMessage message, boolean waiting, boolean whole) {
		Optional<SharedFile> file = SharedFile.in(message.body());
		boolean cut = file.isEmpty() && !whole && MessageExcerpt.isLong(message.body());
		if (file.isPresent()) {
			doc.append("\uD83D\uDCCE ").append(DisplayText.line(file.get().name(), FILE_NAME_SHOWN), Style.FILE_NAME)
					.append("  ").append("Save As\u2026", Style.ACTION, SAVE + message.id().value());
		}
		String shown = DisplayText.body(cut ? MessageExcerpt.of(message.body()) : message.body());
		for (Run run : file.isPresent() ? List.<Run>of() : MessageMarkup.parse(shown)) {
			switch (run.kind()) {
				case TEXT -> doc.append(run.text());
				case INLINE_CODE -> doc.append(run.text(), Style.INLINE_CODE);
				case LINK -> doc.append(run.text(), Style.LINK, run.target());
				case FILE_LINK -> {
					if (knownFile.test(run.target().substring(0, run.target().lastIndexOf(':')))) {
						doc.append(run.text(), Style.FILE_LINK, run.target());
					} else {
						doc.append(run.text());
					}
				}
				case CODE_BLOCK -> doc.lineBreak().append(run.text(), Style.CODE_BLOCK).append("\n");
			}
		}
		if (cut) {
			doc.append("\u2026").lineBreak().append(MessageExcerpt.showAllLabel(message.body()), Style.ACTION,
					SHOW_ALL + message.id().value());
		}
		doc.append("  ").append(TIME.format(message.timestamp().atZone(zone)), Style.TIME);
		if (waiting) {
			doc.append(" ").append("queued until " + peerName + " is available", Style.NOTE).append("  ")
					.append("Send now", Style.ACTION, SEND_NOW + message.id().value()).append(" \u00B7 ")
					.append("Cancel", Style.ACTION, CANCEL + message.id().value());
		} else if (message.isOutgoing()) {
			DeliveryState state = message.delivery();
			doc.append(" ").append(ticks(state), state == DeliveryState.READ ? Style.READ_TICK : Style.TICK);
		}
		if (message.edited()) {
			doc.append(" ").append(EDITED, Style.EDITED);
		}
		doc.append("\n");
	}

	private static String dayLabel(LocalDate day, LocalDate today) {
		if (day.equals(today)) {
			return "Today";
		}
		if (day.equals(today.minusDays(1))) {
			return "Yesterday";
		}
		return DAY.format(day);
	}
}
