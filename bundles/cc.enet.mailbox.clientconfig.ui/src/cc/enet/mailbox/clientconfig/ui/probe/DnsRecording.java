package cc.enet.mailbox.clientconfig.ui.probe;

import java.util.List;

import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import cc.enet.mailbox.rules.DnsVerdict;
import cc.enet.mailbox.ui.session.ConsoleSession;

/**
 * Records a DNS check on its domain from the probe job: one command on the UI thread ("Record the DNS check of D"),
 * so Undo takes it back, every view hears of it, and setup and send-setup read it at once; saving stays the user's.
 */
final class DnsRecording {

	private DnsRecording() {
	}

	static void record(ConsoleSession session, Display display, String domain, DnsVerdict verdict) {
		display.syncExec(() -> {
			if (ConsoleSession.current() != session) {
				return; // another workspace was opened meanwhile
			}
			ChangeCommand command = new ChangeCommand(List.of(verdict.domain())) {
				@Override
				protected void doExecute() {
					verdict.record();
				}
			};
			command.setLabel(NLS.bind(ProbeMessages.Job_recordDns, domain));
			session.executeBusyWork(command);
		});
	}
}
