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

import cc.enet.mailbox.core.credentials.CredentialException;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.credentials.SecureStorageCredentialStore;
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
			ConsoleSession.setCurrent(new ConsoleSession(open(workspaceFolder(args), argument(args, "-demoServer"))));
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

	static String argument(String[] args, String name) {
		if (args != null) {
			for (int i = 0; i + 1 < args.length; i++) {
				if (args[i].equals(name)) {
					return args[i + 1];
				}
			}
		}
		return null;
	}

	static Path workspaceFolder(String[] args) {
		String named = argument(args, "-mailboxWorkspace");
		if (named != null) {
			return Path.of(named);
		}
		String property = System.getProperty("mailbox.workspace");
		if (property != null && !property.isBlank()) {
			return Path.of(property);
		}
		return Path.of(System.getProperty("user.home"), ".mailbox-console", "demo-workspace");
	}

	/**
	 * Opens the workspace, creating the demo on first start. With {@code -demoServer URL} (./console passes the
	 * embedded James) the demo's "demo" server points there and its mailboxes have initial passwords in secure storage.
	 */
	static MailboxWorkspace open(Path folder, String demoServer) throws WorkspaceException, IOException {
		if (WorkspaceStore.isWorkspace(folder)) {
			MailboxWorkspace workspace = WorkspaceStore.open(folder);
			if (demoServer != null) {
				DemoWorkspace.useDemoServer(workspace, demoServer);
				WorkspaceStore.save(workspace);
			}
			return workspace;
		}
		CredentialStore credentials = null;
		if (demoServer != null) {
			try {
				credentials = SecureStorageCredentialStore.open(SecureStorageCredentialStore.defaultFolder());
			} catch (CredentialException e) {
				throw new IOException(e.getMessage(), e);
			}
		}
		MailboxWorkspace demo = DemoWorkspace.create(folder, demoServer, credentials);
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
