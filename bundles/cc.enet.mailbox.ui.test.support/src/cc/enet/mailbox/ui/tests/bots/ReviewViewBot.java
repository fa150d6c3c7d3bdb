package cc.enet.mailbox.ui.tests.bots;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;

import cc.enet.mailbox.connector.ui.review.ReviewMessages;
import cc.enet.mailbox.connector.ui.review.ReviewView;

/** The Review Changes view: choose a server, Plan, read the tree's rows, Apply, read the status line. */
public final class ReviewViewBot {

	/** One field row of the tree, as shown, under its domain and mailbox. */
	public record Row(String place, String kind, String field, String server, String model, String base, String decision,
			String result) {
	}

	private final ReviewView view;
	/** Watches for the job of the last press, until waitUntilIdle. */
	private JobWatch job;

	ReviewViewBot(ReviewView view) {
		this.view = view;
	}

	public ReviewViewBot selectServer(String name) {
		Ui.run(() -> {
			Combo combo = find(view.viewer().getControl().getParent(), Combo.class);
			int index = combo.indexOf(name);
			if (index < 0) {
				throw new AssertionError("no server " + name + " in " + List.of(combo.getItems()));
			}
			combo.select(index);
			Ui.notify(combo, SWT.Selection, null);
		});
		return this;
	}

	/** Presses Plan without waiting: a password prompt may open. */
	public ReviewViewBot pressPlan() {
		watchForJob();
		press(ReviewMessages.Review_plan);
		return this;
	}

	/** Presses Refresh All (every mailbox read, drift included) without waiting: a password prompt may open. */
	public ReviewViewBot pressRefreshAll() {
		watchForJob();
		press(ReviewMessages.Review_refreshAll);
		return this;
	}

	/** Presses Apply without waiting: a password prompt may open. */
	public ReviewViewBot pressApply() {
		watchForJob();
		press(ReviewMessages.Review_apply);
		return this;
	}

	/** Presses Pull without waiting: it asks to be confirmed first. */
	public ReviewViewBot pressPull() {
		watchForJob();
		press(ReviewMessages.Review_pull);
		return this;
	}

	private void watchForJob() {
		if (job != null) {
			job.stop();
		}
		job = JobWatch.of(ReviewView.JOB_FAMILY);
	}

	/** Waits until the job the last press started (after any dialog it opened) is done and the view shows it. */
	public ReviewViewBot waitUntilIdle() {
		if (job != null) {
			job.awaitDone("the review's job");
			job = null;
		}
		Ui.waitUntil("the review's job is done", () -> button(ReviewMessages.Review_plan).isEnabled()
				&& !button(ReviewMessages.Review_cancel).isEnabled());
		Ui.sync(() -> null); // the job's results reach the view by asyncExec
		return this;
	}

	public ReviewViewBot waitForStatus(String contains) {
		Ui.waitUntil("the review's status says \"" + contains + "\" (it says \"" + Ui.sync(view::statusText) + "\")",
				() -> view.statusText().contains(contains));
		return this;
	}

	public String status() {
		return Ui.sync(view::statusText);
	}

	public boolean isApplyEnabled() {
		return Ui.sync(() -> button(ReviewMessages.Review_apply).isEnabled());
	}

	/** Every field row, with the domain or mailbox it sits under. */
	public List<Row> rows() {
		return Ui.sync(() -> {
			view.viewer().expandAll();
			List<Row> rows = new ArrayList<>();
			for (TreeItem domain : view.viewer().getTree().getItems()) {
				collect(domain, domain.getText(ReviewView.COL_ITEM), rows);
			}
			return rows;
		});
	}

	private void collect(TreeItem item, String place, List<Row> rows) {
		for (TreeItem child : item.getItems()) {
			if (child.getItemCount() > 0 || child.getText(ReviewView.COL_KIND).isEmpty()) {
				collect(child, child.getText(ReviewView.COL_ITEM), rows);
			} else {
				rows.add(new Row(child.getText(ReviewView.COL_ITEM).isEmpty() ? place : child.getText(ReviewView.COL_ITEM),
						child.getText(ReviewView.COL_KIND), child.getText(ReviewView.COL_FIELD), child.getText(ReviewView.COL_SERVER),
						child.getText(ReviewView.COL_MODEL), child.getText(ReviewView.COL_BASE), child.getText(ReviewView.COL_DECISION),
						child.getText(ReviewView.COL_RESULT)));
			}
		}
	}

	/** Chooses a decision for the conflicts of {@code mailbox} through the tree's context menu. */
	public ReviewViewBot decide(String mailbox, String decision) {
		Ui.run(() -> {
			view.viewer().expandAll();
			Tree tree = view.viewer().getTree();
			TreeItem item = find(tree.getItems(), mailbox);
			tree.setSelection(item);
			Menu menu = tree.getMenu();
			Ui.notify(menu, SWT.Show, null);
			MenuItem choice = null;
			for (MenuItem candidate : menu.getItems()) {
				if (decision.equals(candidate.getText())) {
					choice = candidate;
				}
			}
			if (choice == null || !choice.isEnabled()) {
				throw new AssertionError("no enabled menu item " + decision + " for " + mailbox);
			}
			Ui.click(choice);
			Ui.notify(menu, SWT.Hide, null);
		});
		return this;
	}

	private static TreeItem find(TreeItem[] items, String label) {
		for (TreeItem item : items) {
			if (label.equals(item.getText(ReviewView.COL_ITEM))) {
				return item;
			}
			TreeItem found = find(item.getItems(), label);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	public List<String> headers() {
		return Ui.sync(() -> {
			List<String> headers = new ArrayList<>();
			for (TreeColumn column : view.viewer().getTree().getColumns()) {
				headers.add(column.getText());
			}
			return headers;
		});
	}

	/** The texts of the view's buttons, in order. */
	public List<String> buttons() {
		return Ui.sync(() -> all(view.viewer().getControl().getParent(), Button.class).stream().map(Button::getText).toList());
	}

	/** Top-level labels: the domains. */
	public List<String> domains() {
		return Ui.sync(() -> {
			List<String> labels = new ArrayList<>();
			for (TreeItem item : view.viewer().getTree().getItems()) {
				labels.add(item.getText(ReviewView.COL_ITEM));
			}
			return labels;
		});
	}

	private void press(String label) {
		Button button = Ui.sync(() -> button(label));
		Ui.waitUntil(label + " is enabled", button::isEnabled);
		Ui.async(() -> Ui.click(button));
		Ui.sync(() -> null);
	}

	private Button button(String label) {
		for (Button button : all(view.viewer().getControl().getParent(), Button.class)) {
			if (label.equals(button.getText())) {
				return button;
			}
		}
		throw new AssertionError("no button " + label + " in the review view");
	}

	private static <T> T find(Composite parent, Class<T> type) {
		List<T> found = all(parent, type);
		if (found.isEmpty()) {
			throw new AssertionError("no " + type.getSimpleName() + " in the review view");
		}
		return found.get(0);
	}

	private static <T> List<T> all(Composite parent, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(all(composite, type));
			}
		}
		return found;
	}
}
