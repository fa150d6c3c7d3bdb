package cc.enet.mailbox.cli.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.cli.internal.Arguments;
import cc.enet.mailbox.cli.internal.Console;
import cc.enet.mailbox.cli.internal.UsageException;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.ConnectorRegistry;
import cc.enet.mailbox.connector.apply.ApplyReport;
import cc.enet.mailbox.connector.apply.ChangeResult;
import cc.enet.mailbox.connector.apply.Decisions;
import cc.enet.mailbox.connector.apply.Journal;
import cc.enet.mailbox.connector.apply.ServerSync;
import cc.enet.mailbox.connector.apply.TeamApplyGate;
import cc.enet.mailbox.connector.plan.PlanScope;
import cc.enet.mailbox.connector.session.ServerSessions;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.store.MailboxWorkspace;

/**
 * mailbox apply WORKSPACE (--server NAME | --all-servers [--parallel N]) [--confirm-removal DOMAIN ...] [--plan plan.json] [--refresh] [--mailbox ADDRESS ...]
 * [--take mine|theirs|ADDRESS=mine|ADDRESS=theirs ...]
 * Refuses while validation finds errors, and a saved plan whose model or server has changed since. Without --plan it
 * reads and applies what staff changed since the last apply (and the mailboxes named by --mailbox or --take);
 * --refresh reads every mailbox.
 */
public final class ApplyCommand implements CliCommand {

	private final ConnectorRegistry connectors;
	private final CredentialStore credentials;

	public ApplyCommand(ConnectorRegistry connectors, CredentialStore credentials) {
		this.connectors = connectors;
		this.credentials = credentials;
	}

	@Override
	public String name() {
		return "apply";
	}

	@Override
	public Set<String> options() {
		return Set.of("server", "plan", "take", "mailbox", "confirm-removal", "parallel");
	}

	@Override
	public Set<String> flags() {
		return Set.of("verbose", "ask-secret", "refresh", "all-servers");
	}

	@Override
	public String writes(Arguments arguments) {
		return WorkspaceArgument.written(arguments);
	}

	@Override
	public int run(Arguments arguments, Console console) throws UsageException {
		MailboxWorkspace workspace = WorkspaceArgument.openOnly(arguments, console.text());
		Decisions decisions = decisions(arguments, console);
		if (arguments.flag("all-servers")) {
			return new FleetApply(connectors, credentials).run(workspace, arguments, decisions, console);
		}
		MailServer server = ServerAccess.find(workspace, arguments.option("server"), console.text());
		ServerSync.Reviewed reviewed = arguments.option("plan") == null ? null
				: savedPlan(Path.of(arguments.option("plan")), server.getName(), console);
		try {
			Optional<Journal.Interrupted> interrupted = new Journal(workspace.folder(), server.getName()).interrupted();
			interrupted.ifPresent(i -> console.out().println(console.text().get("apply.resuming", server.getName(), i.started(),
					i.recorded(), i.planned())));
		} catch (IOException e) {
			throw new UsageException(console.text().get("error.io", e.getMessage()));
		}
		try (ServerSessions.Session session = ServerAccess.open(server, connectors, credentials, arguments.flag("ask-secret"), console)) {
			Connector connector = session.connector();
			ApplyReport report = new ServerSync(workspace, server.getName(), connector).scope(scope(arguments))
					.apply(reviewed, decisions, credentials, new NullProgressMonitor());
			print(report, server.getName(), console, arguments.flag("verbose"));
			if (report.serverFailure() != null) {
				console.err().println(ServerAccess.describe(report.serverFailure(), console.text()));
				return ServerAccess.SERVER_UNAVAILABLE;
			}
			return report.count(ChangeResult.Status.DONE) == report.results().size() ? 0 : 1;
		} catch (ServerSync.Refused e) {
			refused(e, server.getName(), reviewed, console);
			return 1;
		} catch (ConnectorException e) {
			console.err().println(ServerAccess.describe(e, console.text()));
			return ServerAccess.SERVER_UNAVAILABLE;
		} catch (TeamApplyGate.NotSynchronized e) {
			console.err().println(e.getMessage(console.text().locale())); // nothing was sent: sync first
			return 1;
		} catch (IOException e) {
			throw new UsageException(console.text().get("error.io", e.getMessage()));
		}
	}

