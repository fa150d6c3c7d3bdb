package cc.enet.mailbox.ui.forms;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
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
	private final ModelFormEditor form;
	private final EObject owner;
	private final EReference settings;

	/** The settings of {@code owner} itself ({@code settings} null: a mailbox) or of its {@code settings} (a domain's defaults). */
	SettingsSection(ModelFormEditor form, Composite parent, EObject owner, EReference settings) {
		this.form = form;
		this.owner = owner;
		this.settings = settings;
		FormDecorations decorations = form.decorations;
		Group general = form.group(parent, UiMessages.Form_settings, 2);
		form.label(general, UiMessages.Form_quota);
		quota = form.number(general, observe(Literals.MAILBOX_SETTINGS__QUOTA_MB), this::typedQuota);
		decorations.bind(quota, this::settings, Literals.MAILBOX_SETTINGS__QUOTA_MB);
		form.label(general, UiMessages.Form_encoding);
		encoding = form.combo(general, SendEncoding.VALUES, EnumLabels::label, observe(Literals.MAILBOX_SETTINGS__SEND_ENCODING));
		decorations.bind(encoding, this::settings, Literals.MAILBOX_SETTINGS__SEND_ENCODING);
		form.label(general, UiMessages.Form_retention);
		retention = form.combo(general, Retention.VALUES, EnumLabels::label, observe(Literals.MAILBOX_SETTINGS__RETENTION));
		decorations.bind(retention, this::settings, Literals.MAILBOX_SETTINGS__RETENTION);
		form.label(general, UiMessages.Form_retentionDays);
		retentionDays = form.number(general, observe(Literals.MAILBOX_SETTINGS__RETENTION_DAYS), null);
		decorations.bind(retentionDays, this::settings, Literals.MAILBOX_SETTINGS__RETENTION_DAYS);

		allowAddresses = list(parent, UiMessages.Form_allowAddresses, Literals.FILTERS__ALLOW_ADDRESSES);
		allowDomains = list(parent, UiMessages.Form_allowDomains, Literals.FILTERS__ALLOW_DOMAINS);
		denyAddresses = list(parent, UiMessages.Form_denyAddresses, Literals.FILTERS__DENY_ADDRESSES);
		denyDomains = list(parent, UiMessages.Form_denyDomains, Literals.FILTERS__DENY_DOMAINS);

		Group rejects = form.group(parent, UiMessages.Form_rejects, 2);
		rejectVirus = form.check(rejects, UiMessages.Form_rejectVirus,
				observe(Literals.MAILBOX_SETTINGS__FILTERS, Literals.FILTERS__REJECT_VIRUS));
		decorations.bind(rejectVirus, this::filters, Literals.FILTERS__REJECT_VIRUS);
		rejectSpam = form.check(rejects, UiMessages.Form_rejectSpam,
				observe(Literals.MAILBOX_SETTINGS__FILTERS, Literals.FILTERS__REJECT_SPAM));
		decorations.bind(rejectSpam, this::filters, Literals.FILTERS__REJECT_SPAM);
		retentionDays.setLayoutData(new GridData(80, -1));
	}

	/** quota.invalid for a quota as typed (0 MB or less), on a copy of the settings; null when it is not a number. */
	private List<Finding> typedQuota(String text) {
		if (settings() == null) {
			return null;
		}
		MailboxSettings copy = EcoreUtil.copy(settings());
		try {
			copy.setQuotaMb(Integer.parseInt(text.strip()));
		} catch (NumberFormatException e) {
			return null;
		}
		return ModelFormEditor.typedFindings(copy, f -> f.target() == copy && f.feature() == Literals.MAILBOX_SETTINGS__QUOTA_MB);
	}

	private MailboxSettings settings() {
		return (MailboxSettings) (settings == null ? owner : owner.eGet(settings));
	}

	private Filters filters() {
		MailboxSettings current = settings();
		return current == null ? null : current.getFilters();
	}

	/** The path from the owner to {@code features} of the settings. */
	private List<EStructuralFeature> path(EStructuralFeature... features) {
		List<EStructuralFeature> path = new ArrayList<>();
		if (settings != null) {
			path.add(settings);
		}
		path.addAll(List.of(features));
		return path;
	}

	private IObservableValue<Object> observe(EStructuralFeature... features) {
		return form.observe(owner, path(features).toArray(EStructuralFeature[]::new));
	}

	private ModelFormEditor.EntryList list(Composite parent, String title, EAttribute feature) {
		ModelFormEditor.EntryList list = form.entryList(parent, title, owner, path(Literals.MAILBOX_SETTINGS__FILTERS, feature),
				Integer.MAX_VALUE, entry -> typed(settings(), feature, entry));
		form.decorations.bind(list.list(), this::filters, feature);
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
		// filter.conflict is reported on the deny list, whichever was typed
		return ModelFormEditor.typedFindings(copy, f -> f.target() == copy.getFilters() && ModelFormEditor.names(f, entry));
	}
}
