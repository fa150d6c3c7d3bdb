package cc.enet.mailbox.rules.fixes;

import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import cc.enet.mailbox.AuthMethod;
import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.SendEncoding;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.QuickFix;
import cc.enet.mailbox.rules.internal.RuleMessages;

/** A fix that sets the finding's own feature to the one value the guide allows. */
public final class SetFeatureFix implements QuickFix {

	private final String ruleId;
	private final EStructuralFeature feature;
	private final Object value;

	private SetFeatureFix(String ruleId, EStructuralFeature feature, Object value) {
		this.ruleId = ruleId;
		this.feature = feature;
		this.value = value;
	}

	public static SetFeatureFix normalPassword() {
		return new SetFeatureFix("auth.method", Literals.SERVICE_ENDPOINT__AUTHENTICATION, AuthMethod.NORMAL_PASSWORD);
	}

	public static SetFeatureFix smtpAuth() {
		return new SetFeatureFix("smtp.auth.required", Literals.SERVICE_ENDPOINT__SMTP_AUTH, Boolean.TRUE);
	}

	public static SetFeatureFix iso2022jp() {
		return new SetFeatureFix("encoding.utf8", Literals.MAILBOX_SETTINGS__SEND_ENCODING, SendEncoding.ISO_2022_JP);
	}

	public static SetFeatureFix courseForwardingOff() {
		return new SetFeatureFix("domain.forwarding.conflict", Literals.DOMAIN__COURSE_FREE_FORWARDING, Boolean.FALSE);
	}

	@Override
	public boolean fixes(String id) {
		return ruleId.equals(id);
	}

	@Override
	public String label(Locale locale, Finding finding) {
		return RuleMessages.format(locale, "fix." + ruleId);
	}

	@Override
	public Command createCommand(EditingDomain domain, Finding finding) {
		EObject target = finding.target();
		if (target == null || !feature.getEContainingClass().isInstance(target) || value.equals(target.eGet(feature))) {
			return UnexecutableCommand.INSTANCE;
		}
		return SetCommand.create(domain, target, feature, value);
	}
}
