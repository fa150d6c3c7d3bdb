package cc.enet.mailbox.ui.tests.bots;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

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

	public String description() {
		WorkspaceNavigatorView view = view();
		return Ui.sync(view::getContentDescription);
	}

	/** Selects the item whose label starts with {@code name}, context menu > Open Mailbox Table: the table it opens. */
	public MailboxTableBot open(String name) {
		clickMenu(name, cc.enet.mailbox.ui.internal.UiMessages.Navigator_open);
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
		clickMenu(name, cc.enet.mailbox.ui.internal.UiMessages.Navigator_editDomain);
		return ConsoleBot.console().activeDomainForm();
	}

	private static TreeItem select(WorkspaceNavigatorView view, String name) {
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
		org.eclipse.swt.widgets.MenuItem item = Ui.sync(() -> {
			select(view, name);
			org.eclipse.swt.widgets.Menu menu = view.viewer().getTree().getMenu();
			Ui.notify(menu, SWT.Show, null); // the MenuManager fills the menu when it is about to show
			org.eclipse.swt.widgets.MenuItem found = java.util.Arrays.stream(menu.getItems())
					.filter(i -> text.replace("&", "").equals(i.getText().replace("&", ""))).findFirst()
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
			if (item.getText().startsWith(name)) {
				return item;
			}
			TreeItem child = find(item.getItems(), name);
			if (child != null) {
				return child;
			}
		}
		return null;
	}
}
