package cc.enet.mailbox.connector.apply;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.connector.Capabilities;
import cc.enet.mailbox.connector.Change;
import cc.enet.mailbox.connector.Field;
import cc.enet.mailbox.connector.MailboxState;
import cc.enet.mailbox.connector.apply.ChangeResult.Status;
import cc.enet.mailbox.connector.plan.ModelStates;
import cc.enet.mailbox.connector.plan.Plan;
import cc.enet.mailbox.connector.plan.PlanEntry;
import cc.enet.mailbox.model.Addresses;

/**
 * The new base of each mailbox whose base an apply changes: the model's value where a change succeeded or the model
 * already matched (the server's where it is taken), the old base where a change failed or a conflict was left alone.
 * Reads the model, changes nothing.
 */
final class NewBases {

	private final Plan plan;
	private final Decisions decisions;
	private final Capabilities capabilities;

	/** @param capabilities the connector's: a field it cannot write has no base, one it cannot read is never taken */
	NewBases(Plan plan, Decisions decisions, Capabilities capabilities) {
		this.plan = plan;
		this.decisions = decisions;
		this.capabilities = capabilities;
	}

	/** For each of {@code mailboxes} whose base changes, its new base (in that order). */
	Map<Mailbox, MailboxState> of(List<Mailbox> mailboxes, List<TakenField> takes, List<ChangeResult> results) {
		Map<String, Set<Field>> failed = new HashMap<>();
		Set<String> created = new HashSet<>();
		for (ChangeResult result : results) {
			if (result.status() != Status.DONE && result.change().mailbox() != null) {
				failed.computeIfAbsent(result.change().mailbox(), k -> new HashSet<>()).add(result.change().field());
			} else if (result.status() == Status.DONE && result.change() instanceof Change.CreateMailbox c) {
				created.add(c.mailbox());
			}
		}
		Set<String> conflicted = new HashSet<>();
		for (PlanEntry entry : plan.conflicts()) {
			if (decisions.forMailbox(entry.mailbox()) == null) {
				conflicted.add(entry.mailbox() + "|" + entry.field());
			}
		}
		Map<Mailbox, Map<Field, Object>> taken = new HashMap<>();
		for (TakenField take : takes) {
			Object value = take.server() == null ? null : take.server().get(take.entry().field());
			if (value != null && capabilities.canRead(take.entry().field())) {
				taken.computeIfAbsent(take.mailbox(), k -> new EnumMap<>(Field.class)).put(take.entry().field(), value);
			}
		}
		Map<Mailbox, MailboxState> bases = new LinkedHashMap<>();
		for (Mailbox mailbox : mailboxes) {
			String address = Addresses.key(mailbox.getAddress());
			MailboxState server = plan.snapshot().mailboxes().get(address);
			Set<Field> failedFields = failed.getOrDefault(address, Set.of());
			if (plan.scope() != null && !plan.scope().contains(address)) {
				continue; // read only to follow forwarding: not compared, so its base stays
			}
			if (mailbox.isMarkedForRemoval() || server == null && !created.contains(address) || failedFields.contains(Field.ACCOUNT)) {
				continue;
			}
			MailboxState desired = ModelStates.desired(mailbox);
			Map<Field, Object> takenHere = taken.getOrDefault(mailbox, Map.of());
			MailboxState old = ModelStates.base(mailbox, plan.server());
			Map<Field, Object> base = new EnumMap<>(Field.class);
			for (Field field : Field.SETTINGS) {
				if (capabilities.canWrite(field)) {
					Object model = takenHere.containsKey(field) ? takenHere.get(field) : desired.get(field);
					// a failed change or a conflict left alone keeps the old base: the next plan shows it again
					boolean leftAlone = failedFields.contains(field) || conflicted.contains(address + "|" + field);
					base.put(field, leftAlone ? (old == null ? null : old.get(field)) : model);
				}
			}
			if (changes(old, base)) {
				bases.put(mailbox, new MailboxState(address, base));
			}
		}
		return bases;
	}

	/** Whether setting {@code base} changes {@code old}: null values leave a field's old base (see ModelStates.setBase). */
	private static boolean changes(MailboxState old, Map<Field, Object> base) {
		if (old == null) {
			return true;
		}
		for (Map.Entry<Field, Object> field : base.entrySet()) {
			if (field.getValue() != null && !field.getValue().equals(old.get(field.getKey()))) {
				return true;
			}
		}
		return false;
	}
}
