package cc.enet.mailbox.cli.commands;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import cc.enet.mailbox.cli.internal.Arguments;
import cc.enet.mailbox.cli.internal.Console;
import cc.enet.mailbox.cli.internal.UsageException;
import cc.enet.mailbox.core.credentials.CredentialException;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.csv.CsvImportException;
import cc.enet.mailbox.core.csv.CsvImportOperation;
import cc.enet.mailbox.core.csv.CsvKind;
import cc.enet.mailbox.core.csv.CsvProblem;
import cc.enet.mailbox.core.csv.ImportReport;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.rules.Validation;
import cc.enet.mailbox.rules.Validation.Summary;

/** mailbox import FILE.csv --into WORKSPACE [--charset CS]: a mailbox or a domain CSV (told by its header), all rows or none. */
public final class ImportCommand implements CliCommand {

	private final CredentialStore credentials;

	public ImportCommand(CredentialStore credentials) {
		this.credentials = credentials;
	}

	@Override
	public String name() {
		return "import";
	}

	@Override
	public Set<String> options() {
		return Set.of("into", "charset");
	}

	@Override
	public String writes(Arguments arguments) {
		return arguments.option("into");
	}

	@Override
	public int run(Arguments arguments, Console console) throws UsageException {
		Path csv = Path.of(WorkspaceArgument.single(arguments.positional(), "FILE.csv", console.text()));
		String into = arguments.option("into");
		if (into == null) {
			throw new UsageException(console.text().get("usage.missingOption", "--into WORKSPACE"));
		}
		if (!Files.isReadable(csv)) {
			throw new UsageException(console.text().get("error.cannotRead", csv));
		}
		Charset charset = charset(arguments.option("charset"), console);
		Path folder = Path.of(into);
		MailboxWorkspace workspace = WorkspaceStore.isWorkspace(folder) ? WorkspaceArgument.open(into, console.text())
				: WorkspaceStore.create(folder, folder.toAbsolutePath().getFileName().toString());
		try {
			ImportReport report = CsvImportOperation.run(workspace, csv, charset, credentials);
			if (report.kind() == CsvKind.DOMAINS) {
				console.out().println(console.text().get("import.domains.report", report.created(), report.updated(),
						report.unchanged()));
			} else {
				console.out().println(console.text().get("import.report", report.created(), report.updated(),
						report.unchanged(), report.domainsCreated(), report.passwordsStored()));
			}
		} catch (CsvImportException e) {
			for (CsvProblem problem : e.problems()) {
				console.err().println(problem.toString(console.text().locale()));
			}
			throw new UsageException(console.text().get("import.refused", e.problems().size(), csv));
		} catch (CredentialException e) {
			throw new UsageException(console.text().get("error.credentials", e.getMessage()));
		} catch (IOException e) {
			throw new UsageException(console.text().get("error.io", e.getMessage()));
		}
		Summary summary = Summary.of(new Validation().findings(workspace.root()));
		console.out().println(FindingsPrinter.summary(summary, console));
		return 0;
	}

	static Charset charset(String name, Console console) throws UsageException {
		if (name == null) {
			return null;
		}
		try {
			return Charset.forName(name);
		} catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
			throw new UsageException(console.text().get("usage.badCharset", name));
		}
	}
}
