package cc.enet.mailbox.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import cc.enet.mailbox.cli.internal.Arguments;
import cc.enet.mailbox.cli.internal.Console;
import cc.enet.mailbox.cli.internal.UsageException;
import cc.enet.mailbox.clientconfig.AutoconfigPublisher;
import cc.enet.mailbox.clientconfig.SetupRefusedException;
import cc.enet.mailbox.core.store.MailboxWorkspace;

/**
 * mailbox publish WORKSPACE --out DIR: per domain the autoconfig tree a web server serves as it is. Domains that break
 * an error rule are left out and reported (exit 1); the others are written.
 */
public final class PublishCommand implements CliCommand {

	@Override
	public String name() {
		return "publish";
	}

	@Override
	public Set<String> options() {
		return Set.of("out");
	}

	@Override
	public int run(Arguments arguments, Console console) throws UsageException {
		String out = arguments.option("out");
		if (out == null) {
			throw new UsageException(console.text().get("usage.missingOption", "--out DIR"));
		}
		MailboxWorkspace workspace = WorkspaceArgument.openOnly(arguments, console.text());
		AutoconfigPublisher.Result result;
		try {
			result = AutoconfigPublisher.publish(workspace.root(), Path.of(out).toAbsolutePath());
		} catch (IOException e) {
			throw new UsageException(console.text().get("error.io", e.getMessage()));
		}
		for (Path file : result.written()) {
			console.out().println(file);
		}
		for (SetupRefusedException refused : result.refused()) {
			SetupRefusals.print(refused, console);
		}
		console.out().println(console.text().get("publish.report", result.written().size() / 2, result.refused().size()));
		return result.refused().isEmpty() ? 0 : 1;
	}
}
