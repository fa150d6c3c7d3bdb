package cc.enet.mailbox.connector.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.connector.MailboxState;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.ServerForwards;
import cc.enet.mailbox.rules.Validation;

/**
 * Forwarding loops that only a plan can see: they run through forwarding the server holds and the workspace does not
 * (a mailbox the console does not manage, a forward a customer set in webmail). Plan reports them, apply refuses them.
 */
public final class ServerLoops {

	private ServerLoops() {
	}

	/** The server's forwarding of every address the plan read. */
	public static ServerForwards forwards(Plan plan) {
		if (plan.snapshot() == null) {
			return ServerForwards.NONE;
		}
		Map<String, List<String>> targets = new HashMap<>();
		for (MailboxState state : plan.snapshot().mailboxes().values()) {
			if (state.forwarding() != null && !state.forwarding().targets().isEmpty()) {
				targets.put(state.address(), state.forwarding().targets());
			}
		}
		return ServerForwards.of(plan.server(), targets);
	}

	/** The forward.loop findings with a hop that exists only on the server. */
	public static List<Finding> of(Workspace workspace, Plan plan) {
		return new Validation().findings(workspace, forwards(plan)).stream()
				.filter(f -> "forward.loop.server".equals(f.messageKey())).toList();
	}
}
