package cc.enet.mailbox.connector.dovecot;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import cc.enet.mailbox.cli.MailboxCommandLine;
import cc.enet.mailbox.connector.ConnectorFactory;
import cc.enet.mailbox.core.credentials.SessionCredentialStore;

/** ./mailbox run in-process, with the dovecot connector and an in-memory credential store; keeps what it printed. */
final class Console {

	private String out = "";
	private String err = "";

	final SessionCredentialStore credentials = new SessionCredentialStore();

	int run(String... args) {
		ByteArrayOutputStream o = new ByteArrayOutputStream();
		ByteArrayOutputStream e = new ByteArrayOutputStream();
		ConnectorFactory dovecot = new DovecotConnectorFactory();
		int code = new MailboxCommandLine(credentials, kind -> kind.equals(dovecot.kind()) ? Optional.of(dovecot) : Optional.empty())
				.run(List.of(args), new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
		out = o.toString(StandardCharsets.UTF_8);
		err = e.toString(StandardCharsets.UTF_8);
		return code;
	}

	String out() {
		return out;
	}

	String both() {
		return out + err;
	}
}
