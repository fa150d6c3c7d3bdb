package cc.enet.mailbox.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.connector.Capabilities;
import cc.enet.mailbox.connector.Change;
import cc.enet.mailbox.connector.Field;
import cc.enet.mailbox.connector.MailboxState;
import cc.enet.mailbox.connector.ServerSnapshot;
import cc.enet.mailbox.connector.plan.ModelStates;
import cc.enet.mailbox.connector.plan.Planner;
import cc.enet.mailbox.core.csv.MailboxCsvImporter;
import cc.enet.mailbox.core.csv.MailboxCsvReader;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.model.WorkspaceWalk;

/**
 * What a seeded server must hold: the changes the console's planner makes for a workspace against an empty server
 * (the same list its apply would send), which the seeders write the fastest way each server allows; and afterwards
 * the base states an apply records in the workspace (the model's value of every field the server can hold), so the
 * workspace looks applied too (James cannot read its Sieve scripts back: its lists are compared with the base).
 */
final class SeedPlan {

	static final String SERVER = OneEditPlan.SERVER;
	/** Mailboxes per domain, as the connector benchmarks make them. */
	static final int PER_DOMAIN = 20;

	private SeedPlan() {
	}

	/**
	 * A workspace of {@code mailboxes} over mailboxes / 20 domains, the connector benchmarks' (same seed): the first
	 * K domains of a larger one are exactly the workspace of K x 20 mailboxes.
	 */
	static MailboxWorkspace workspace(Path folder, int mailboxes) throws Exception {
		MailboxWorkspace workspace = WorkspaceStore.create(folder.resolve("ws"), "bench");
		Path csv = folder.resolve("m.csv");
		Files.writeString(csv, SyntheticMailboxes.csv(mailboxes, Math.max(1, mailboxes / PER_DOMAIN), 0, 7, false),
				StandardCharsets.UTF_8);
		new MailboxCsvImporter(workspace.root()).apply(MailboxCsvReader.read(csv, null), null);
		return workspace;
	}

	/** The changes an apply of the whole workspace to an empty server makes, in plan order. */
	static List<Change> changes(MailboxWorkspace workspace, Capabilities capabilities) {
		return new Planner(SERVER, capabilities).plan(workspace.root(), new ServerSnapshot(Set.of(), Map.of())).changes()
				.stream().map(e -> e.change()).toList();
	}

	/** Only the changes of domains {@code wanted} accepts (a domain's own change and its mailboxes' changes). */
	static List<Change> ofDomains(List<Change> changes, Predicate<String> wanted) {
		return changes.stream().filter(c -> wanted.test(domainOf(c))).toList();
	}

	static String domainOf(Change change) {
		return change instanceof Change.CreateDomain d ? d.domain() : change.mailbox().substring(change.mailbox().lastIndexOf('@') + 1);
	}

	/** The base states a complete apply leaves: every field the server can write, at the model's value. */
	static void recordBases(MailboxWorkspace workspace, Capabilities capabilities) {
		for (Mailbox mailbox : WorkspaceWalk.mailboxes(workspace.root())) {
			MailboxState desired = ModelStates.desired(mailbox);
			Map<Field, Object> base = new EnumMap<>(Field.class);
			for (Field field : Field.SETTINGS) {
				if (capabilities.canWrite(field) && desired.get(field) != null) {
					base.put(field, desired.get(field));
				}
			}
			ModelStates.setBase(mailbox, SERVER, new MailboxState(desired.address(), base));
		}
	}
}
