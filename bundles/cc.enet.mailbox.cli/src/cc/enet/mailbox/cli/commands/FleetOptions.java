package cc.enet.mailbox.cli.commands;

import cc.enet.mailbox.cli.internal.Arguments;
import cc.enet.mailbox.cli.internal.Console;
import cc.enet.mailbox.cli.internal.UsageException;
import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.ConnectorRegistry;
import cc.enet.mailbox.connector.apply.FleetSync;
import cc.enet.mailbox.connector.apply.ServerSync;
import cc.enet.mailbox.connector.apply.TeamApplyGate;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.store.MailboxWorkspace;

/** What {@code plan} and {@code apply} with {@code --all-servers} share: the checks, the opener, the words for a failure. */
final class FleetOptions {

	private FleetOptions() {
	}

	/** --all-servers names no server and asks for no secret at a prompt (the servers are opened side by side). */
	static void check(MailboxWorkspace workspace, Arguments arguments, Console console) throws UsageException {
		if (arguments.option("server") != null) {
			throw new UsageException(console.text().get("fleet.serverAndAll"));
		}
		if (arguments.flag("ask-secret")) {
			throw new UsageException(console.text().get("fleet.noPrompt"));
		}
		if (workspace.root().getServers().isEmpty()) {
			throw new UsageException(console.text().get("fleet.noServers"));
		}
	}

	/** --parallel N: how many servers at once (4 by default). */
	static int parallel(Arguments arguments, Console console) throws UsageException {
		String value = arguments.option("parallel");
		if (value == null) {
			return FleetSync.DEFAULT_PARALLEL;
		}
		try {
			int n = Integer.parseInt(value.strip());
			if (n >= 1 && n <= 64) {
				return n;
			}
		} catch (NumberFormatException e) {
			// said below
		}
		throw new UsageException(console.text().get("fleet.badParallel", value));
	}

	/** Opens each server as --server would, its secrets from the environment or secure storage (never a prompt). */
	static FleetSync.Opener opener(ConnectorRegistry connectors, CredentialStore credentials, Console console) {
		return server -> ServerAccess.open(server, connectors, credentials, false, console);
	}

	/** Why a server's section has no plan or apply, in the user's language. */
	static String describe(Exception failure, Console console) {
		return switch (failure) {
		case ConnectorException e -> ServerAccess.describe(e, console.text());
		case ServerSync.Refused e -> switch (e.reason()) {
			case RULE_ERRORS -> console.text().get("apply.invalid", e.errors());
			case SERVER_LOOPS -> console.text().get("apply.serverLoops");
			case OTHER_SERVER, MODEL_CHANGED -> console.text().get("apply.planModelChanged");
			case SERVER_CHANGED -> console.text().get("apply.planServerChanged");
			};
		case TeamApplyGate.NotSynchronized e -> e.getMessage(console.text().locale());
		default -> failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
		};
	}
}
