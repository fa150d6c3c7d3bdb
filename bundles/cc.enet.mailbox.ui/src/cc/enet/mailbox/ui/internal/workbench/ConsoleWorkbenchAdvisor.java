package cc.enet.mailbox.ui.internal.workbench;

import cc.enet.mailbox.ui.internal.UiMessages;
import cc.enet.mailbox.ui.session.ConsoleSession;
import cc.enet.mailbox.ui.session.WorkspaceOpener;

import java.nio.file.Path;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages;
import org.osgi.framework.Bundle;

import cc.enet.mailbox.ui.editors.MailboxTableEditor;
import cc.enet.mailbox.ui.editors.MailboxTableInput;
import cc.enet.mailbox.ui.markers.ProblemMarkers;

/**
 * One window on the mailbox perspective, titled with the workspace folder. Sets up what the IDE's Problems view
 * needs in an RCP application (resource adapters, marker images), then opens the workspace in a job.
 */
@SuppressWarnings("restriction")
public final class ConsoleWorkbenchAdvisor extends WorkbenchAdvisor {

	private final Path workspaceFolder;
	private final String openMailboxes;
	private final String demoServer;

	/**
	 * @param openMailboxes "all" (also when null), a domain name, or "none": the mailbox table to open once the
	 *            workspace is read
	 */
	public ConsoleWorkbenchAdvisor(Path workspaceFolder, String openMailboxes) {
		this(workspaceFolder, openMailboxes, null);
	}

	/** @param demoServer the embedded demo server's WebAdmin URL, or null */
	public ConsoleWorkbenchAdvisor(Path workspaceFolder, String openMailboxes, String demoServer) {
		this.demoServer = demoServer;
		this.workspaceFolder = workspaceFolder;
		this.openMailboxes = openMailboxes;
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		IDE.registerAdapters();
		declareIdeImages(configurer);
	}

	/** The Problems view's severity and quick-fix icons, the Quick Fix dialog's banner; the IDE application declares them, an RCP one must. */
	private static void declareIdeImages(IWorkbenchConfigurer configurer) {
		Bundle ide = Platform.getBundle("org.eclipse.ui.ide");
		String[][] images = {
				{ IDEInternalWorkbenchImages.IMG_OBJS_ERROR_PATH, "icons/full/obj16/error_tsk.png" },
				{ IDEInternalWorkbenchImages.IMG_OBJS_WARNING_PATH, "icons/full/obj16/warn_tsk.png" },
				{ IDEInternalWorkbenchImages.IMG_OBJS_INFO_PATH, "icons/full/obj16/info_tsk.png" },
				{ IDEInternalWorkbenchImages.IMG_OBJS_FIXABLE_ERROR, "icons/full/obj16/quickfix_error_obj.png" },
				{ IDEInternalWorkbenchImages.IMG_OBJS_FIXABLE_WARNING, "icons/full/obj16/quickfix_warning_obj.png" },
				{ IDEInternalWorkbenchImages.IMG_OBJS_FIXABLE_INFO, "icons/full/obj16/quickfix_info_obj.png" },
				{ IDEInternalWorkbenchImages.IMG_ETOOL_PROBLEMS_VIEW, "icons/full/eview16/problems_view.png" },
				{ IDEInternalWorkbenchImages.IMG_ETOOL_PROBLEMS_VIEW_ERROR, "icons/full/eview16/problems_view_error.png" },
				{ IDEInternalWorkbenchImages.IMG_ETOOL_PROBLEMS_VIEW_WARNING, "icons/full/eview16/problems_view_warning.png" },
				{ IDEInternalWorkbenchImages.IMG_ETOOL_PROBLEMS_VIEW_INFO, "icons/full/eview16/problems_view_info.png" },
				{ IDE.SharedImages.IMG_OBJ_PROJECT, "icons/full/obj16/prj_obj.png" },
				{ IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, "icons/full/obj16/cprj_obj.png" },
				// the Quick Fix dialog's banner: undeclared, JFace draws its missing-image square there
				{ IDEInternalWorkbenchImages.IMG_DLGBAN_QUICKFIX_DLG, "icons/full/wizban/quick_fix.png" }, };
		if (ide != null) {
			for (String[] image : images) {
				configurer.declareImage(image[0],
						ImageDescriptor.createFromURL(FileLocator.find(ide,
								IPath.fromOSString(image[1]), null)),
						true);
			}
		}
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return ConsolePerspective.ID;
	}

	@Override
	public void postStartup() {
		ConsoleSession.addListener(new ProblemMarkers());
		// The editor area is never empty at start: the table of every mailbox unless told otherwise.
		String table = openMailboxes == null ? "all" : openMailboxes;
		if (!"none".equals(table)) {
			ConsoleSession.addListener(new ConsoleSession.Listener() {
				@Override
				public void sessionOpened(ConsoleSession session) {
					ConsoleSession.removeListener(this);
					if (!session.workspace().folder().toAbsolutePath().normalize()
							.equals(workspaceFolder.toAbsolutePath().normalize())) {
						return; // another workspace was opened before this one was read
					}
					EObject scope = "all".equals(table) ? session.workspace().root()
							: session.workspace().findDomain(table).map(EObject.class::cast)
									.orElse(session.workspace().root());
					try {
						getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow().getActivePage().openEditor(
								new MailboxTableInput(scope),
								MailboxTableEditor.ID);
					} catch (PartInitException e) {
						ILog.of(getClass()).log(e.getStatus());
					}
				}
			});
		}
		WorkspaceOpener.open(workspaceFolder, demoServer);
	}

	@Override
	public void postShutdown() {
		try {
			ResourcesPlugin.getWorkspace().save(true, null);
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new WorkbenchWindowAdvisor(configurer) {
			private final ConsoleSession.Listener title = new ConsoleSession.Listener() {
				@Override
				public void sessionOpened(ConsoleSession session) {
					if (configurer.getWindow().getShell() != null && !configurer.getWindow().getShell().isDisposed()) {
						configurer.getWindow().getShell().setText(NLS.bind(UiMessages.Window_title, session.workspace().folder()));
					}
				}
			};

			@Override
			public void preWindowOpen() {
				configurer.setInitialSize(new Point(1280, 800));
				configurer.setShowStatusLine(true);
				configurer.setShowProgressIndicator(true);
				configurer.setShowCoolBar(true);
				configurer.setTitle(NLS.bind(UiMessages.Window_title, workspaceFolder.toAbsolutePath()));
				ConsoleSession.addListener(title);
			}

			/**
			 * The text editors' File > Open File... and Convert Line Delimiters To act on any file in a text editor:
			 * nothing staff need here, and the platform ships them in English only. The Problems view's
			 * descriptions get the width they need.
			 */
			@Override
			public void postWindowOpen() {
				IWorkbenchPage page = configurer.getWindow().getActivePage();
				if (page != null) {
					page.hideActionSet("org.eclipse.ui.actionSet.openFiles");
					page.hideActionSet("org.eclipse.ui.edit.text.actionSet.convertLineDelimitersTo");
					ProblemsDescriptionWidth.install(page);
				}
			}

			@Override
			public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer actionBars) {
				return new ConsoleActionBarAdvisor(actionBars);
			}

			@Override
			public void dispose() {
				ConsoleSession.removeListener(title);
			}
		};
	}
}
