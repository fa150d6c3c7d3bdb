package cc.enet.mailbox.cli.commands;

import java.nio.file.Path;
import java.util.List;

import cc.enet.mailbox.cli.internal.Arguments;
import cc.enet.mailbox.cli.internal.CliText;
import cc.enet.mailbox.cli.internal.UsageException;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceException;
import cc.enet.mailbox.core.store.WorkspaceStore;

/** Opening the workspace a command names, with the file and line in the error when it cannot be read. */
final class WorkspaceArgument {
	private WorkspaceArgument() {
	}

	/** The workspace named by the command's one positional argument, WORKSPACE. */
	static MailboxWorkspace openOnly(Arguments arguments, CliText text) throws UsageException {
		return open(single(arguments.positional(), "WORKSPACE", text), text);
	}

	/** For {@link CliCommand#writes}: the one positional WORKSPACE, or null when the usage is wrong (run says so). */
	static String written(Arguments arguments) {
		return arguments.positional().size() == 1 ? arguments.positional().get(0) : null;
	}

	static MailboxWorkspace open(String folder, CliText text) throws UsageException {
		try {
			return WorkspaceStore.open(Path.of(folder));
		} catch (WorkspaceException e) {
			throw new UsageException(text.get("error.workspace", e.getMessage()));
		}
	}

	static String single(List<String> positional, String what, CliText text) throws UsageException {
		if (positional.size() != 1) {
			throw new UsageException(text.get("usage.expectOne", what, positional.size()));
		}
		return positional.get(0);
	}
}
