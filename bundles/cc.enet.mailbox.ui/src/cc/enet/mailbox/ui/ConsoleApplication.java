package cc.enet.mailbox.ui;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

import cc.enet.mailbox.core.demo.DemoWorkspace;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceException;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.ui.internal.ConsoleSession;
import cc.enet.mailbox.ui.internal.ConsoleWorkbenchAdvisor;
import cc.enet.mailbox.ui.internal.UiMessages;

/**
 * The console's window. It opens the workspace named by {@code -mailboxWorkspace PATH} (or the system property
 * mailbox.workspace); without one, the demo workspace, created on first start.
 */
public final class ConsoleApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Display display = PlatformUI.createDisplay();
		try {
			String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
			ConsoleSession.setCurrent(new ConsoleSession(open(workspaceFolder(args))));
			int code = PlatformUI.createAndRunWorkbench(display, new ConsoleWorkbenchAdvisor());
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} catch (WorkspaceException | IOException e) {
			ErrorDialog.openError(null, UiMessages.Open_failed, e.getMessage(),
					Status.error(e.getMessage(), e));
			return Integer.valueOf(2);
		} finally {
			display.dispose();
		}
	}

	static Path workspaceFolder(String[] args) {
		if (args != null) {
			for (int i = 0; i + 1 < args.length; i++) {
				if (args[i].equals("-mailboxWorkspace")) {
					return Path.of(args[i + 1]);
				}
			}
		}
		String property = System.getProperty("mailbox.workspace");
		if (property != null && !property.isBlank()) {
			return Path.of(property);
		}
		return Path.of(System.getProperty("user.home"), ".mailbox-console", "demo-workspace");
	}

	static MailboxWorkspace open(Path folder) throws WorkspaceException, IOException {
		if (WorkspaceStore.isWorkspace(folder)) {
			return WorkspaceStore.open(folder);
		}
		MailboxWorkspace demo = DemoWorkspace.create(folder);
		WorkspaceStore.save(demo);
		return demo;
	}

	@Override
	public void stop() {
		IWorkbench workbench = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench() : null;
		if (workbench != null) {
			workbench.getDisplay().syncExec(() -> workbench.close());
		}
	}

}
