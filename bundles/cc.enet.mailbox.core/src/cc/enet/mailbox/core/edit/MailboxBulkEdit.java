package cc.enet.mailbox.core.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import cc.enet.mailbox.Filters;
import cc.enet.mailbox.Forwarding;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.MailboxFactory;
import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.Retention;
import cc.enet.mailbox.SendEncoding;
import cc.enet.mailbox.model.Addresses;
import cc.enet.mailbox.model.EnetGuide;

/**
 * One command for one change to many mailboxes, so a single Undo reverses all of them. Mailboxes that already have
 * the value are left out, so the command records only real changes; when none is left the command is unexecutable.
 * UI-free: the console's table and any script use the same commands.
 */
public final class MailboxBulkEdit {

	/** The four allow/deny lists of a mailbox's filters. */
	public enum FilterList {
		ALLOW_ADDRESSES(Literals.FILTERS__ALLOW_ADDRESSES), ALLOW_DOMAINS(Literals.FILTERS__ALLOW_DOMAINS),
		DENY_ADDRESSES(Literals.FILTERS__DENY_ADDRESSES), DENY_DOMAINS(Literals.FILTERS__DENY_DOMAINS);

		private final EAttribute feature;

		FilterList(EAttribute feature) {
			this.feature = feature;
		}

		public EAttribute feature() {
			return feature;
		}

		@SuppressWarnings("unchecked")
		List<String> of(Filters filters) {
			return (List<String>) filters.eGet(feature);
		}
	}

	private MailboxBulkEdit() {
	}

	public static Command setQuota(EditingDomain domain, Collection<Mailbox> mailboxes, int quotaMb, String label) {
		return set(domain, mailboxes, Literals.MAILBOX_SETTINGS__QUOTA_MB, Integer.valueOf(quotaMb), label);
	}

	public static Command setSendEncoding(EditingDomain domain, Collection<Mailbox> mailboxes, SendEncoding encoding,
			String label) {
		return set(domain, mailboxes, Literals.MAILBOX_SETTINGS__SEND_ENCODING, encoding, label);
	}

	/** Retention and its days together; days count only with {@link Retention#LEAVE_DAYS} and are 0 otherwise. */
	public static Command setRetention(EditingDomain domain, Collection<Mailbox> mailboxes, Retention retention, int days,
			String label) {
		Integer effectiveDays = Integer.valueOf(retention == Retention.LEAVE_DAYS ? days : 0);
		CompoundCommand command = new CompoundCommand(label);
		for (Mailbox mailbox : mailboxes) {
			if (mailbox.getRetention() != retention) {
				command.append(SetCommand.create(domain, mailbox, Literals.MAILBOX_SETTINGS__RETENTION, retention));
			}
			if (mailbox.getRetentionDays() != effectiveDays.intValue()) {
				command.append(SetCommand.create(domain, mailbox, Literals.MAILBOX_SETTINGS__RETENTION_DAYS, effectiveDays));
			}
		}
		return finish(command);
	}

	/** Keep a copy after forwarding, on or off; a mailbox without forwarding settings gets them. */
	public static Command setKeepCopy(EditingDomain domain, Collection<Mailbox> mailboxes, boolean keepCopy, String label) {
		CompoundCommand command = new CompoundCommand(label);
		for (Mailbox mailbox : mailboxes) {
			Forwarding forwarding = mailbox.getForwarding();
			if (forwarding == null) {
				Forwarding created = MailboxFactory.eINSTANCE.createForwarding();
				created.setKeepCopy(keepCopy);
				command.append(SetCommand.create(domain, mailbox, Literals.MAILBOX__FORWARDING, created));
			} else if (forwarding.isKeepCopy() != keepCopy) {
				command.append(SetCommand.create(domain, forwarding, Literals.FORWARDING__KEEP_COPY, Boolean.valueOf(keepCopy)));
			}
		}
		return finish(command);
	}

	/** Adds {@code values} to one allow/deny list of every mailbox, skipping entries a list already has (any case). */
	public static Command addFilterEntries(EditingDomain domain, Collection<Mailbox> mailboxes, FilterList list,
			Collection<String> values, String label) {
		CompoundCommand command = new CompoundCommand(label);
		for (Mailbox mailbox : mailboxes) {
			Filters filters = mailbox.getFilters();
			if (filters == null) {
				Filters created = MailboxFactory.eINSTANCE.createFilters();
				list.of(created).addAll(distinct(values));
				command.append(SetCommand.create(domain, mailbox, Literals.MAILBOX_SETTINGS__FILTERS, created));
				continue;
			}
			Set<String> present = new HashSet<>();
			list.of(filters).forEach(v -> present.add(Addresses.key(v)));
			List<String> missing = new ArrayList<>();
			for (String value : values) {
				if (present.add(Addresses.key(value))) {
					missing.add(value.strip());
				}
			}
			if (!missing.isEmpty()) {
				command.append(AddCommand.create(domain, filters, list.feature(), missing));
			}
		}
		return finish(command);
	}

	/** Removes every occurrence of {@code value} (any case) from one allow/deny list of every mailbox. */
	public static Command removeFilterEntry(EditingDomain domain, Collection<Mailbox> mailboxes, FilterList list,
			String value, String label) {
		String key = Addresses.key(value);
		CompoundCommand command = new CompoundCommand(label);
		for (Mailbox mailbox : mailboxes) {
			Filters filters = mailbox.getFilters();
			if (filters != null) {
				List<String> matches = list.of(filters).stream().filter(v -> Addresses.key(v).equals(key)).toList();
				if (!matches.isEmpty()) {
					command.append(RemoveCommand.create(domain, filters, list.feature(), matches));
				}
			}
		}
		return finish(command);
	}

	/** The guide's request: enet-corp.com, enet.cc and enetj.com on every domain allow list. */
	public static Command addEnetDomains(EditingDomain domain, Collection<Mailbox> mailboxes, String label) {
		return addFilterEntries(domain, mailboxes, FilterList.ALLOW_DOMAINS, EnetGuide.ENET_DOMAINS, label);
	}

	private static Command set(EditingDomain domain, Collection<Mailbox> mailboxes, EStructuralFeature feature,
			Object value, String label) {
		CompoundCommand command = new CompoundCommand(label);
		for (EObject mailbox : mailboxes) {
			if (!Objects.equals(mailbox.eGet(feature), value)) {
				command.append(SetCommand.create(domain, mailbox, feature, value));
			}
		}
		return finish(command);
	}

	private static Command finish(CompoundCommand command) {
		return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
	}

	private static List<String> distinct(Collection<String> values) {
		Set<String> seen = new HashSet<>();
		return values.stream().map(String::strip).filter(v -> seen.add(Addresses.key(v))).toList();
	}
}
