package cc.enet.mailbox.connector.james.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cc.enet.mailbox.cli.MailboxCommandLine;
import cc.enet.mailbox.connector.ConnectorFactory;
import cc.enet.mailbox.connector.james.JamesConnectorFactory;
import cc.enet.mailbox.core.credentials.CredentialStore;

/** ./mailbox run in-process, with the James connector and an in-memory credential store; keeps what it printed. */
final class Console {

	final Map<String, String> secrets = new HashMap<>();
	private String out = "";
	private String err = "";

	private final CredentialStore credentials = new CredentialStore() {
		@Override
		public synchronized void store(String account, char[] password) {
			secrets.put(account, new String(password));
		}

		@Override
		public synchronized Optional<char[]> load(String account) {
			return Optional.ofNullable(secrets.get(account)).map(String::toCharArray);
		}

		@Override
		public synchronized void remove(String account) {
			secrets.remove(account);
		}
	};

	int run(String... args) {
		ByteArrayOutputStream o = new ByteArrayOutputStream();
		ByteArrayOutputStream e = new ByteArrayOutputStream();
		ConnectorFactory james = new JamesConnectorFactory();
		int code = new MailboxCommandLine(credentials, kind -> kind.equals(james.kind()) ? Optional.of(james) : Optional.empty())
				.run(List.of(args), new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
		out = o.toString(StandardCharsets.UTF_8);
		err = e.toString(StandardCharsets.UTF_8);
		return code;
	}

	String out() {
		return out;
	}

	String err() {
		return err;
	}

	String both() {
		return out + err;
	}
}
