package cc.enet.mailbox.cli.commands;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

import cc.enet.mailbox.cli.internal.Arguments;
import cc.enet.mailbox.cli.internal.Console;
import cc.enet.mailbox.cli.internal.UsageException;
import cc.enet.mailbox.core.edit.EditingDomains;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.QuickFix;
import cc.enet.mailbox.rules.QuickFixes;
import cc.enet.mailbox.rules.Rules;
import cc.enet.mailbox.rules.Validation;
import cc.enet.mailbox.rules.Validation.Summary;

/** mailbox fix WORKSPACE --rule ID [--rule ID ...]: applies the quick fixes, saves, and reports what is left. */
public final class FixCommand implements CliCommand {

	@Override
	public String name() {
		return "fix";
	}

	@Override
	public Set<String> options() {
		return Set.of("rule");
	}

	@Override
	public String writes(Arguments arguments) {
		return WorkspaceArgument.written(arguments);
	}

	@Override
	public int run(Arguments arguments, Console console) throws UsageException {
		List<String> rules = arguments.options("rule");
		if (rules.isEmpty()) {
			throw new UsageException(console.text().get("usage.missingOption", "--rule ID"));
		}
		for (String rule : rules) {
			if (Rules.byId(rule).isEmpty()) {
				throw new UsageException(console.text().get("usage.unknownRule", rule));
			}
			if (QuickFixes.forRule(rule).isEmpty()) {
				throw new UsageException(console.text().get("usage.noQuickFix", rule));
			}
		}
		MailboxWorkspace workspace = WorkspaceArgument.openOnly(arguments, console.text());
		EditingDomain domain = EditingDomains.create(workspace.resourceSet());
		Validation validation = new Validation();
		int fixed = 0;
		for (Finding finding : validation.findings(workspace.root())) {
			Optional<QuickFix> fix = rules.contains(finding.ruleId()) ? QuickFixes.forFinding(finding) : Optional.empty();
			if (fix.isPresent()) {
				Command command = fix.get().createCommand(domain, finding);
				if (command.canExecute()) {
					String label = fix.get().label(console.text().locale(), finding);
					domain.getCommandStack().execute(command);
					console.out().println(console.text().get("fix.applied", finding.place(), finding.featurePath(), label));
					fixed++;
				}
			}
		}
		try {
			WorkspaceStore.save(workspace);
		} catch (IOException e) {
			throw new UsageException(console.text().get("error.io", e.getMessage()));
		}
		List<Finding> remaining = validation.findings(workspace.root());
		console.out().println(console.text().get("fix.report", fixed));
		Summary summary = Summary.of(remaining);
		console.out().println(FindingsPrinter.summary(summary, console));
		return summary.errors() > 0 ? 1 : 0;
	}
}
