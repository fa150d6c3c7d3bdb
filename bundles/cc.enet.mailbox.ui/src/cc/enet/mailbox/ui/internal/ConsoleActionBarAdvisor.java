package cc.enet.mailbox.ui.internal;

import java.nio.file.Path;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.dialogs.PreferencesUtil;

import cc.enet.mailbox.ui.preferences.EnetHostsPreferencePage;
import cc.enet.mailbox.ui.review.ServersPreferencePage;
import cc.enet.mailbox.ui.views.WorkspaceNavigatorView;

/**
 * File (open workspace, save, exit), Edit (undo, redo, copy, paste, select all) and Window (the console's views).
 * The workbench actions are registered so Ctrl+S, Ctrl+Z, Ctrl+Y, Ctrl+C and Ctrl+V reach the active part.
 */
final class ConsoleActionBarAdvisor extends ActionBarAdvisor {

	private IWorkbenchAction save;
	private IWorkbenchAction saveAll;
	private IWorkbenchAction quit;
	private IWorkbenchAction undo;
	private IWorkbenchAction redo;
	private IWorkbenchAction copy;
	private IWorkbenchAction paste;
	private IWorkbenchAction selectAll;
	private Action openWorkspace;
	private Action importCsv;
	private Action exportCsv;
	private Action servers;
	private Action hosts;
	private Action showNavigator;
	private Action showProblems;
	private Action showProperties;
	private Action showReview;
	private Action showAuditLog;

	ConsoleActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		save = register(ActionFactory.SAVE.create(window), UiMessages.Menu_save);
		saveAll = register(ActionFactory.SAVE_ALL.create(window), UiMessages.Menu_saveAll);
		quit = register(ActionFactory.QUIT.create(window), UiMessages.Menu_quit);
		undo = register(ActionFactory.UNDO.create(window), UiMessages.Action_undo);
		redo = register(ActionFactory.REDO.create(window), UiMessages.Action_redo);
		copy = register(ActionFactory.COPY.create(window), UiMessages.Action_copy);
		paste = register(ActionFactory.PASTE.create(window), UiMessages.Action_paste);
		selectAll = register(ActionFactory.SELECT_ALL.create(window), UiMessages.Action_selectAll);
		openWorkspace = new Action(UiMessages.Menu_openWorkspace) {
			@Override
			public void run() {
				DirectoryDialog dialog = new DirectoryDialog(window.getShell(), SWT.OPEN);
				dialog.setText(UiMessages.Menu_openWorkspaceTitle);
				String folder = dialog.open();
				if (folder != null && window.getActivePage().closeAllEditors(true)) {
					WorkspaceOpener.open(Path.of(folder));
				}
			}
		};
		importCsv = wizard(window, UiMessages.Menu_importCsv, true);
		exportCsv = wizard(window, UiMessages.Menu_exportCsv, false);
		servers = preferences(window, UiMessages.Menu_servers, ServersPreferencePage.ID);
		hosts = preferences(window, UiMessages.Menu_hosts, EnetHostsPreferencePage.ID);
		showNavigator = showView(window, WorkspaceNavigatorView.ID, UiMessages.Menu_showNavigator);
		showProblems = showView(window, IPageLayout.ID_PROBLEM_VIEW, UiMessages.Menu_showProblems);
		showProperties = showView(window, IPageLayout.ID_PROP_SHEET, UiMessages.Menu_showProperties);
		showReview = showView(window, cc.enet.mailbox.ui.review.ReviewView.ID, UiMessages.Menu_showReview);
		showAuditLog = showView(window, cc.enet.mailbox.ui.review.AuditLogView.ID, UiMessages.Menu_showAuditLog);
	}

	/** File > Import / Export Mailboxes (CSV): a wizard on the open workspace. */
	private static Action wizard(IWorkbenchWindow window, String text, boolean forImport) {
		return new Action(text) {
			@Override
			public void run() {
				ConsoleSession session = ConsoleSession.current();
				if (session == null) {
					MessageDialog.openInformation(window.getShell(), getText(), UiMessages.Import_noWorkspace);
					return;
				}
				org.eclipse.jface.wizard.Wizard wizard = forImport ? new cc.enet.mailbox.ui.csv.ImportCsvWizard(session)
						: new cc.enet.mailbox.ui.csv.ExportCsvWizard(session);
				new org.eclipse.jface.wizard.WizardDialog(window.getShell(), wizard).open();
			}
		};
	}

	private IWorkbenchAction register(IWorkbenchAction action, String text) {
		action.setText(text);
		register(action);
		return action;
	}

	private static Action showView(IWorkbenchWindow window, String id, String text) {
		return new Action(text) {
			@Override
			public void run() {
				try {
					window.getActivePage().showView(id);
				} catch (PartInitException e) {
					org.eclipse.core.runtime.ILog.of(ConsoleActionBarAdvisor.class).log(e.getStatus());
				}
			}
		};
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		MenuManager file = new MenuManager(UiMessages.Menu_file, IWorkbenchActionConstants.M_FILE);
		file.add(openWorkspace);
		file.add(new Separator());
		file.add(importCsv);
		file.add(exportCsv);
		file.add(new Separator());
		file.add(save);
		file.add(saveAll);
		file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(quit);
		MenuManager edit = new MenuManager(UiMessages.Menu_edit, IWorkbenchActionConstants.M_EDIT);
		edit.add(undo);
		edit.add(redo);
		edit.add(new Separator());
		edit.add(copy);
		edit.add(paste);
		edit.add(selectAll);
		edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		MenuManager windowMenu = new MenuManager(UiMessages.Menu_window, IWorkbenchActionConstants.M_WINDOW);
		windowMenu.add(showNavigator);
		windowMenu.add(showProblems);
		windowMenu.add(showProperties);
		windowMenu.add(showReview);
		windowMenu.add(showAuditLog);
		windowMenu.add(new Separator());
		windowMenu.add(servers);
		windowMenu.add(hosts);
		menuBar.add(file);
		menuBar.add(edit);
		menuBar.add(windowMenu);
	}

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		IToolBarManager tools = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		tools.add(save);
		tools.add(undo);
		tools.add(redo);
		coolBar.add(new ToolBarContributionItem(tools, "cc.enet.mailbox.ui.main"));
	}

	/** Opens the preference dialog on one of the workspace's pages; the other one stays a click away. */
	private static Action preferences(IWorkbenchWindow window, String label, String page) {
		return new Action(label) {
			@Override
			public void run() {
				if (ConsoleSession.current() == null) {
					MessageDialog.openInformation(window.getShell(), getText(), UiMessages.Import_noWorkspace);
					return;
				}
				PreferencesUtil.createPreferenceDialogOn(window.getShell(), page,
						new String[] { ServersPreferencePage.ID, EnetHostsPreferencePage.ID }, null).open();
			}
		};
	}
}
