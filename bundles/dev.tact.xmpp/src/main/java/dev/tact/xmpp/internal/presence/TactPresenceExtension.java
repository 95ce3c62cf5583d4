package dev.tact.xmpp.internal.presence;

import java.time.Instant;

import javax.xml.namespace.QName;

import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.util.XmlStringBuilder;

/**
 * Tact's presence extension, {@code <tact xmlns="urn:dev.tact:presence:0" state="focusing" activity="focus"
 * until="2026-11-25T10:45:00Z"/>}: the exact Tact state for Tact peers, while standard clients read {@code show} and
 * status. Every attribute is optional and read as a raw string; core interprets them.
 */
public final class TactPresenceExtension implements ExtensionElement {

	public static final String ELEMENT = "tact";
	public static final String NAMESPACE = "urn:dev.tact:presence:0";
	public static final QName QNAME = new QName(NAMESPACE, ELEMENT);

	private final String state;
	private final String activity;
	private final Instant until;

	public TactPresenceExtension(String state, String activity, Instant until) {
		this.state = state;
		this.activity = activity;
		this.until = until;
	}

	public String state() {
		return state;
	}

	public String activity() {
		return activity;
	}

	public Instant until() {
		return until;
	}

	@Override
	public String getElementName() {
		return ELEMENT;
	}

	@Override
	public String getNamespace() {
		return NAMESPACE;
	}

	@Override
	public XmlStringBuilder toXML(XmlEnvironment enclosingNamespace) {
		XmlStringBuilder xml = new XmlStringBuilder(this, enclosingNamespace);
		xml.optAttribute("state", state);
		xml.optAttribute("activity", activity);
		xml.optAttribute("until", until == null ? null : until.toString());
		xml.closeEmptyElement();
		return xml;
	}
}
