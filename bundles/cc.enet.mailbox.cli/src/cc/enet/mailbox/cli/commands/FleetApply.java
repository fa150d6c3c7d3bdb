package cc.enet.mailbox.cli.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;

import cc.enet.mailbox.cli.internal.Arguments;
import cc.enet.mailbox.cli.internal.Console;
import cc.enet.mailbox.cli.internal.UsageException;
import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.ConnectorRegistry;
import cc.enet.mailbox.connector.apply.Decisions;
import cc.enet.mailbox.connector.apply.FleetSync;
import cc.enet.mailbox.connector.apply.ServerSync;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.store.MailboxWorkspace;

/**
 * {@code apply WORKSPACE --all-servers}: every server of the workspace applied side by side, one report with a section
 * per server. A server that cannot be reached fails its own section; the others are applied and saved. Exit code 3
 * when a server could not be reached, else 1 when one refused or a change failed, else 0.
 */
final class FleetApply {

	private final ConnectorRegistry connectors;
	private final CredentialStore credentials;

	FleetApply(ConnectorRegistry connectors, CredentialStore credentials) {
		this.connectors = connectors;
		this.credentials = credentials;
	}

	int run(MailboxWorkspace workspace, Arguments arguments, Decisions decisions, Console console) throws UsageException {
		FleetOptions.check(workspace, arguments, console);
		Map<String, ServerSync.Reviewed> reviewed = arguments.option("plan") == null ? Map.of()
				: savedPlans(Path.of(arguments.option("plan")), console);
		List<FleetSync.Section> sections;
		try {
			sections = new FleetSync(workspace, FleetOptions.opener(connectors, credentials, console))
					.parallel(FleetOptions.parallel(arguments, console)).scope(ApplyCommand.scope(arguments))
					.apply(reviewed, decisions, credentials, new NullProgressMonitor());
		} catch (IOException e) {
			throw new UsageException(console.text().get("error.io", e.getMessage()));
		}
		boolean unreachable = false;
		long failed = 0;
		for (FleetSync.Section section : sections) {
			console.out().println(console.text().get("fleet.section", section.server()));
			if (section.failure() != null) {
				console.out().println("  " + console.text().get("fleet.notApplied", section.server(),
						FleetOptions.describe(section.failure(), console)));
				unreachable |= section.failure() instanceof ConnectorException;
			} else {
				ApplyCommand.print(section.report(), section.server(), console, arguments.flag("verbose"));
				if (section.report().serverFailure() != null) {
					console.out().println("  " + ServerAccess.describe(section.report().serverFailure(), console.text()));
					unreachable = true;
				}
			}
			failed += section.failed() ? 1 : 0;
		}
		console.out().println(console.text().get("fleet.applySummary", sections.size(), sections.size() - failed, failed));
		return unreachable ? ServerAccess.SERVER_UNAVAILABLE : failed > 0 ? 1 : 0;
	}

	/** The per-server plans of {@code plan --all-servers --out} (or one server's plan). */
	private static Map<String, ServerSync.Reviewed> savedPlans(Path file, Console console) throws UsageException {
		try {
			Map<String, ServerSync.Reviewed> plans = new HashMap<>();
			for (PlanPrinter.Saved saved : PlanPrinter.Saved.parseFleet(Files.readString(file, StandardCharsets.UTF_8))) {
				plans.put(saved.server(), new ServerSync.Reviewed(saved.server(), saved.modelFingerprint(),
						saved.serverFingerprint(), saved.scope()));
			}
			return plans;
		} catch (IOException | RuntimeException e) {
			throw new UsageException(console.text().get("apply.badPlan", file, e.getMessage()));
		}
	}
}
