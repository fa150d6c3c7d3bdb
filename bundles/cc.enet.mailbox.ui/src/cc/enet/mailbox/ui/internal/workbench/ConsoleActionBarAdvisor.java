package cc.enet.mailbox.ui.internal.workbench;

import cc.enet.mailbox.ui.internal.UiMessages;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The menu bar: File, Edit, Window, Help. The workbench's own actions (save, exit, undo, redo, copy, paste, select
 * all) are registered here so Ctrl+S, Ctrl+Z, Ctrl+Y, Ctrl+C and Ctrl+V reach the active part; the console's commands
 * come from plugin.xml into the groups this class places.
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
	}

	private IWorkbenchAction register(IWorkbenchAction action, String text) {
		action.setText(text);
		register(action);
		return action;
	}

	/**
	 * The menus and the places in them where the console's commands are contributed (plugin.xml, org.eclipse.ui.menus):
	 * a later bundle adds to the same places.
	 */
	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		MenuManager file = new MenuManager(UiMessages.Menu_file, IWorkbenchActionConstants.M_FILE);
		file.add(new GroupMarker(OPEN_GROUP));
		file.add(new Separator(TRANSFER_GROUP));
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
		windowMenu.add(new GroupMarker(VIEWS_GROUP));
		windowMenu.add(new Separator(SETTINGS_GROUP));
		windowMenu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		MenuManager help = new MenuManager(UiMessages.Menu_help, IWorkbenchActionConstants.M_HELP);
		help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(file);
		menuBar.add(edit);
		menuBar.add(windowMenu);
		menuBar.add(help);
	}

	private static final String OPEN_GROUP = "cc.enet.mailbox.open";
	private static final String TRANSFER_GROUP = "cc.enet.mailbox.transfer";
	private static final String VIEWS_GROUP = "cc.enet.mailbox.views";
	private static final String SETTINGS_GROUP = "cc.enet.mailbox.settings";

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		IToolBarManager tools = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		tools.add(save);
		tools.add(undo);
		tools.add(redo);
		coolBar.add(new ToolBarContributionItem(tools, "cc.enet.mailbox.ui.main"));
	}
}
