package cc.enet.mailbox.cli.commands;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

import cc.enet.mailbox.cli.internal.Arguments;
import cc.enet.mailbox.cli.internal.Console;
import cc.enet.mailbox.cli.internal.UsageException;
import cc.enet.mailbox.core.csv.CsvFiles;
import cc.enet.mailbox.core.csv.DomainCsvExporter;
import cc.enet.mailbox.core.csv.MailboxCsvExporter;
import cc.enet.mailbox.core.store.MailboxWorkspace;

/**
 * mailbox export WORKSPACE --csv FILE [--domains-csv FILE] [--charset CS]: the mailboxes, the domains, or both, each as
 * the CSV its import reads. UTF-8 gets a BOM so Excel shows Japanese correctly; a file appears whole or not at all.
 */
public final class ExportCommand implements CliCommand {

	@Override
	public String name() {
		return "export";
	}

	@Override
	public Set<String> options() {
		return Set.of("csv", "domains-csv", "charset");
	}

	@Override
	public int run(Arguments arguments, Console console) throws UsageException {
		MailboxWorkspace workspace = WorkspaceArgument.openOnly(arguments, console.text());
		String mailboxes = arguments.option("csv");
		String domains = arguments.option("domains-csv");
		if (mailboxes == null && domains == null) {
			throw new UsageException(console.text().get("usage.missingOption", "--csv FILE | --domains-csv FILE"));
		}
		Charset charset = ImportCommand.charset(arguments.option("charset"), console);
		Charset chosen = charset == null ? StandardCharsets.UTF_8 : charset;
		try {
			if (mailboxes != null) {
				Path file = Path.of(mailboxes).toAbsolutePath();
				int count = CsvFiles.writeAtomically(file, chosen, w -> MailboxCsvExporter.write(workspace.root(), w));
				console.out().println(console.text().get("export.report", count, file));
			}
			if (domains != null) {
				Path file = Path.of(domains).toAbsolutePath();
				int count = CsvFiles.writeAtomically(file, chosen, w -> DomainCsvExporter.write(workspace.root(), w));
				console.out().println(console.text().get("export.domains.report", count, file));
			}
			return 0;
		} catch (IOException e) {
			throw new UsageException(console.text().get("error.io", e.getMessage()));
		}
	}
}