	/** What apply reads without a saved plan: as plan does, plus every mailbox a --take names. */
	static PlanScope scope(Arguments arguments) {
		if (arguments.flag("refresh")) {
			return PlanScope.everything();
		}
		List<String> chosen = new ArrayList<>(arguments.options("mailbox"));
		for (String take : arguments.options("take")) {
			int eq = take.lastIndexOf('=');
			if (eq > 0) {
				chosen.add(take.substring(0, eq));
			}
		}
		return PlanScope.changed(chosen);
	}

	private static void refused(ServerSync.Refused e, String server, ServerSync.Reviewed reviewed, Console console) {
		switch (e.reason()) {
		case RULE_ERRORS -> console.err().println(console.text().get("apply.invalid", e.errors()));
		case OTHER_SERVER -> console.err().println(console.text().get("apply.planOtherServer", reviewed.server()));
		case MODEL_CHANGED -> console.err().println(console.text().get("apply.planModelChanged"));
		case SERVER_CHANGED -> console.err().println(console.text().get("apply.planServerChanged"));
		case SERVER_LOOPS -> {
			console.err().println(console.text().get("plan.serverLoops", e.loops().size(), server));
			PlanCommand.printServerLoops(e.loops(), console);
			console.err().println(console.text().get("apply.serverLoops"));
		}
		}
	}

	/** The saved plan of {@code server}: a one-server plan, or that server's section of a fleet plan. */
	static ServerSync.Reviewed savedPlan(Path file, String server, Console console) throws UsageException {
		try {
			List<PlanPrinter.Saved> plans = PlanPrinter.Saved.parseFleet(Files.readString(file, StandardCharsets.UTF_8));
			PlanPrinter.Saved saved = plans.stream().filter(p -> server.equals(p.server())).findFirst().orElse(plans.get(0));
			return new ServerSync.Reviewed(saved.server(), saved.modelFingerprint(), saved.serverFingerprint(), saved.scope());
		} catch (IOException | RuntimeException e) {
			throw new UsageException(console.text().get("apply.badPlan", file, e.getMessage()));
		}
	}

	private static Decisions decisions(Arguments arguments, Console console) throws UsageException {
		Decisions.Take all = null;
		Map<String, Decisions.Take> each = new LinkedHashMap<>();
		for (String take : arguments.options("take")) {
			int eq = take.lastIndexOf('=');
			Decisions.Take value = parseTake(eq < 0 ? take : take.substring(eq + 1), console);
			if (eq < 0) {
				all = value;
			} else {
				each.put(take.substring(0, eq), value);
			}
		}
		Decisions decisions = new Decisions(all);
		each.forEach(decisions::take);
		// a domain moved to another server leaves the old one only when named here
		arguments.options("confirm-removal").forEach(decisions::confirmRemoval);
		return decisions;
	}

	private static Decisions.Take parseTake(String value, Console console) throws UsageException {
		return switch (value) {
		case "mine" -> Decisions.Take.MINE;
		case "theirs" -> Decisions.Take.THEIRS;
		default -> throw new UsageException(console.text().get("apply.badTake", value));
		};
	}

	static void print(ApplyReport report, String server, Console console, boolean verbose) {
		for (ChangeResult result : report.results()) {
			if (verbose || result.status() != ChangeResult.Status.DONE) {
				console.out().println("  " + result.status().label() + " " + result.change().describe()
						+ (result.text() == null ? "" : ": " + result.message(console.text().locale())));
			}
		}
		console.out().println(console.text().get("apply.summary", server, report.count(ChangeResult.Status.DONE),
				report.count(ChangeResult.Status.FAILED), report.count(ChangeResult.Status.SKIPPED),
				report.count(ChangeResult.Status.NOT_ATTEMPTED), report.conflictsLeft(), report.conflictsTakenFromServer()));
		if (report.removalsLeft() > 0) {
			console.out().println(console.text().get("apply.removalsLeft", report.removalsLeft(), server));
		}
	}
}
