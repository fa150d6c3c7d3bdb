package cc.enet.mailbox.rules.fixes;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import cc.enet.mailbox.Filters;
import cc.enet.mailbox.model.Addresses;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.QuickFix;
import cc.enet.mailbox.rules.internal.RuleMessages;

/** An allowed sender is received whatever the deny list says: the deny entry only misleads, so it goes. */
public final class RemoveDeniedEntry implements QuickFix {

	@Override
	public boolean fixes(String ruleId) {
		return "filter.conflict".equals(ruleId);
	}

	@Override
	public String label(Locale locale, Finding finding) {
		return RuleMessages.format(locale, "fix.filter.conflict", entryOf(finding));
	}

	@Override
	public Command createCommand(EditingDomain domain, Finding finding) {
		if (!(finding.target() instanceof Filters filters) || !(finding.feature() instanceof EAttribute list)) {
			return UnexecutableCommand.INSTANCE;
		}
		String key = Addresses.key(entryOf(finding));
		@SuppressWarnings("unchecked")
		List<String> entries = (List<String>) filters.eGet(list);
		List<String> denied = entries.stream().filter(e -> Addresses.key(e).equals(key)).toList();
		if (denied.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		return RemoveCommand.create(domain, filters, list, denied);
	}

	private static String entryOf(Finding finding) {
		return finding.arguments().isEmpty() ? "" : String.valueOf(finding.arguments().get(0));
	}
}
