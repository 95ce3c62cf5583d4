package dev.tact.core.presence;

/** Hears every real change of the effective presence decided by a {@link PresenceArbiter}, once per change. */
@FunctionalInterface
public interface EffectivePresenceListener {

	void effectivePresenceChanged(Presence previous, Presence current);
}
