package cc.enet.mailbox.ui.tests.bots;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import cc.enet.mailbox.ui.views.WorkspaceNavigatorView;

/** The Customers view: its labels, and double-click on a customer or domain to open its mailbox table. */
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

	/** Double-clicks the item whose label starts with {@code name} and returns the table it opens. */
	public MailboxTableBot open(String name) {
		WorkspaceNavigatorView view = view();
		Ui.run(() -> {
			view.viewer().expandAll();
			Tree tree = view.viewer().getTree();
			TreeItem item = find(tree.getItems(), name);
			if (item == null) {
				throw new AssertionError("no item " + name + " in the Customers view");
			}
			tree.setSelection(item);
			Ui.notify(tree, SWT.Selection, item);
			Ui.notify(tree, SWT.DefaultSelection, item);
		});
		return ConsoleBot.console().activeTable();
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
