package cc.enet.mailbox.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cc.enet.mailbox.cli.MailboxCommandLine;
import cc.enet.mailbox.core.credentials.SessionCredentialStore;

/** Runs ./mailbox in-process and keeps what it printed, in the page-object style of the UI tests. */
final class CommandLineRunner {

	private String out;
	private String err;

	final SessionCredentialStore credentials = new SessionCredentialStore();

	int run(String... args) {
		ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
		ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
		int code = new MailboxCommandLine(credentials).run(List.of(args),
				new PrintStream(outBytes, true, StandardCharsets.UTF_8), new PrintStream(errBytes, true, StandardCharsets.UTF_8));
		out = outBytes.toString(StandardCharsets.UTF_8);
		err = errBytes.toString(StandardCharsets.UTF_8);
		return code;
	}

	String out() {
		return out;
	}

	String err() {
		return err;
	}
}
