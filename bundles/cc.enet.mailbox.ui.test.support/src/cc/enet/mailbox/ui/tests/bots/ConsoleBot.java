package cc.enet.mailbox.ui.tests.bots;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

import cc.enet.mailbox.ui.editors.MailboxTableEditor;
import cc.enet.mailbox.ui.forms.CustomerFormEditor;
import cc.enet.mailbox.ui.forms.DomainFormEditor;
import cc.enet.mailbox.ui.forms.MailboxFormEditor;
import cc.enet.mailbox.ui.session.ConsoleSession;
import cc.enet.mailbox.ui.session.WorkspaceOpener;
import cc.enet.mailbox.ui.markers.ProblemMarkers;
import cc.enet.mailbox.clientconfig.ui.probe.ProbeResultsView;
import cc.enet.mailbox.connector.ui.review.AuditLogView;
import cc.enet.mailbox.connector.ui.review.ReviewView;

/** The console's window: open a workspace, run workbench commands (Undo, Save), reach its views and editors. */
public final class ConsoleBot {

	public static ConsoleBot console() {
		Ui.waitUntil("the workbench window is open", () -> PlatformUI.isWorkbenchRunning()
				&& PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null);
		return new ConsoleBot();
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Opens the folder as the console does (a demo workspace when it holds none) and waits for its findings. */
	public ConsoleSession openWorkspace(Path folder) {
		Ui.run(() -> page().closeAllEditors(false));
		ConsoleSession before = ConsoleSession.current();
		Ui.run(() -> WorkspaceOpener.open(folder));
		Ui.waitUntil("the workspace " + folder + " is open and checked", () -> {
			ConsoleSession session = ConsoleSession.current();
			return session != null && session != before && session.workspace().folder().equals(folder.toAbsolutePath().normalize())
					&& session.findings().complete();
		});
		waitForMarkers();
		return ConsoleSession.current();
	}

	public ConsoleSession session() {
		return ConsoleSession.current();
	}

	/** Waits until validation has caught up with the last command and the markers reflect it. */
	public void waitForFindings() {
		// A command schedules validation with a delay; joining the family waits for a sleeping job too. The sync
		// first lets commands sent by asyncExec run, so that their validation is scheduled before the join.
		Ui.sync(() -> null);
		JobWatch.join(ConsoleSession.class);
		Ui.waitUntil("the findings are current", () -> session().findings().complete());
		waitForMarkers();
	}

	private static void waitForMarkers() {
		Ui.sync(() -> null); // lets the asyncExec that publishes findings (and schedules the marker job) run
		JobWatch.join(ProblemMarkers.class);
	}

	public NavigatorBot navigator() {
		return new NavigatorBot();
	}

	public ReviewViewBot review() {
		return new ReviewViewBot(showView(ReviewView.ID, ReviewView.class));
	}

	/** Closes a view (its tab's X): opened again, it is made anew. */
	public void closeView(String id) {
		Ui.run(() -> page().hideView(page().findView(id)));
	}

	public AuditLogBot auditLog() {
		return new AuditLogBot(showView(AuditLogView.ID, AuditLogView.class));
	}

	private static <T> T showView(String id, Class<T> type) {
		return Ui.sync(() -> {
			try {
				return type.cast(page().showView(id));
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
	}

	/** The Test Results view (Test Settings opens it). */
	public ProbeResultsBot probeResults() {
		String id = ProbeResultsView.ID;
		Ui.waitUntil("the Test Results view is open", () -> page().findView(id) != null);
		return new ProbeResultsBot(Ui.sync(() -> (ProbeResultsView) page().findView(id)));
	}

	public ProblemsViewBot problems() {
		return new ProblemsViewBot();
	}

	public MailboxTableBot activeTable() {
		Ui.waitUntil("a mailbox table is the active editor", () -> page().getActiveEditor() instanceof MailboxTableEditor);
		MailboxTableBot table = new MailboxTableBot(Ui.sync(() -> (MailboxTableEditor) page().getActiveEditor()));
		table.waitUntilLoaded();
		return table;
	}

	public MailboxFormBot activeMailboxForm() {
		Ui.waitUntil("a mailbox form is the active editor",
				() -> page().getActiveEditor() instanceof MailboxFormEditor);
		return new MailboxFormBot(Ui.sync(() -> (MailboxFormEditor) page().getActiveEditor()));
	}

	public DomainFormBot activeDomainForm() {
		Ui.waitUntil("a domain form is the active editor",
				() -> page().getActiveEditor() instanceof DomainFormEditor);
		return new DomainFormBot(Ui.sync(() -> (DomainFormEditor) page().getActiveEditor()));
	}

	public CustomerFormBot activeCustomerForm() {
		Ui.waitUntil("a customer form is the active editor",
				() -> page().getActiveEditor() instanceof CustomerFormEditor);
		return new CustomerFormBot(Ui.sync(() -> (CustomerFormEditor) page().getActiveEditor()));
	}

	/** Runs a workbench command the way its key binding would (Ctrl+Z: org.eclipse.ui.edit.undo). */
	public void execute(String commandId) {
		Ui.run(() -> {
			try {
				page().getWorkbenchWindow().getService(IHandlerService.class).executeCommand(commandId, null);
			} catch (Exception e) {
				throw new AssertionError("command " + commandId + " failed", e);
			}
		});
	}

	/** Runs a command whose handler opens a modal dialog, without waiting for it (the test then answers the dialog). */
	public void executeOpeningDialog(String commandId) {
		Ui.async(() -> execute(commandId));
	}

	public boolean isEnabled(String commandId) {
		return Ui.sync(() -> {
			Command command = page().getWorkbenchWindow().getService(ICommandService.class).getCommand(commandId);
			return Boolean.valueOf(command.isEnabled());
		});
	}

	public void undo() {
		execute("org.eclipse.ui.edit.undo");
	}

	/** What Edit > Undo says now ("&Undo Set Quota of ... to 800 MB"): the active editor's Undo action. */
	public String undoLabel() {
		return globalActionText(org.eclipse.ui.actions.ActionFactory.UNDO.getId());
	}

	/** What Edit > Redo says now. */
	public String redoLabel() {
		return globalActionText(org.eclipse.ui.actions.ActionFactory.REDO.getId());
	}

	private String globalActionText(String id) {
		return Ui.sync(() -> {
			org.eclipse.ui.IEditorPart editor = page().getActiveEditor();
			org.eclipse.jface.action.IAction action = editor == null ? null
					: editor.getEditorSite().getActionBars().getGlobalActionHandler(id);
			return action == null ? "" : action.getText();
		});
	}

	/** The texts the window's status line shows (its message among them), as a person reads them. */
	public List<String> statusLine() {
		return Ui.sync(() -> {
			List<String> texts = new java.util.ArrayList<>();
			statusTexts(page().getWorkbenchWindow().getShell(), texts);
			return texts;
		});
	}

	private static void statusTexts(org.eclipse.swt.widgets.Control control, List<String> into) {
		if (control instanceof org.eclipse.swt.custom.CLabel label && label.isVisible() && label.getText() != null) {
			into.add(label.getText());
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
				statusTexts(child, into);
			}
		}
	}

	public void redo() {
		execute("org.eclipse.ui.edit.redo");
	}

	public void save() {
		execute("org.eclipse.ui.file.save");
	}

	public boolean isDirty() {
		return Ui.sync(() -> Boolean.valueOf(page().getActiveEditor() != null && page().getActiveEditor().isDirty()));
	}

	public String activeEditorTitle() {
		return Ui.sync(() -> page().getActiveEditor() == null ? "" : page().getActiveEditor().getTitle());
	}

	/**
	 * Chooses an item of the window's menu bar as a click would ({@code "File", "Import Mailboxes (CSV)..."}),
	 * without waiting: the item may open a modal dialog. Mnemonics (&) are ignored.
	 */
	public void clickMainMenu(String... path) {
		MenuItem item = Ui.sync(() -> {
			Menu menu = page().getWorkbenchWindow().getShell().getMenuBar();
			MenuItem found = null;
			for (String label : path) {
				if (found != null) {
					menu = found.getMenu();
				}
				Ui.notify(menu, SWT.Show, null); // lets the menu manager fill it
				found = null;
				for (MenuItem candidate : menu.getItems()) {
					String text = candidate.getText().replace("&", "");
					int tab = text.indexOf('\t');
					if ((tab < 0 ? text : text.substring(0, tab)).equals(label)) {
						found = candidate;
					}
				}
				if (found == null) {
					throw new AssertionError("no menu item " + label + " in " + Arrays.toString(path));
				}
			}
			return found;
		});
		Ui.async(() -> Ui.click(item));
	}

	/** The titles of every view of the window, open or not yet shown, as their tabs read. */
	public List<String> viewTitles() {
		return Ui.sync(() -> Arrays.stream(page().getViewReferences()).map(r -> r.getPartName()).toList());
	}

	/** The texts of every tab of the window (views and editors), as drawn, shown or behind another tab. */
	public List<String> tabTitles() {
		return Ui.sync(() -> {
			List<String> titles = new ArrayList<>();
			collectTabs(page().getWorkbenchWindow().getShell(), titles);
			return titles;
		});
	}

	private static void collectTabs(Control control, List<String> into) {
		if (control instanceof CTabFolder folder) {
			for (CTabItem item : folder.getItems()) {
				into.add(item.getText());
			}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectTabs(child, into);
			}
		}
	}

	/** Every item of the menu bar and of its menus (one level down), mnemonics and shortcuts left out. */
	public List<String> menuLabels() {
		return Ui.sync(() -> {
			List<String> labels = new ArrayList<>();
			for (MenuItem top : page().getWorkbenchWindow().getShell().getMenuBar().getItems()) {
				labels.add(plain(top.getText()));
				Menu menu = top.getMenu();
				if (menu != null) {
					Ui.notify(menu, SWT.Show, null); // lets the menu manager fill it
					for (MenuItem item : menu.getItems()) {
						if ((item.getStyle() & SWT.SEPARATOR) == 0) {
							labels.add(plain(item.getText()));
						}
					}
					Ui.notify(menu, SWT.Hide, null);
				}
			}
			return labels;
		});
	}

	private static String plain(String text) {
		int tab = text.indexOf('\t');
		return (tab < 0 ? text : text.substring(0, tab)).replace("&", "");
	}
}
