package cc.enet.mailbox.cli.commands;

import java.util.List;
import java.util.Set;

import cc.enet.mailbox.cli.internal.Arguments;
import cc.enet.mailbox.cli.internal.Console;
import cc.enet.mailbox.cli.internal.UsageException;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.Validation;
import cc.enet.mailbox.rules.Validation.Summary;

/** mailbox validate WORKSPACE [--format text|json] */
public final class ValidateCommand implements CliCommand {

	@Override
	public String name() {
		return "validate";
	}

	@Override
	public Set<String> options() {
		return Set.of("format");
	}

	@Override
	public int run(Arguments arguments, Console console) throws UsageException {
		String format = OutputFormat.of(arguments, console.text());
		MailboxWorkspace workspace = WorkspaceArgument.openOnly(arguments, console.text());
		List<Finding> findings = new Validation().findings(workspace.root());
		if (format.equals("json")) {
			FindingsPrinter.json(findings, console);
		} else {
			FindingsPrinter.text(findings, console);
		}
		return Summary.of(findings).errors() > 0 ? 1 : 0;
	}
}
