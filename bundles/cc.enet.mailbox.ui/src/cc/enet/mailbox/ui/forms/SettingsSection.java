package cc.enet.mailbox.ui.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Text;

import cc.enet.mailbox.Filters;
import cc.enet.mailbox.MailboxFactory;
import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.MailboxSettings;
import cc.enet.mailbox.Retention;
import cc.enet.mailbox.SendEncoding;
import cc.enet.mailbox.model.EnumLabels;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.Severity;
import cc.enet.mailbox.rules.Validation;
import cc.enet.mailbox.ui.internal.UiMessages;

/** The settings a mailbox and a domain's defaults share: quota, encoding, retention, the allow/deny lists, rejects. */
public final class SettingsSection {

	public Text quota;
	public Combo encoding;
	public Combo retention;
	public Text retentionDays;
	public ModelFormEditor.EntryList allowAddresses;
	public ModelFormEditor.EntryList allowDomains;
	public ModelFormEditor.EntryList denyAddresses;
	public ModelFormEditor.EntryList denyDomains;
	public Button rejectVirus;
	public Button rejectSpam;

	SettingsSection(ModelFormEditor form, Composite parent, Supplier<MailboxSettings> settings) {
		FormDecorations decorations = form.decorations;
		Group general = form.group(parent, UiMessages.Form_settings, 2);
		form.label(general, UiMessages.Form_quota);
		quota = form.text(general, () -> String.valueOf(settings.get().getQuotaMb()), value -> {
			try {
				form.execute(form.set(settings.get(), Literals.MAILBOX_SETTINGS__QUOTA_MB, Integer.valueOf(value.trim())));
			} catch (NumberFormatException e) {
				form.refresh();
			}
		});
		decorations.bind(quota, settings::get, Literals.MAILBOX_SETTINGS__QUOTA_MB);
		form.label(general, UiMessages.Form_encoding);
		encoding = form.combo(general, SendEncoding.VALUES, EnumLabels::label, () -> settings.get().getSendEncoding(),
				value -> form.execute(form.set(settings.get(), Literals.MAILBOX_SETTINGS__SEND_ENCODING, value)));
		decorations.bind(encoding, settings::get, Literals.MAILBOX_SETTINGS__SEND_ENCODING);
		form.label(general, UiMessages.Form_retention);
		retention = form.combo(general, Retention.VALUES, SettingsSection::label, () -> settings.get().getRetention(),
				value -> form.execute(form.set(settings.get(), Literals.MAILBOX_SETTINGS__RETENTION, value)));
		decorations.bind(retention, settings::get, Literals.MAILBOX_SETTINGS__RETENTION);
		form.label(general, UiMessages.Form_retentionDays);
		retentionDays = form.text(general, () -> String.valueOf(settings.get().getRetentionDays()), value -> {
			try {
				form.execute(form.set(settings.get(), Literals.MAILBOX_SETTINGS__RETENTION_DAYS, Integer.valueOf(value.trim())));
			} catch (NumberFormatException e) {
				form.refresh();
			}
		});
		decorations.bind(retentionDays, settings::get, Literals.MAILBOX_SETTINGS__RETENTION_DAYS);

		Supplier<Filters> filters = () -> settings.get().getFilters();
		allowAddresses = list(form, parent, UiMessages.Form_allowAddresses, settings, filters, Literals.FILTERS__ALLOW_ADDRESSES);
		allowDomains = list(form, parent, UiMessages.Form_allowDomains, settings, filters, Literals.FILTERS__ALLOW_DOMAINS);
		denyAddresses = list(form, parent, UiMessages.Form_denyAddresses, settings, filters, Literals.FILTERS__DENY_ADDRESSES);
		denyDomains = list(form, parent, UiMessages.Form_denyDomains, settings, filters, Literals.FILTERS__DENY_DOMAINS);

		Group rejects = form.group(parent, UiMessages.Form_rejects, 2);
		rejectVirus = form.check(rejects, UiMessages.Field_rejectVirus, () -> filters.get() != null && filters.get().isRejectVirus(),
				value -> form.execute(form.setIn(settings.get(), Literals.MAILBOX_SETTINGS__FILTERS, Literals.FILTERS__REJECT_VIRUS, value)));
		decorations.bind(rejectVirus, filters::get, Literals.FILTERS__REJECT_VIRUS);
		rejectSpam = form.check(rejects, UiMessages.Field_rejectSpam, () -> filters.get() != null && filters.get().isRejectSpam(),
				value -> form.execute(form.setIn(settings.get(), Literals.MAILBOX_SETTINGS__FILTERS, Literals.FILTERS__REJECT_SPAM, value)));
		decorations.bind(rejectSpam, filters::get, Literals.FILTERS__REJECT_SPAM);
		retentionDays.setLayoutData(new GridData(80, -1));
	}

	@SuppressWarnings("unchecked")
	private static ModelFormEditor.EntryList list(ModelFormEditor form, Composite parent, String title,
			Supplier<MailboxSettings> settings, Supplier<Filters> filters, EAttribute feature) {
		ModelFormEditor.EntryList list = form.entryList(parent, title,
				() -> filters.get() == null ? List.of() : List.copyOf((List<String>) filters.get().eGet(feature)),
				value -> form.execute(form.addIn(settings.get(), Literals.MAILBOX_SETTINGS__FILTERS, feature, value)),
				values -> form.execute(form.removeIn(settings.get(), Literals.MAILBOX_SETTINGS__FILTERS, feature, values)),
				entry -> typed(settings.get(), feature, entry));
		form.decorations.bind(list.list(), filters::get, feature);
		form.decorations.bind(list.entry(), () -> null);
		return list;
	}

	/** The findings an entry would have on this list (filter.conflict, allowlist rules), on a copy of the settings. */
	@SuppressWarnings("unchecked")
	static List<Finding> typed(MailboxSettings settings, EAttribute feature, String entry) {
		MailboxSettings copy = EcoreUtil.copy(settings);
		if (copy.getFilters() == null) {
			copy.setFilters(MailboxFactory.eINSTANCE.createFilters());
		}
		((List<String>) copy.getFilters().eGet(feature)).add(entry);
		List<Finding> result = new ArrayList<>();
		try {
			for (Finding finding : new Validation().findings(copy)) {
				if (finding.target() == copy.getFilters() // filter.conflict is reported on the deny list, whichever was typed
						&& finding.severity() != Severity.INFO
						&& finding.arguments().stream().anyMatch(a -> String.valueOf(a).equalsIgnoreCase(entry))) {
					result.add(finding);
				}
			}
		} catch (RuntimeException e) {
			// the committed value is still checked by the session
		}
		return result;
	}

	static String label(Retention retention) {
		return EnumLabels.label(retention);
	}
}
