package cc.enet.mailbox.cli.commands;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;

import cc.enet.mailbox.cli.internal.Arguments;
import cc.enet.mailbox.cli.internal.Console;
import cc.enet.mailbox.cli.internal.UsageException;
import cc.enet.mailbox.core.csv.MailboxCsvExporter;
import cc.enet.mailbox.core.store.MailboxWorkspace;

/**
 * mailbox export WORKSPACE --csv FILE [--charset CS]. UTF-8 gets a BOM so Excel shows Japanese correctly; the file
 * appears whole or not at all.
 */
public final class ExportCommand implements CliCommand {

	@Override
	public String name() {
		return "export";
	}

	@Override
	public Set<String> options() {
		return Set.of("csv", "charset");
	}

	@Override
	public int run(Arguments arguments, Console console) throws UsageException {
		MailboxWorkspace workspace = WorkspaceArgument.open(
				WorkspaceArgument.single(arguments.positional(), "WORKSPACE", console.text()), console.text());
		String target = arguments.option("csv");
		if (target == null) {
			throw new UsageException(console.text().get("usage.missingOption", "--csv FILE"));
		}
		Charset charset = ImportCommand.charset(arguments.option("charset"), console);
		if (charset == null) {
			charset = StandardCharsets.UTF_8;
		}
		Path file = Path.of(target).toAbsolutePath();
		Path temp = file.resolveSibling(file.getFileName() + ".writing");
		try {
			int count;
			try (OutputStream out = Files.newOutputStream(temp); Writer writer = new OutputStreamWriter(out, charset.newEncoder())) {
				if (charset.equals(StandardCharsets.UTF_8)) {
					writer.write('\uFEFF');
				}
				count = MailboxCsvExporter.write(workspace.root(), writer);
			}
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			console.out().println(console.text().get("export.report", count, file));
			return 0;
		} catch (IOException e) {
			try {
				Files.deleteIfExists(temp);
			} catch (IOException ignored) {
				// the original error matters more
			}
			throw new UsageException(console.text().get("error.io", e.getMessage()));
		}
	}
}
