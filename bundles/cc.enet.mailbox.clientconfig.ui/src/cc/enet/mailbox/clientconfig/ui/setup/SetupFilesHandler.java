package cc.enet.mailbox.clientconfig.ui.setup;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.clientconfig.SetupGate;
import cc.enet.mailbox.ui.session.ConsoleSession;
import cc.enet.mailbox.ui.editors.ModelSelection;

/** "Setup Files..." on the first selected mailbox or domain. */
public final class SetupFilesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		ConsoleSession session = ConsoleSession.current();
		EObject target = ModelSelection.elements(event).stream().filter(e -> e instanceof Mailbox || e instanceof Domain)
				.map(EObject.class::cast).findFirst().orElse(null);
		if (session == null || target == null) {
			return null;
		}
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		// the gate checks the whole workspace (loops and duplicates span domains), as the setup command does
		SetupGate[] gate = new SetupGate[1];
		BusyIndicator.showWhile(shell.getDisplay(), () -> gate[0] = new SetupGate(session.workspace().root()));
		new SetupFilesDialog(shell, target, gate[0], StoredPasswords.of(session.workspace().root()), session.locale()).open();
		return null;
	}
}
