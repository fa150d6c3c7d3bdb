package cc.enet.mailbox.test.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import cc.enet.mailbox.cli.MailboxCommandLine;
import cc.enet.mailbox.connector.ConnectorFactory;
import cc.enet.mailbox.connector.ConnectorRegistry;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.credentials.SessionCredentialStore;

/** ./mailbox run in-process with the given connectors and an in-memory credential store; keeps what it printed. */
public final class MailboxCli {

	/** The secure storage of this ./mailbox: what `server secret` and import store lives here for the test. */
	public final SessionCredentialStore credentials = new SessionCredentialStore();
	private final ConnectorRegistry connectors;
	private Clock clock = Clock.systemUTC();
	private String out = "";
	private String err = "";

	private final CredentialStore store;

	public MailboxCli(ConnectorFactory... connectors) {
		this.connectors = ConnectorRegistry.of(connectors);
		this.store = credentials;
	}

	/** A ./mailbox whose secure storage is {@code store} (the product's real one, for the scale suite). */
	public MailboxCli(CredentialStore store, ConnectorFactory... connectors) {
		this.connectors = ConnectorRegistry.of(connectors);
		this.store = store;
	}

	/** What "now" is for the commands that count days (expunge): a test moves it instead of ageing the mail. */
	public MailboxCli at(Clock now) {
		this.clock = now;
		return this;
	}

	/** The exit code; the output is kept for {@link #out()} and {@link #err()}. */
	public int run(String... args) {
		ByteArrayOutputStream o = new ByteArrayOutputStream();
		ByteArrayOutputStream e = new ByteArrayOutputStream();
		int code = new MailboxCommandLine(store, connectors, clock).run(List.of(args),
				new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
		out = o.toString(StandardCharsets.UTF_8);
		err = e.toString(StandardCharsets.UTF_8);
		return code;
	}

	public String out() {
		return out;
	}

	public String err() {
		return err;
	}

	public String both() {
		return out + err;
	}

	/**
	 * Imports a domain CSV with the POP3 and SMTP hosts Enet would have notified: a domain made from a mailbox CSV has
	 * none (rule endpoint.host), and apply refuses a workspace with rule errors.
	 */
	public void importNotifiedHosts(Path workspace, String... domains) throws IOException {
		StringBuilder rows = new StringBuilder("domain,pop3_host,smtp_host\n");
		for (String domain : domains) {
			rows.append(domain).append(",pop3.hetemail.jp,smtp.hetemail.jp\n");
		}
		Path csv = Files.createTempFile("domains", ".csv");
		try {
			Files.writeString(csv, rows);
			assertEquals(0, run("import", csv.toString(), "--into", workspace.toString()), both());
		} finally {
			Files.delete(csv);
		}
	}
}
