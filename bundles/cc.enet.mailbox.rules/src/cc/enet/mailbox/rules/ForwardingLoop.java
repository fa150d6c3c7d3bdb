package cc.enet.mailbox.rules;

import java.util.List;
import java.util.Set;

/**
 * A forwarding cycle as addresses from a mailbox back to it, and which of those hops exist only on the server (an
 * address the workspace does not hold, whose forwarding the server reported).
 */
public record ForwardingLoop(List<String> path, Set<String> serverOnly) {

	public static final ForwardingLoop NONE = new ForwardingLoop(List.of(), Set.of());

	public boolean isEmpty() {
		return path.isEmpty();
	}

	/** The path for people: hops only on the server carry a trailing "*". */
	public String display() {
		StringBuilder text = new StringBuilder();
		for (String address : path) {
			if (!text.isEmpty()) {
				text.append(" \u2192 ");
			}
			text.append(address);
			if (serverOnly.contains(address)) {
				text.append('*');
			}
		}
		return text.toString();
	}
}
