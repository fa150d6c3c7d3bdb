package cc.enet.mailbox.ui.internal;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

import cc.enet.mailbox.ui.text.Counted;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.ServiceEndpoint;
import cc.enet.mailbox.model.EnumLabels;
import cc.enet.mailbox.provider.MailboxEditPlugin;

/**
 * Names one edit of a form or the Properties view as a person says it ("Set Quota of tanaka@example.jp to 800 MB"),
 * so Edit > Undo and Redo say which edit they take back, not EMF's bare "Set".
 */
public final class EditLabels {

	/** The fields whose form label reads well inside a sentence; the others take the Properties view's words. */
	private static final Map<EStructuralFeature, String> NAMES = Map.ofEntries(
			Map.entry(Literals.MAILBOX__DISPLAY_NAME, UiMessages.Form_senderName),
			Map.entry(Literals.MAILBOX_SETTINGS__QUOTA_MB, UiMessages.Edit_quota),
			Map.entry(Literals.MAILBOX_SETTINGS__SEND_ENCODING, UiMessages.Form_encoding),
			Map.entry(Literals.MAILBOX_SETTINGS__RETENTION, UiMessages.Form_retention),
			Map.entry(Literals.MAILBOX_SETTINGS__RETENTION_DAYS, UiMessages.Edit_retentionDays),
			Map.entry(Literals.FORWARDING__TARGETS, UiMessages.Form_forwarding),
			Map.entry(Literals.FORWARDING__KEEP_COPY, UiMessages.Form_keepCopy),
			Map.entry(Literals.FILTERS__ALLOW_ADDRESSES, UiMessages.Form_allowAddresses),
			Map.entry(Literals.FILTERS__ALLOW_DOMAINS, UiMessages.Form_allowDomains),
			Map.entry(Literals.FILTERS__DENY_ADDRESSES, UiMessages.Form_denyAddresses),
			Map.entry(Literals.FILTERS__DENY_DOMAINS, UiMessages.Form_denyDomains),
			Map.entry(Literals.FILTERS__REJECT_VIRUS, UiMessages.Form_rejectVirus),
			Map.entry(Literals.FILTERS__REJECT_SPAM, UiMessages.Form_rejectSpam));

	private EditLabels() {
	}

	/** {@code command}, named as setting {@code feature} of {@code holder} to {@code value}. */
	public static Command set(Command command, EObject holder, EStructuralFeature feature, Object value) {
		String field = field(feature);
		String owner = owner(holder);
		String label;
		if (value instanceof Boolean on) {
			label = NLS.bind(on ? UiMessages.Edit_on : UiMessages.Edit_off, field, owner);
		} else if (value == null || value instanceof String s && s.isBlank()
				|| value instanceof Collection<?> c && c.isEmpty()) {
			label = NLS.bind(UiMessages.Edit_clear, field, owner);
		} else {
			label = NLS.bind(UiMessages.Edit_set, new Object[] { field, owner, value(feature, value) });
		}
		return named(command, label);
	}

	/** {@code command}, named as adding {@code values} to the list {@code feature} of {@code holder}. */
	public static Command add(Command command, EObject holder, EStructuralFeature feature, Collection<?> values) {
		return named(command, NLS.bind(UiMessages.Edit_add, new Object[] { field(feature), owner(holder), list(values) }));
	}

	/** {@code command}, named as removing {@code values} from the list {@code feature} of {@code holder}. */
	public static Command remove(Command command, EObject holder, EStructuralFeature feature, Collection<?> values) {
		return named(command, NLS.bind(UiMessages.Edit_remove, new Object[] { field(feature), owner(holder), list(values) }));
	}

	public static String field(EStructuralFeature feature) {
		String name = NAMES.get(feature);
		return name != null ? name
				: MailboxEditPlugin.INSTANCE.getString("_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature");
	}

	/** Whose field it is: the mailbox's address, the domain's name, "POP3 of example.jp"; a part goes to its owner. */
	public static String owner(EObject holder) {
		for (EObject o = holder; o != null; o = o.eContainer()) {
			if (o instanceof Mailbox mailbox) {
				return mailbox.getAddress();
			}
			if (o instanceof ServiceEndpoint endpoint) {
				return NLS.bind(UiMessages.Edit_endpointOf, EnumLabels.label(endpoint.getProtocol()), owner(endpoint.eContainer()));
			}
			if (o instanceof Domain domain) {
				return holder == domain ? domain.getName() : NLS.bind(UiMessages.Edit_defaultsOf, domain.getName());
			}
		}
		return "";
	}

	private static String value(EStructuralFeature feature, Object value) {
		if (feature == Literals.MAILBOX_SETTINGS__QUOTA_MB) {
			return NLS.bind(UiMessages.Edit_megabytes, value);
		}
		if (feature == Literals.MAILBOX_SETTINGS__RETENTION_DAYS) {
			return Counted.bind(UiMessages.Edit_days, value);
		}
		if (value instanceof Enumerator enumerator) {
			return EnumLabels.label(enumerator);
		}
		if (value instanceof Collection<?> values) {
			return list(values);
		}
		return String.valueOf(value);
	}

	private static String list(Collection<?> values) {
		return values.stream().map(String::valueOf).collect(Collectors.joining(UiMessages.List_separator));
	}

	private static Command named(Command command, String label) {
		return new CommandWrapper(label, label, command);
	}
}
