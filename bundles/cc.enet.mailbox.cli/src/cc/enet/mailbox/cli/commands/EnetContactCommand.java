package cc.enet.mailbox.cli.commands;

import java.io.IOException;
import java.util.Set;

import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.cli.internal.Arguments;
import cc.enet.mailbox.cli.internal.CliText;
import cc.enet.mailbox.cli.internal.Console;
import cc.enet.mailbox.cli.internal.UsageException;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;

/**
 * mailbox enet-contact WORKSPACE [--support TEXT] [--change-request TEXT]: Enet's support contact and the channel for
 * the POP3 option's change requests (内容変更申請), set once per workspace and printed on every setup sheet and mail.
 * Without options it shows them; an empty value removes one.
 */
public final class EnetContactCommand implements CliCommand {

	@Override
	public String name() {
		return "enet-contact";
	}

	@Override
	public Set<String> options() {
		return Set.of("support", "change-request");
	}

	@Override
	public String writes(Arguments arguments) {
		boolean changes = arguments.option("support") != null || arguments.option("change-request") != null;
		return changes && !arguments.positional().isEmpty() ? arguments.positional().get(0) : null;
	}

	@Override
	public int run(Arguments arguments, Console console) throws UsageException {
		CliText text = console.text();
		MailboxWorkspace workspace = WorkspaceArgument.openOnly(arguments, text);
		Workspace root = workspace.root();
		String support = arguments.option("support");
		String changeRequest = arguments.option("change-request");
		if (support != null || changeRequest != null) {
			if (support != null) {
				root.setSupportContact(support.isBlank() ? null : support.strip());
			}
			if (changeRequest != null) {
				root.setChangeRequest(changeRequest.isBlank() ? null : changeRequest.strip());
			}
			try {
				WorkspaceStore.save(workspace);
			} catch (IOException e) {
				throw new UsageException(text.get("error.io", e.getMessage()));
			}
		}
		console.out().println(text.get("enetContact.support", shown(root.getSupportContact(), text)));
		console.out().println(text.get("enetContact.changeRequest", shown(root.getChangeRequest(), text)));
		return 0;
	}

	private static String shown(String value, CliText text) {
		return value == null ? text.get("enetContact.unset") : value;
	}
}
