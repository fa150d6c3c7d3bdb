package cc.enet.mailbox.ui;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

import cc.enet.mailbox.core.MailboxConsoleHome;
import cc.enet.mailbox.ui.internal.workbench.ConsoleWorkbenchAdvisor;
import cc.enet.mailbox.ui.internal.workbench.WorkbenchLanguage;

/**
 * The console's window. It opens the workspace named by {@code -mailboxWorkspace PATH} (or the system property
 * mailbox.workspace); without one, the demo workspace, created on first start. The workspace is read in a job once
 * the window is up, so even 100,000 mailboxes never hold the window back. Once it is read, the table of all its
 * mailboxes opens; {@code -openMailboxes DOMAIN} opens that domain's table instead, {@code -openMailboxes none} none.
 */
public final class ConsoleApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		forgetWindowOfOtherLanguage();
		Display display = PlatformUI.createDisplay();
		try {
			String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
			int code = PlatformUI.createAndRunWorkbench(display, new ConsoleWorkbenchAdvisor(workspaceFolder(args),
					argument(args, "-openMailboxes"), argument(args, "-demoServer")));
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	/** Views and menus must never keep the titles of the language the last session ran in. */
	private static void forgetWindowOfOtherLanguage() {
		Location instance = Platform.getInstanceLocation();
		if (instance == null || instance.getURL() == null || !"file".equals(instance.getURL().getProtocol())) {
			return;
		}
		try {
			Path area = Path.of(URIUtil.toURI(instance.getURL()));
			WorkbenchLanguage.forgetStateOfOtherLanguage(area, Locale.getDefault().getLanguage());
		} catch (IOException | URISyntaxException | RuntimeException e) {
			ILog.of(ConsoleApplication.class).warn("saved window state kept: " + e, e);
		}
	}

	/** The value after {@code name} among the program arguments, or null. */
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
		return MailboxConsoleHome.folder().resolve("demo-workspace");
	}

	@Override
	public void stop() {
		IWorkbench workbench = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench() : null;
		if (workbench != null) {
			workbench.getDisplay().syncExec(() -> workbench.close());
		}
	}

}
