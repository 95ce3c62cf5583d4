package dev.tact.tests.harness;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The test class's server plays a hostile or careless one that relays stanzas of up to {@link #BYTES} bytes to its
 * clients. Every other test runs its server at the stanza size limit it ships with (256 KiB on Prosody and in
 * ejabberd's packaged configuration), as users meet it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RelaysLargeStanzas {

	/** The stanza size limit of such a server. */
	int BYTES = 4 * 1024 * 1024;
}
