package cc.enet.mailbox.connector.apply;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.connector.Capabilities;
import cc.enet.mailbox.connector.Field;
import cc.enet.mailbox.connector.MailboxState;
import cc.enet.mailbox.connector.ServerSnapshot;
import cc.enet.mailbox.connector.plan.ModelStates;
import cc.enet.mailbox.model.Addresses;

/**
 * Takes a server's values into the model: every field the server can report, for every mailbox both hold. The
 * server's values also become the base, so the next plan starts from agreement.
 */
public final class Pull {

	private Pull() {
	}

	/** Returns the addresses whose settings changed in the model. */
	public static List<String> run(Workspace workspace, String server, ServerSnapshot snapshot, Capabilities capabilities) {
		List<String> changed = new ArrayList<>();
		workspace.getCustomers().forEach(c -> c.getDomains().forEach(d -> {
			for (Mailbox mailbox : d.getMailboxes()) {
				MailboxState onServer = snapshot.mailboxes().get(Addresses.key(mailbox.getAddress()));
				if (onServer == null) {
					continue;
				}
				MailboxState before = ModelStates.desired(mailbox);
				for (Field field : Field.SETTINGS) {
					takeField(mailbox, field, onServer, capabilities);
				}
				MailboxState after = ModelStates.desired(mailbox);
				ModelStates.setBase(mailbox, server, readableOnly(after, onServer, capabilities));
				if (!before.equals(after)) {
					changed.add(mailbox.getAddress());
				}
			}
		}));
		return changed;
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
