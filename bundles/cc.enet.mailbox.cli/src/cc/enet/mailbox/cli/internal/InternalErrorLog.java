package cc.enet.mailbox.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

import cc.enet.mailbox.core.MailboxConsoleHome;

/**
 * Where an unexpected error's details go: a log file in the product's home ({@code logs/mailbox-cli.log}), so the
 * user sees one line and the path, and a bug report still gets the whole stack trace.
 */
public final class InternalErrorLog {

	private InternalErrorLog() {
	}

	/** Appends the failure with its stack trace; returns the log file, or null if even that cannot be written. */
	public static Path record(Throwable failure, List<String> commandLine) {
		Path file = MailboxConsoleHome.folder().resolve("logs").resolve("mailbox-cli.log");
		StringWriter trace = new StringWriter();
		failure.printStackTrace(new PrintWriter(trace));
		String entry = Instant.now() + " pid " + ProcessHandle.current().pid() + " command " + commandName(commandLine)
				+ "\n" + trace + "\n";
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			return file;
		} catch (IOException e) {
			return null;
		}
	}

	/** Only the command's name: its arguments may hold a path the user would rather not see in a shared log. */
	private static String commandName(List<String> commandLine) {
		return commandLine.isEmpty() ? "-" : commandLine.get(0);
	}
}
