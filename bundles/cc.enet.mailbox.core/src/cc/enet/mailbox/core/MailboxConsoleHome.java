package cc.enet.mailbox.core;

import java.nio.file.Path;

/**
 * The product's own folder (secure storage, demo workspace, demo server, logs): the system property
 * {@code mailbox.console.home}, else the environment variable {@code MAILBOX_CONSOLE_HOME}, else
 * {@code ~/.mailbox-console}. Every part of the product asks here, so one setting moves all of it.
 */
public final class MailboxConsoleHome {

	public static final String PROPERTY = "mailbox.console.home";
	public static final String VARIABLE = "MAILBOX_CONSOLE_HOME";

	private MailboxConsoleHome() {
	}

	public static Path folder() {
		String configured = System.getProperty(PROPERTY);
		if (configured == null || configured.isBlank()) {
			configured = System.getenv(VARIABLE);
		}
		return configured != null && !configured.isBlank() ? Path.of(configured)
				: Path.of(System.getProperty("user.home"), ".mailbox-console");
	}
}
