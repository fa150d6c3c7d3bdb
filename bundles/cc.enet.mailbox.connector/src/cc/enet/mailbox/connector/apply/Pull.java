package cc.enet.mailbox.connector.apply;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.connector.Capabilities;
import cc.enet.mailbox.connector.Field;
import cc.enet.mailbox.connector.MailboxState;
import cc.enet.mailbox.connector.ServerSnapshot;
import cc.enet.mailbox.connector.internal.ConnectorMessages;
import cc.enet.mailbox.connector.plan.ModelStates;
import cc.enet.mailbox.model.Addresses;
import cc.enet.mailbox.model.WorkspaceWalk;

/**
 * Takes a server's values into the model: every field the server can report, for every mailbox both hold. The
 * server's values also become the base, so the next plan starts from agreement.
 */
public final class Pull {

	private Pull() {
	}

	/** Returns the addresses whose settings changed in the model; the changes are made at once. */
	public static List<String> run(Workspace workspace, String server, ServerSnapshot snapshot, Capabilities capabilities) {
		return run(workspace, server, snapshot, capabilities, ModelChanges.DIRECT);
	}

	/**
	 * Returns the addresses whose settings changed in the model; the changes (values and bases) are made in one go
	 * through {@code changes}, and only on the mailboxes where the server's values or the base differ.
	 */
	public static List<String> run(Workspace workspace, String server, ServerSnapshot snapshot, Capabilities capabilities,
			ModelChanges changes) {
		Map<Mailbox, MailboxState> differing = new LinkedHashMap<>();
		for (Mailbox mailbox : WorkspaceWalk.mailboxes(workspace)) {
			MailboxState onServer = snapshot.mailboxes().get(Addresses.key(mailbox.getAddress()));
			if (onServer != null && differs(mailbox, server, onServer, capabilities)) {
				differing.put(mailbox, onServer);
			}
		}
		List<String> changed = new ArrayList<>();
		if (differing.isEmpty()) {
			return changed;
		}
		String label = ConnectorMessages.text("pull.undoLabel", server).in(Locale.getDefault());
		changes.make(label, differing.keySet(), () -> differing.forEach((mailbox, onServer) -> {
			MailboxState before = ModelStates.desired(mailbox);
			for (Field field : Field.SETTINGS) {
				takeField(mailbox, field, onServer, capabilities);
			}
			MailboxState after = ModelStates.desired(mailbox);
			ModelStates.setBase(mailbox, server, readableOnly(after, onServer, capabilities));
			if (!before.equals(after)) {
				changed.add(mailbox.getAddress());
			}
		}));
		return changed;
	}

	/** Whether taking the server's readable values would change the mailbox's settings or its base. */
	private static boolean differs(Mailbox mailbox, String server, MailboxState onServer, Capabilities capabilities) {
		MailboxState model = ModelStates.desired(mailbox);
		MailboxState base = ModelStates.base(mailbox, server);
		for (Field field : Field.SETTINGS) {
			Object value = onServer.get(field);
			if (capabilities.canRead(field) && value != null
					&& (!value.equals(model.get(field)) || base == null || !value.equals(base.get(field)))) {
				return true;
			}
		}
		return base == null;
	}

	/** Sets one field of the model to the server's value, if the server can report it. */
	public static void takeField(Mailbox mailbox, Field field, MailboxState server, Capabilities capabilities) {
		if (server == null || !capabilities.canRead(field)) {
			return;
		}
		ModelStates.take(mailbox, field, server.get(field));
	}

	private static MailboxState readableOnly(MailboxState model, MailboxState server, Capabilities capabilities) {
		// null parts leave the old base: a field the server cannot report says nothing about what it holds
		Map<Field, Object> values = new EnumMap<>(Field.class);
		for (Field field : Field.SETTINGS) {
			if (capabilities.canRead(field)) {
				values.put(field, server.get(field));
			}
		}
		return new MailboxState(model.address(), values);
	}
}
