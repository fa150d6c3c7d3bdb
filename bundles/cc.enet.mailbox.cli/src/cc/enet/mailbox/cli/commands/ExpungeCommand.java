package cc.enet.mailbox.cli.commands;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.Retention;
import cc.enet.mailbox.cli.internal.Arguments;
import cc.enet.mailbox.cli.internal.Console;
import cc.enet.mailbox.cli.internal.UsageException;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.ConnectorRegistry;
import cc.enet.mailbox.connector.apply.AuditLog;
import cc.enet.mailbox.connector.session.ServerSessions;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.store.MailboxWorkspace;

/**
 * mailbox expunge WORKSPACE --server NAME [--dry-run]: on a server that can, removes from each INBOX whose retention is
 * "leave a copy on the server, delete after N days" the mail a client retrieved N days ago or more, as the mail
 * client's own setting would; mail no client has retrieved stays, however old. It says first how many messages of
 * how many mailboxes it removes ({@code --dry-run}: only that). Run it daily (cron). Every removal is in the audit log.
 */
public final class ExpungeCommand implements CliCommand {

	private final ConnectorRegistry connectors;
	private final CredentialStore credentials;
	private final Clock clock;

	public ExpungeCommand(ConnectorRegistry connectors, CredentialStore credentials, Clock clock) {
		this.connectors = connectors;
		this.credentials = credentials;
		this.clock = clock;
	}

	/** One mailbox's mail to remove: retrieved before {@code cutoff}, its retention days ago. */
	private record Selected(String address, int days, Instant cutoff, List<Long> uids) {
		String change() {
			return "expunge " + uids.size() + " retrieved messages of " + address + " retrieved before " + cutoff
					+ " (retention " + days + " days)";
		}
	}

	@Override
	public String name() {
		return "expunge";
	}

	@Override
	public Set<String> options() {
		return Set.of("server");
	}

	@Override
	public Set<String> flags() {
		return Set.of("ask-secret", "dry-run");
	}

	/** It appends to the workspace's audit log, whose hash chain allows one writer; a dry run writes nothing. */
	@Override
	public String writes(Arguments arguments) {
		return arguments.flag("dry-run") || arguments.positional().size() != 1 ? null : arguments.positional().get(0);
	}

	@Override
	public int run(Arguments arguments, Console console) throws UsageException {
		MailboxWorkspace workspace = WorkspaceArgument.openOnly(arguments, console.text());
		MailServer server = ServerAccess.find(workspace, arguments.option("server"), console.text());
		try (ServerSessions.Session session = ServerAccess.open(server, connectors, credentials, arguments.flag("ask-secret"), console)) {
			Connector connector = session.connector();
			if (!connector.canExpunge()) {
				console.err().println(console.text().get("expunge.unsupported", server.getName()));
				return 1;
			}
			List<Selected> selected = new ArrayList<>();
			int failed = select(workspace, connector, selected, console);
			long messages = selected.stream().mapToLong(s -> s.uids().size()).sum();
			console.out().println(console.text().get("expunge.intent", server.getName(), String.valueOf(messages),
					String.valueOf(selected.size())));
			for (Selected mailbox : selected) {
				console.out().println(console.text().get("expunge.candidate", mailbox.address(),
						String.valueOf(mailbox.uids().size()), String.valueOf(mailbox.days())));
			}
			if (arguments.flag("dry-run")) {
				console.out().println(console.text().get("expunge.dryRun"));
				return failed == 0 ? 0 : 1;
			}
			failed += remove(selected, messages, server, new AuditLog(workspace.folder()).context(server.getUrl(), null), connector,
					console);
			return failed == 0 ? 0 : 1;
		} catch (ConnectorException e) {
			console.err().println(ServerAccess.describe(e, console.text()));
			return ServerAccess.SERVER_UNAVAILABLE;
		} catch (IOException e) {
			throw new UsageException(console.text().get("error.io", e.getMessage()));
		}
	}

	/** Asks the server which mail of each retaining mailbox qualifies; returns how many mailboxes it could not ask. */
	private int select(MailboxWorkspace workspace, Connector connector, List<Selected> selected, Console console)
			throws ConnectorException {
		Instant now = clock.instant();
		int failed = 0;
		for (Mailbox mailbox : workspace.root().getCustomers().stream().flatMap(c -> c.getDomains().stream())
				.flatMap(d -> d.getMailboxes().stream()).toList()) {
			if (mailbox.isMarkedForRemoval() || mailbox.getRetention() != Retention.LEAVE_DAYS || mailbox.getRetentionDays() <= 0) {
				continue;
			}
			Instant cutoff = now.minus(Duration.ofDays(mailbox.getRetentionDays()));
			try {
				List<Long> uids = connector.retrievedMail(mailbox.getAddress(), cutoff);
				if (!uids.isEmpty()) {
					selected.add(new Selected(mailbox.getAddress(), mailbox.getRetentionDays(), cutoff, uids));
				}
			} catch (ConnectorException e) {
				if (e.isServerWide()) {
					throw e;
				}
				console.err().println(console.text().get("expunge.failed", mailbox.getAddress(), e.getMessage(console.text().locale())));
				failed++;
			}
		}
		return failed;
	}

	/** Removes the selected mail, each mailbox between an intent and a result line; returns how many failed. */
	private int remove(List<Selected> selected, long messages, MailServer server, AuditLog audit, Connector connector,
			Console console) throws IOException, ConnectorException {
		String all = "expunge " + messages + " retrieved messages of " + selected.size() + " mailboxes";
		audit.intent(server.getName(), all);
		int done = 0;
		int failed = 0;
		long removed = 0;
		try {
			for (Selected mailbox : selected) {
				audit.intent(server.getName(), mailbox.change());
				try {
					int gone = connector.expunge(mailbox.address(), mailbox.cutoff(), mailbox.uids());
					audit.record(server.getName(), mailbox.change(), "done", gone + " removed");
					console.out().println(console.text().get("expunge.mailbox", mailbox.address(), String.valueOf(gone)));
					removed += gone;
					done++;
				} catch (ConnectorException e) {
					audit.record(server.getName(), mailbox.change(), "failed", e.getMessage());
					if (e.isServerWide()) {
						throw e;
					}
					console.err().println(console.text().get("expunge.failed", mailbox.address(), e.getMessage(console.text().locale())));
					failed++;
				}
			}
		} finally {
			audit.record(server.getName(), all, failed == 0 && done == selected.size() ? "done" : "failed",
					removed + " removed from " + done + " mailboxes, " + failed + " failed");
		}
		console.out().println(console.text().get("expunge.report", server.getName(), String.valueOf(removed), String.valueOf(done),
				String.valueOf(failed)));
		return failed;
	}
}
