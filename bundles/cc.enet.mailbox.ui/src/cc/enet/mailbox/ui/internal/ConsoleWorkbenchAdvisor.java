package cc.enet.mailbox.ui.internal;

import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Opens one window on the mailbox perspective, titled with the workspace folder. */
public final class ConsoleWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public String getInitialWindowPerspectiveId() {
		return ConsolePerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new WorkbenchWindowAdvisor(configurer) {
			@Override
			public void preWindowOpen() {
				configurer.setInitialSize(new org.eclipse.swt.graphics.Point(1200, 800));
				configurer.setShowStatusLine(true);
				ConsoleSession session = ConsoleSession.current();
				configurer.setTitle(NLS.bind(UiMessages.Window_title,
						session == null ? "" : session.workspace().folder().toString()));
			}
		};
	}
}
