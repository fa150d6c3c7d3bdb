package cc.enet.mailbox.cli.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.cli.internal.Arguments;
import cc.enet.mailbox.cli.internal.Console;
import cc.enet.mailbox.cli.internal.UsageException;
import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.ConnectorRegistry;
import cc.enet.mailbox.connector.ConnectorText;
import cc.enet.mailbox.connector.apply.PlanRefusals;
import cc.enet.mailbox.connector.apply.ServerSync;
import cc.enet.mailbox.connector.plan.Plan;
import cc.enet.mailbox.connector.plan.PlanScope;
import cc.enet.mailbox.connector.plan.ServerLoops;
import cc.enet.mailbox.connector.session.ServerSessions;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.io.DurableFiles;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.rules.Finding;

/**
 * mailbox plan WORKSPACE (--server NAME | --all-servers) [--refresh] [--mailbox ADDRESS ...] [--out plan.json] [--format text|json]
 * [--verbose] [--ask-secret]
 */
public final class PlanCommand implements CliCommand {

	private final ConnectorRegistry connectors;
	private final CredentialStore credentials;

	public PlanCommand(ConnectorRegistry connectors, CredentialStore credentials) {
		this.connectors = connectors;
		this.credentials = credentials;
	}

	@Override
	public String name() {
		return "plan";
	}

	@Override
	public Set<String> options() {
		return Set.of("server", "out", "format", "mailbox", "parallel");
	}

	@Override
	public Set<String> flags() {
		return Set.of("verbose", "ask-secret", "refresh", "all-servers");
	}

	@Override
	public int run(Arguments arguments, Console console) throws UsageException {
		MailboxWorkspace workspace = WorkspaceArgument.openOnly(arguments, console.text());
		if (arguments.flag("all-servers")) {
			return new FleetPlan(connectors, credentials).run(workspace, arguments, console);
		}
		MailServer server = ServerAccess.find(workspace, arguments.option("server"), console.text());
		Plan plan;
		try {
			plan = make(workspace, server, scope(arguments), connectors, credentials, arguments.flag("ask-secret"), console);
		} catch (ConnectorException e) {
			console.err().println(ServerAccess.describe(e, console.text()));
			return ServerAccess.SERVER_UNAVAILABLE;
		}
		Map<String, ConnectorText> refusals = PlanRefusals.of(workspace, plan, credentials);
		Map<String, ConnectorText> mailOff = PlanRefusals.mailOff(workspace, plan);
		if ("json".equals(arguments.option("format"))) {
			console.out().println(PlanPrinter.json(plan, refusals, mailOff));
		} else {
			PlanPrinter.text(plan, console, arguments.flag("verbose"));
			PlanPrinter.scope(plan, console);
			PlanPrinter.refusals(plan, refusals, console);
			PlanPrinter.mailOff(plan, mailOff, console);
			PlanPrinter.fleet(plan, console);
		}
		if (arguments.option("out") != null) {
			try {
				byte[] json = PlanPrinter.json(plan, refusals, mailOff).getBytes(StandardCharsets.UTF_8);
				DurableFiles.write(Path.of(arguments.option("out")), out -> out.write(json));
			} catch (IOException e) {
				throw new UsageException(console.text().get("error.io", e.getMessage()));
			}
		}
		return printServerLoops(workspace, plan, console) ? 1 : 0;
	}

	/** Prints the loops that run through the server's own forwarding (to stderr); true when there are any. */
	static boolean printServerLoops(MailboxWorkspace workspace, Plan plan, Console console) {
		List<Finding> loops = ServerLoops.of(workspace.root(), plan);
		if (loops.isEmpty()) {
			return false;
		}
		console.err().println(console.text().get("plan.serverLoops", loops.size(), plan.server()));
		printServerLoops(loops, console);
		return true;
	}

	static void printServerLoops(List<Finding> loops, Console console) {
		for (Finding loop : loops) {
			console.err().println(loop.severity().label() + " " + loop.ruleId() + " " + loop.place() + " "
					+ loop.featurePath() + ": " + loop.message(console.text().locale()));
		}
	}

	/** --refresh: every mailbox; else what staff changed since the last apply, and the --mailbox ones besides. */
	static PlanScope scope(Arguments arguments) {
		return arguments.flag("refresh") ? PlanScope.everything() : PlanScope.changed(arguments.options("mailbox"));
	}

	static Plan make(MailboxWorkspace workspace, MailServer server, PlanScope scope, ConnectorRegistry connectors,
			CredentialStore credentials, boolean ask, Console console) throws UsageException, ConnectorException {
		try (ServerSessions.Session session = ServerAccess.open(server, connectors, credentials, ask, console)) {
			return new ServerSync(workspace, server.getName(), session.connector()).scope(scope).plan(new NullProgressMonitor());
		}
	}
}
