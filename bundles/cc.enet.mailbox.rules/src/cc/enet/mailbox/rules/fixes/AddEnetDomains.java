package cc.enet.mailbox.rules.fixes;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import cc.enet.mailbox.Filters;
import cc.enet.mailbox.MailboxFactory;
import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.MailboxSettings;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.QuickFix;
import cc.enet.mailbox.rules.constraints.MissingEnetDomains;
import cc.enet.mailbox.rules.internal.RuleMessages;

/** Adds the Enet domains the allow list lacks. */
public final class AddEnetDomains implements QuickFix {

	@Override
	public boolean fixes(String ruleId) {
		return "allowlist.enet".equals(ruleId);
	}

	@Override
	public String label(Locale locale, Finding finding) {
		MailboxSettings settings = settingsOf(finding.target());
		return RuleMessages.format(locale, "fix.allowlist.enet",
				settings == null ? "" : String.join(", ", MissingEnetDomains.of(settings)));
	}

	@Override
	public Command createCommand(EditingDomain domain, Finding finding) {
		MailboxSettings settings = settingsOf(finding.target());
		if (settings == null) {
			return UnexecutableCommand.INSTANCE;
		}
		List<String> missing = MissingEnetDomains.of(settings);
		if (missing.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		if (settings.getFilters() == null) {
			Filters filters = MailboxFactory.eINSTANCE.createFilters();
			filters.getAllowDomains().addAll(missing);
			return SetCommand.create(domain, settings, Literals.MAILBOX_SETTINGS__FILTERS, filters);
		}
		return AddCommand.create(domain, settings.getFilters(), Literals.FILTERS__ALLOW_DOMAINS, missing);
	}

	static MailboxSettings settingsOf(EObject target) {
		for (EObject o = target; o != null; o = o.eContainer()) {
			if (o instanceof MailboxSettings settings) {
				return settings;
			}
		}
		return null;
	}
}
