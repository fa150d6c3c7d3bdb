package cc.enet.mailbox.rules;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import cc.enet.mailbox.rules.internal.RuleMessages;

/**
 * One broken rule at one place. {@code mailbox} and {@code domain} name the place for people (either may be null),
 * {@code featurePath} names the field ("forwarding.targets", "endpoints[POP3].tls"), and {@code target}/{@code feature}
 * let an editor jump to it.
 *
 * @param messageKey key of the message in the rules' message bundle, usually the rule id
 */
public record Finding(String ruleId, Severity severity, EObject target, EStructuralFeature feature, String featurePath,
		String mailbox, String domain, String messageKey, List<Object> arguments) {

	public String message(Locale locale) {
		return RuleMessages.format(locale, messageKey, arguments.toArray());
	}

	/** Where the finding is, for one-line output: the mailbox, else the domain. */
	public String place() {
		return mailbox != null ? mailbox : domain != null ? domain : "";
	}
}
