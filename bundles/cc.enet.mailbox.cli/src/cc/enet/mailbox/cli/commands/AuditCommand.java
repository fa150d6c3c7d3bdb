package cc.enet.mailbox.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import cc.enet.mailbox.cli.internal.Arguments;
import cc.enet.mailbox.cli.internal.Console;
import cc.enet.mailbox.cli.internal.UsageException;
import cc.enet.mailbox.connector.apply.AuditChain;

/** mailbox audit verify WORKSPACE: checks the audit log's hash chain and names the first broken line (exit 1). */
public final class AuditCommand implements CliCommand {

	@Override
	public String name() {
		return "audit";
	}

	@Override
	public Set<String> options() {
		return Set.of();
	}

	@Override
	public int run(Arguments arguments, Console console) throws UsageException {
		List<String> args = arguments.positional();
		if (args.size() != 2 || !args.get(0).equals("verify")) {
			throw new UsageException(console.text().get("help.audit"));
		}
		Path folder = Path.of(args.get(1));
		if (!Files.isDirectory(folder)) {
			throw new UsageException(console.text().get("error.cannotRead", folder));
		}
		try {
			AuditChain.Verification result = AuditChain.verify(folder);
			if (result.intact()) {
				console.out().println(console.text().get("audit.intact", result.lines(), result.unchained()));
				return 0;
			}
			AuditChain.Entry broken = result.firstBroken();
			console.out().println(console.text().get(broken.problem().equals("torn") ? "audit.torn" : "audit.broken",
					broken.file(), broken.line(), console.text().get("audit.reason." + broken.reason())));
			return 1;
		} catch (IOException e) {
			throw new UsageException(console.text().get("error.cannotRead", folder + ": " + e.getMessage()));
		}
	}
}
