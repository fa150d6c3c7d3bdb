package cc.enet.mailbox.rules.fixes;

import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.ServiceEndpoint;
import cc.enet.mailbox.TlsMode;
import cc.enet.mailbox.model.EnetGuide;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.QuickFix;
import cc.enet.mailbox.rules.internal.RuleMessages;

/** Drops STARTTLS or plain text for TLS from the first byte, on the guide's port. */
public final class UseImplicitTls implements QuickFix {

	private static final Set<String> RULES = Set.of("tls.required", "tls.starttls", "port.mismatch");

	@Override
	public boolean fixes(String ruleId) {
		return RULES.contains(ruleId);
	}

	@Override
	public String label(Locale locale, Finding finding) {
		ServiceEndpoint endpoint = (ServiceEndpoint) finding.target();
		return RuleMessages.format(locale, "fix.tls", endpoint.getProtocol(), String.valueOf(EnetGuide.tlsPort(endpoint.getProtocol())));
	}

	@Override
	public Command createCommand(EditingDomain domain, Finding finding) {
		if (!(finding.target() instanceof ServiceEndpoint endpoint)) {
			return UnexecutableCommand.INSTANCE;
		}
		CompoundCommand command = new CompoundCommand(label(Locale.getDefault(), finding));
		int port = EnetGuide.tlsPort(endpoint.getProtocol());
		if (endpoint.getTls() != TlsMode.IMPLICIT) {
			command.append(SetCommand.create(domain, endpoint, Literals.SERVICE_ENDPOINT__TLS, TlsMode.IMPLICIT));
		}
		if (endpoint.getPort() != port) {
			command.append(SetCommand.create(domain, endpoint, Literals.SERVICE_ENDPOINT__PORT, port));
		}
		return command.isEmpty() ? UnexecutableCommand.INSTANCE : command.unwrap();
	}
}
