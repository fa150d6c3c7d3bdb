package cc.enet.mailbox.rules.fixes;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import cc.enet.mailbox.Filters;
import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.model.Addresses;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.QuickFix;
import cc.enet.mailbox.rules.internal.RuleMessages;

/**
 * Repairs an allow/deny entry where the intent is clear: "@enet.cc" or a web address on a domain list means the
 * domain, "mailto:" or angle brackets around an address mean the address. Anything else is left to the user.
 */
public final class CleanFilterEntry implements QuickFix {

	private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)^(?:https?://)?(?:www\\.)?([^/:@\\s]+)(?:[:/].*)?$");

	@Override
	public boolean fixes(String ruleId) {
		return "filter.entry".equals(ruleId);
	}

	@Override
	public String label(Locale locale, Finding finding) {
		String entry = entryOf(finding);
		String cleaned = cleaned(entry, isDomainList(finding));
		return RuleMessages.format(locale, "fix.filter.entry", entry, cleaned == null ? entry : cleaned);
	}

	@Override
	public Command createCommand(EditingDomain domain, Finding finding) {
		if (!(finding.target() instanceof Filters filters) || !(finding.feature() instanceof EAttribute list)) {
			return UnexecutableCommand.INSTANCE;
		}
		String entry = entryOf(finding);
		String cleaned = cleaned(entry, isDomainList(finding));
		@SuppressWarnings("unchecked")
		List<String> entries = (List<String>) filters.eGet(list);
		int index = entries.indexOf(entry);
		if (cleaned == null || index < 0) {
			return UnexecutableCommand.INSTANCE;
		}
		return SetCommand.create(domain, filters, list, cleaned, index);
	}

	/** The entry as it was meant, or null when the intent is not clear. */
	public static String cleaned(String entry, boolean domainList) {
		String text = entry == null ? "" : entry.strip();
		if (domainList) {
			if (text.startsWith("@")) {
				text = text.substring(1);
			} else if (text.contains("://") || text.toLowerCase(Locale.ROOT).startsWith("www.")) {
				Matcher web = WEB_ADDRESS.matcher(text);
				text = web.matches() ? web.group(1) : text;
			}
			text = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
			return Addresses.isValidDomain(text) ? text.toLowerCase(Locale.ROOT) : null;
		}
		if (text.regionMatches(true, 0, "mailto:", 0, 7)) {
			text = text.substring(7);
		}
		if (text.startsWith("<") && text.endsWith(">")) {
			text = text.substring(1, text.length() - 1).strip();
		}
		return Addresses.isValidAddress(text) ? text : null;
	}

	private static boolean isDomainList(Finding finding) {
		return finding.feature() == Literals.FILTERS__ALLOW_DOMAINS || finding.feature() == Literals.FILTERS__DENY_DOMAINS;
	}

	private static String entryOf(Finding finding) {
		return finding.arguments().isEmpty() ? "" : String.valueOf(finding.arguments().get(0));
	}
}
