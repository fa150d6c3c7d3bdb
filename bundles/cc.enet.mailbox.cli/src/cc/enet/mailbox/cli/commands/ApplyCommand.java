package cc.enet.mailbox.cli.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.cli.ConnectorRegistry;
import cc.enet.mailbox.cli.internal.Arguments;
import cc.enet.mailbox.cli.internal.Console;
import cc.enet.mailbox.cli.internal.UsageException;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.apply.ApplyOperation;
import cc.enet.mailbox.connector.apply.ApplyReport;
import cc.enet.mailbox.connector.apply.ChangeResult;
import cc.enet.mailbox.connector.apply.Decisions;
import cc.enet.mailbox.connector.apply.Journal;
import cc.enet.mailbox.connector.plan.Plan;
import cc.enet.mailbox.connector.plan.Planner;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.rules.Validation;
import cc.enet.mailbox.rules.Validation.Summary;

/**
 * mailbox apply WORKSPACE --server NAME [--plan plan.json] [--take mine|theirs|ADDRESS=mine|ADDRESS=theirs ...]
 * Refuses while validation finds errors, and a saved plan whose model or server has changed since.
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
		return Set.of("server", "plan", "take");
	}

	@Override
	public Set<String> flags() {
		return Set.of("verbose", "ask-secret");
	}

	@Override
	public String writes(Arguments arguments) {
		return arguments.positional().size() == 1 ? arguments.positional().get(0) : null;
	}

	@Override
	public int run(Arguments arguments, Console console) throws UsageException {
		MailboxWorkspace workspace = WorkspaceArgument.open(
				WorkspaceArgument.single(arguments.positional(), "WORKSPACE", console.text()), console.text());
		MailServer server = ServerAccess.find(workspace, arguments.option("server"), console.text());
		Decisions decisions = decisions(arguments, console);
		Summary summary = Summary.of(new Validation().findings(workspace.root()));
		if (summary.errors() > 0) {
			console.err().println(console.text().get("apply.invalid", summary.errors()));
			return 1;
		}
		try {
			Optional<Journal.Interrupted> interrupted = new Journal(workspace.folder(), server.getName()).interrupted();
			interrupted.ifPresent(i -> console.out().println(console.text().get("apply.resuming", server.getName(), i.started(),
					i.recorded(), i.planned())));
		} catch (IOException e) {
			throw new UsageException(console.text().get("error.io", e.getMessage()));
		}
		try (Connector connector = ServerAccess.open(server, connectors, credentials, arguments.flag("ask-secret"), console)) {
			Plan plan = new Planner(server.getName(), connector.capabilities())
					.plan(workspace.root(), connector.read(Planner.domainsOf(workspace.root()), null));
			if (arguments.option("plan") != null && !matchesSavedPlan(plan, Path.of(arguments.option("plan")), console)) {
				return 1;
			}
			if (PlanCommand.printServerLoops(workspace, plan, console)) {
				console.err().println(console.text().get("apply.serverLoops"));
				return 1;
			}
			ApplyReport report = new ApplyOperation(workspace, connector, plan, decisions, credentials).run(new NullProgressMonitor());
			WorkspaceStore.save(workspace);
			print(report, server.getName(), console, arguments.flag("verbose"));
			if (report.serverFailure() != null) {
				console.err().println(ServerAccess.describe(report.serverFailure(), console.text()));
				return ServerAccess.SERVER_UNAVAILABLE;
			}
			return report.count(ChangeResult.Status.DONE) == report.results().size() ? 0 : 1;
		} catch (ConnectorException e) {
			console.err().println(ServerAccess.describe(e, console.text()));
			return ServerAccess.SERVER_UNAVAILABLE;
		} catch (IOException e) {
			throw new UsageException(console.text().get("error.io", e.getMessage()));
		}
	}

	private static boolean matchesSavedPlan(Plan plan, Path file, Console console) throws UsageException {
		PlanPrinter.Saved saved;
		try {
			saved = PlanPrinter.Saved.parse(Files.readString(file, StandardCharsets.UTF_8));
		} catch (IOException | RuntimeException e) {
			throw new UsageException(console.text().get("apply.badPlan", file, e.getMessage()));
		}
		String problem = !plan.server().equals(saved.server()) ? console.text().get("apply.planOtherServer", saved.server())
				: !plan.modelFingerprint().equals(saved.modelFingerprint()) ? console.text().get("apply.planModelChanged")
				: !plan.serverFingerprint().equals(saved.serverFingerprint()) ? console.text().get("apply.planServerChanged")
				: null;
		if (problem != null) {
			console.err().println(problem);
			return false;
		}
		return true;
	}

	private static Decisions decisions(Arguments arguments, Console console) throws UsageException {
		Decisions.Take all = null;
		java.util.Map<String, Decisions.Take> each = new java.util.LinkedHashMap<>();
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
		return decisions;
	}

	private static Decisions.Take parseTake(String value, Console console) throws UsageException {
		return switch (value) {
		case "mine" -> Decisions.Take.MINE;
		case "theirs" -> Decisions.Take.THEIRS;
		default -> throw new UsageException(console.text().get("apply.badTake", value));
		};
	}

	private static void print(ApplyReport report, String server, Console console, boolean verbose) {
		for (ChangeResult result : report.results()) {
			if (verbose || result.status() != ChangeResult.Status.DONE) {
				console.out().println("  " + result.status().label() + " " + result.change().describe()
						+ (result.message() == null ? "" : ": " + result.message()));
			}
		}
		console.out().println(console.text().get("apply.summary", server, report.count(ChangeResult.Status.DONE),
				report.count(ChangeResult.Status.FAILED), report.count(ChangeResult.Status.SKIPPED),
				report.count(ChangeResult.Status.NOT_ATTEMPTED), report.conflictsLeft(), report.conflictsTakenFromServer()));
	}
}
