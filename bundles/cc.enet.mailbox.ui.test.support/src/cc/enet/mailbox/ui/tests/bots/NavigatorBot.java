package cc.enet.mailbox.ui.tests.bots;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.jface.viewers.CellLabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;

import cc.enet.mailbox.ui.views.WorkspaceNavigatorView;

/** The Customers view: its labels; its context menu opens a mailbox table or a domain's form, double-click a domain's form. */
public final class NavigatorBot {

	private WorkspaceNavigatorView view() {
		return Ui.sync(() -> {
			try {
				return (WorkspaceNavigatorView) ConsoleBot.page().showView(WorkspaceNavigatorView.ID);
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		});
	}

	/** Every label, customers and their domains, expanded. */
	public List<String> labels() {
		WorkspaceNavigatorView view = view();
		return Ui.sync(() -> {
			view.viewer().expandAll();
			List<String> labels = new ArrayList<>();
			collect(view.viewer().getTree().getItems(), labels);
			return labels;
		});
	}

	private static void collect(TreeItem[] items, List<String> into) {
		for (TreeItem item : items) {
			into.add(item.getText());
			collect(item.getItems(), into);
		}
	}

	/** The cells of the row whose name is {@code name} (a customer or a domain): name, mailboxes, errors, warnings. */
	public List<String> row(String name) {
		WorkspaceNavigatorView view = view();
		return Ui.sync(() -> {
			view.viewer().expandAll();
			TreeItem item = find(view.viewer().getTree().getItems(), name);
			if (item == null) {
				throw new AssertionError("no row " + name + " in the navigator");
			}
			List<String> cells = new ArrayList<>();
			for (int c = 0; c < view.viewer().getTree().getColumnCount(); c++) {
				cells.add(item.getText(c));
			}
			return cells;
		});
	}

	/** The column titles. */
	public List<String> columns() {
		WorkspaceNavigatorView view = view();
		return Ui.sync(() -> {
			List<String> titles = new ArrayList<>();
			for (TreeColumn column : view.viewer().getTree().getColumns()) {
				titles.add(column.getText());
			}
			return titles;
		});
	}

	/** The names whose text does not fit in the name column as the view shows it now (expanded). */
	public List<String> namesCutOff() {
		WorkspaceNavigatorView view = view();
		return Ui.sync(() -> {
			view.viewer().expandAll();
			List<String> cut = new ArrayList<>();
			Tree tree = view.viewer().getTree();
			GC gc = new GC(tree);
			try {
				int width = tree.getColumn(0).getWidth();
				collectCut(tree.getItems(), gc, width, cut);
			} finally {
				gc.dispose();
			}
			return cut;
		});
	}

	private static void collectCut(TreeItem[] items, GC gc, int width, List<String> into) {
		for (TreeItem item : items) {
			if (item.getTextBounds(0).x + gc.textExtent(item.getText()).x > width) {
				into.add(item.getText());
			}
			collectCut(item.getItems(), gc, width, into);
		}
	}

	public String description() {
		WorkspaceNavigatorView view = view();
		return Ui.sync(view::getContentDescription);
	}

	/** Selects the item whose label starts with {@code name}, context menu > Open Mailbox Table: the table it opens. */
	public MailboxTableBot open(String name) {
		clickMenu(name, commandName("cc.enet.mailbox.ui.commands.openMailboxTable"));
		return ConsoleBot.console().activeTable();
	}

	/** Double-clicks a domain: its settings form. */
	public DomainFormBot doubleClickDomain(String name) {
		WorkspaceNavigatorView view = view();
		Ui.run(() -> {
			TreeItem item = select(view, name);
			Ui.notify(view.viewer().getTree(), SWT.DefaultSelection, item);
		});
		return ConsoleBot.console().activeDomainForm();
	}

	/** Selects the domain whose label starts with {@code name}, context menu > Edit Domain Settings: its form. */
	public DomainFormBot editDomain(String name) {
		clickMenu(name, commandName("cc.enet.mailbox.ui.commands.editDomain"));
		return ConsoleBot.console().activeDomainForm();
	}

	/** Selects the customer named {@code name}, context menu > Edit Customer Contact: its contact form. */
	public CustomerFormBot editCustomer(String name) {
		clickMenu(name, commandName("cc.enet.mailbox.ui.commands.editCustomer"));
		return ConsoleBot.console().activeCustomerForm();
	}

	/**
	 * What the name of {@code name}'s row says when the pointer rests on it (null: nothing), and whether its icon
	 * differs from that of {@code plain}, a row without the mark.
	 */
	public record NameHint(String toolTip, boolean marked) {
	}

	public NameHint nameHint(String name, String plainName) {
		WorkspaceNavigatorView view = view();
		return Ui.sync(() -> {
			view.viewer().expandAll();
			TreeItem item = find(view.viewer().getTree().getItems(), name);
			if (item == null) {
				throw new AssertionError("no row " + name + " in the navigator");
			}
			String tip = ((CellLabelProvider) view.viewer().getLabelProvider(0)).getToolTipText(item.getData());
			TreeItem plain = find(view.viewer().getTree().getItems(), plainName);
			boolean marked = item.getImage() != null && plain != null && item.getImage() != plain.getImage();
			return new NameHint(tip, marked);
		});
	}

	/** The column titles that do not fit their column, as drawn (the sort arrow's room left aside). */
	public List<String> headersCutOff() {
		WorkspaceNavigatorView view = view();
		return Ui.sync(() -> {
			List<String> cut = new ArrayList<>();
			GC gc = new GC(view.viewer().getTree());
			try {
				for (TreeColumn column : view.viewer().getTree().getColumns()) {
					if (gc.textExtent(column.getText()).x + 16 > column.getWidth()) {
						cut.add(column.getText());
					}
				}
			} finally {
				gc.dispose();
			}
			return cut;
		});
	}

	/** The cells of {@code name}'s row whose text does not fit their column. */
	public List<String> cellsCutOff(String name) {
		WorkspaceNavigatorView view = view();
		return Ui.sync(() -> {
			view.viewer().expandAll();
			TreeItem item = find(view.viewer().getTree().getItems(), name);
			List<String> cut = new ArrayList<>();
			GC gc = new GC(view.viewer().getTree());
			try {
				for (int c = 1; c < view.viewer().getTree().getColumnCount(); c++) {
					if (gc.textExtent(item.getText(c)).x + 8 > view.viewer().getTree().getColumn(c).getWidth()) {
						cut.add(item.getText(c));
					}
				}
			} finally {
				gc.dispose();
			}
			return cut;
		});
	}

	/** A command's name as its menu items show it (before the key binding). */
	public static String commandName(String id) {
		return Ui.sync(() -> {
			try {
				return PlatformUI.getWorkbench().getService(ICommandService.class)
						.getCommand(id).getName();
			} catch (NotDefinedException e) {
				throw new AssertionError("no command " + id, e);
			}
		});
	}

	/**
	 * The context menu's items for {@code name}'s row: each item's text (mnemonic and key binding left out), with
	 * whether it is enabled.
	 */
	public Map<String, Boolean> contextMenu(String name) {
		WorkspaceNavigatorView view = view();
		return Ui.sync(() -> {
			select(view, name);
			Menu menu = view.viewer().getTree().getMenu();
			Ui.notify(menu, SWT.Show, null);
			Map<String, Boolean> items = new LinkedHashMap<>();
			for (MenuItem item : menu.getItems()) {
				if (!item.getText().isEmpty()) {
					items.put(plain(item.getText()), item.isEnabled());
				}
			}
			Ui.notify(menu, SWT.Hide, null);
			return items;
		});
	}

	/** The key binding a context menu item shows after its text, or "" without one. */
	public String contextMenuBinding(String name, String text) {
		WorkspaceNavigatorView view = view();
		return Ui.sync(() -> {
			select(view, name);
			Menu menu = view.viewer().getTree().getMenu();
			Ui.notify(menu, SWT.Show, null);
			String found = Arrays.stream(menu.getItems()).map(MenuItem::getText)
					.filter(t -> plain(t).equals(text)).findFirst().orElseThrow(() -> new AssertionError("no menu item " + text));
			Ui.notify(menu, SWT.Hide, null);
			int tab = found.indexOf('\t');
			return tab < 0 ? "" : found.substring(tab + 1);
		});
	}

	private static String plain(String menuText) {
		int tab = menuText.indexOf('\t');
		return (tab < 0 ? menuText : menuText.substring(0, tab)).replace("&", "");
	}

	private static TreeItem select(WorkspaceNavigatorView view, String name) {
		view.getSite().getPage().activate(view); // the handlers' enablement follows the active part's selection
		view.viewer().expandAll();
		Tree tree = view.viewer().getTree();
		TreeItem item = find(tree.getItems(), name);
		if (item == null) {
			throw new AssertionError("no item " + name + " in the Customers view");
		}
		tree.setSelection(item);
		Ui.notify(tree, SWT.Selection, item);
		return item;
	}

	/** Selects the item whose label starts with {@code name} and clicks a context-menu item, without waiting (it may open a dialog). */
	public void contextMenu(String name, String text) {
		clickMenu(name, text);
	}

	private void clickMenu(String name, String text) {
		WorkspaceNavigatorView view = view();
		MenuItem item = Ui.sync(() -> {
			select(view, name);
			Menu menu = view.viewer().getTree().getMenu();
			Ui.notify(menu, SWT.Show, null); // the MenuManager fills the menu when it is about to show
			MenuItem found = Arrays.stream(menu.getItems())
					.filter(i -> plain(text).equals(plain(i.getText()))).findFirst()
					.orElseThrow(() -> new AssertionError("no menu item " + text));
			if (!found.isEnabled()) {
				throw new AssertionError("menu item " + text + " is disabled");
			}
			return found;
		});
		Ui.async(() -> Ui.click(item)); // may open a modal dialog: do not wait here
		Ui.sync(() -> null);
	}

	private static TreeItem find(TreeItem[] items, String name) {
		for (TreeItem item : items) {
			if (item.getText().equals(name)) { // the name alone: the counts are in columns of their own
				return item;
			}
			TreeItem child = find(item.getItems(), name);
			if (child != null) {
				return child;
			}
		}
		return null;
	}

	/** Waits until a customer or domain named {@code name} shows (e.g. created by an import). */
	public void waitForName(String name) {
		Ui.waitUntil("the navigator shows " + name, () -> labels().contains(name));
	}

	/** Waits until no customer or domain named {@code name} shows (e.g. after an undo). */
	public void waitForNameGone(String name) {
		Ui.waitUntil("the navigator no longer shows " + name, () -> !labels().contains(name));
	}
}
