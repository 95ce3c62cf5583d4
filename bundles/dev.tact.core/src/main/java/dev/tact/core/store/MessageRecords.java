package dev.tact.core.store;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.Author;
import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.DeliveryState;
import dev.tact.core.chat.Direction;
import dev.tact.core.chat.MessageId;
import dev.tact.core.chat.OutgoingMessage;

/**
 * How messages are written to Tact's local files: a format number, then fields as length-prefixed UTF-8 strings,
 * longs and booleans. Reading checks every length, so a damaged or hostile file fails with an exception instead of
 * allocating what it claims.
 */
final class MessageRecords {

	/** Format 1: outgoing messages as session 1 wrote them. Format 2 adds whether a message waits for availability. */
	private static final int OUTGOING_V1 = 1;
	private static final int OUTGOING_V2 = 2;
	private static final int OUTGOING_V3 = 3;
	private static final int SHOWN_V1 = 1;
	private static final int MAX_STRING_BYTES = 16 * 1024 * 1024;

	private MessageRecords() {
	}

	static void writeOutgoing(DataOutputStream out, OutgoingMessage message) throws IOException {
		out.writeInt(OUTGOING_V3);
		writeString(out, message.id().value());
		writeString(out, message.to().toString());
		writeString(out, message.body());
		out.writeLong(message.createdAt().toEpochMilli());
		out.writeBoolean(message.groupChat());
		writeString(out, message.replaces() == null ? "" : message.replaces().value());
		out.writeBoolean(message.urgent());
		out.writeBoolean(message.heldForAvailability());
		writeString(out, message.from() == null ? "" : message.from().toString());
	}

	static OutgoingMessage readOutgoing(DataInputStream in) throws IOException {
		int format = in.readInt();
		if (format < OUTGOING_V1 || format > OUTGOING_V3) {
			throw new IOException("unknown outbox format " + format);
		}
		MessageId id = MessageId.of(readString(in));
		BareJid to = BareJid.parse(readString(in));
		String body = readString(in);
		Instant created = Instant.ofEpochMilli(in.readLong());
		boolean group = in.readBoolean();
		String replaces = readString(in);
		boolean urgent = in.readBoolean();
		boolean held = format >= OUTGOING_V2 && in.readBoolean();
		String from = format >= OUTGOING_V3 ? readString(in) : "";
		return new OutgoingMessage(id, to, body, created, group, replaces.isEmpty() ? null : MessageId.of(replaces),
				urgent, held, from.isEmpty() ? null : BareJid.parse(from));
	}

	/** A message as shown in a conversation, for the last page kept across restarts. */
	static void writeShown(DataOutputStream out, ChatMessage message) throws IOException {
		out.writeInt(SHOWN_V1);
		writeString(out, message.id().value());
		writeString(out, message.stanzaId() == null ? "" : message.stanzaId());
		writeString(out, message.author().jid() == null ? "" : message.author().jid().toString());
		writeString(out, message.author().nick());
		out.writeBoolean(message.isOutgoing());
		writeString(out, message.body());
		out.writeLong(message.timestamp().toEpochMilli());
		writeString(out, message.delivery().name());
		out.writeBoolean(message.edited());
	}

	static ChatMessage readShown(DataInputStream in) throws IOException {
		if (in.readInt() != SHOWN_V1) {
			throw new IOException("unknown history format");
		}
		MessageId id = MessageId.of(readString(in));
		String stanzaId = readString(in);
		String jid = readString(in);
		String nick = readString(in);
		Direction direction = in.readBoolean() ? Direction.OUTGOING : Direction.INCOMING;
		String body = readString(in);
		Instant at = Instant.ofEpochMilli(in.readLong());
		DeliveryState delivery = DeliveryState.valueOf(readString(in));
		boolean edited = in.readBoolean();
		Author author = new Author(jid.isEmpty() ? null : BareJid.parse(jid), nick);
		return new ChatMessage(id, stanzaId, author, direction, body, at, delivery, edited);
	}

	static void writeString(DataOutputStream out, String value) throws IOException {
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		out.writeInt(bytes.length);
		out.write(bytes);
	}

	static String readString(DataInputStream in) throws IOException {
		int length = in.readInt();
		if (length < 0 || length > MAX_STRING_BYTES) {
			throw new IOException("corrupt entry (a string of " + length + " bytes)");
		}
		byte[] bytes = in.readNBytes(length);
		if (bytes.length != length) {
			throw new IOException("truncated entry");
		}
		return new String(bytes, StandardCharsets.UTF_8);
	}
}
