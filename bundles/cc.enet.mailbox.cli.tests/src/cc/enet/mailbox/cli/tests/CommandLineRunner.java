package cc.enet.mailbox.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cc.enet.mailbox.cli.MailboxCommandLine;
import cc.enet.mailbox.core.credentials.CredentialStore;

/** Runs ./mailbox in-process and keeps what it printed, in the page-object style of the UI tests. */
final class CommandLineRunner {

	final Map<String, String> passwords = new HashMap<>();
	private String out;
	private String err;

	private final CredentialStore credentials = new CredentialStore() {
		@Override
		public void store(String account, char[] password) {
			passwords.put(account, new String(password));
		}

		@Override
		public Optional<char[]> load(String account) {
			return Optional.ofNullable(passwords.get(account)).map(String::toCharArray);
		}

		@Override
		public void remove(String account) {
			passwords.remove(account);
		}
	};

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
