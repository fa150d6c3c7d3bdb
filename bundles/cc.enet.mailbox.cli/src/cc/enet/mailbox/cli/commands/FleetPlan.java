package cc.enet.mailbox.cli.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;

import cc.enet.mailbox.cli.internal.Arguments;
import cc.enet.mailbox.cli.internal.Console;
import cc.enet.mailbox.cli.internal.UsageException;
import cc.enet.mailbox.connector.ConnectorRegistry;
import cc.enet.mailbox.connector.ConnectorText;
import cc.enet.mailbox.connector.apply.FleetSync;
import cc.enet.mailbox.connector.apply.PlanRefusals;
import cc.enet.mailbox.connector.json.Json;
import cc.enet.mailbox.connector.plan.Plan;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.io.DurableFiles;
import cc.enet.mailbox.core.store.MailboxWorkspace;

/**
 * {@code plan WORKSPACE --all-servers}: every server of the workspace planned side by side, one report with a section
 * per server (text, or JSON with {@code servers}); a server that cannot be reached has its section say why, and the
 * exit code is 3 while the others are still shown.
 */
final class FleetPlan {

	private final ConnectorRegistry connectors;
	private final CredentialStore credentials;

	FleetPlan(ConnectorRegistry connectors, CredentialStore credentials) {
		this.connectors = connectors;
		this.credentials = credentials;
	}

	int run(MailboxWorkspace workspace, Arguments arguments, Console console) throws UsageException {
		FleetOptions.check(workspace, arguments, console);
		List<FleetSync.Section> sections = new FleetSync(workspace, FleetOptions.opener(connectors, credentials, console))
				.parallel(FleetOptions.parallel(arguments, console)).scope(PlanCommand.scope(arguments))
				.plan(new NullProgressMonitor());
		List<Map<String, Object>> json = new ArrayList<>();
		boolean text = !"json".equals(arguments.option("format"));
		boolean loops = false;
		for (FleetSync.Section section : sections) {
			if (text) {
				console.out().println(console.text().get("fleet.section", section.server()));
			}
			if (section.failure() != null) {
				String why = FleetOptions.describe(section.failure(), console);
				if (text) {
					console.out().println("  " + console.text().get("fleet.notPlanned", section.server(), why));
				}
				Map<String, Object> failed = new LinkedHashMap<>();
				failed.put("server", section.server());
				failed.put("error", why);
				json.add(failed);
				continue;
			}
			Plan plan = section.plan();
			Map<String, ConnectorText> refusals = PlanRefusals.of(workspace, plan, credentials);
			Map<String, ConnectorText> mailOff = PlanRefusals.mailOff(workspace, plan);
			json.add(PlanPrinter.tree(plan, refusals, mailOff));
			if (text) {
				PlanPrinter.text(plan, console, arguments.flag("verbose"));
				PlanPrinter.scope(plan, console);
				PlanPrinter.refusals(plan, refusals, console);
				PlanPrinter.mailOff(plan, mailOff, console);
				PlanPrinter.fleet(plan, console);
			}
			loops |= PlanCommand.printServerLoops(workspace, plan, console);
		}
		long failed = sections.stream().filter(s -> s.failure() != null).count();
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("servers", json);
		if (text) {
			console.out().println(console.text().get("fleet.planSummary", sections.size(), sections.size() - failed, failed));
		} else {
			console.out().println(Json.write(root));
		}
		if (arguments.option("out") != null) {
			try {
				byte[] bytes = Json.write(root).getBytes(StandardCharsets.UTF_8);
				DurableFiles.write(Path.of(arguments.option("out")), out -> out.write(bytes));
			} catch (IOException e) {
				throw new UsageException(console.text().get("error.io", e.getMessage()));
			}
		}
		return failed > 0 ? ServerAccess.SERVER_UNAVAILABLE : loops ? 1 : 0;
	}
}
