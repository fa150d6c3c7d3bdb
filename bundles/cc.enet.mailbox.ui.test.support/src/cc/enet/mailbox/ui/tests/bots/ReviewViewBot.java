package cc.enet.mailbox.ui.tests.bots;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
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

	/** Chooses "All servers": every server of the workspace, planned side by side. */
	public ReviewViewBot selectAllServers() {
		return selectServer(ReviewMessages.Review_allServers);
	}

	/** The top rows of a fleet plan, one per server: its label and its Result column (counts, or why it failed). */
	public List<String> serverRows() {
		return Ui.sync(() -> {
			List<String> rows = new ArrayList<>();
			for (TreeItem server : view.viewer().getTree().getItems()) {
				rows.add(server.getText(ReviewView.COL_ITEM) + " | " + server.getText(ReviewView.COL_RESULT));
			}
			return rows;
		});
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

	/** The buttons whose label is not wholly inside the view as it is drawn now (cut off at its right or bottom edge). */
	public List<String> buttonsCutOff() {
		return Ui.sync(() -> {
			Composite part = view.viewer().getControl().getParent();
			Rectangle area = part.getClientArea();
			List<String> cut = new ArrayList<>();
			for (Button button : all(part, Button.class)) {
				Point at = part.toControl(button.toDisplay(0, 0));
				Point size = button.getSize();
				if (!button.isVisible() || at.x + size.x > area.width || at.y + size.y > area.height
						|| size.x < button.computeSize(SWT.DEFAULT, SWT.DEFAULT).x) {
					cut.add(button.getText());
				}
			}
			return cut;
		});
	}

	/**
	 * The cells (shown expanded) whose text runs past the end of their column, as "column: text"; a text longer than
	 * a column may ever grow is left out.
	 */
	public List<String> cellsCutOff(int widest) {
		return Ui.sync(() -> {
			Tree tree = view.viewer().getTree();
			view.viewer().expandAll();
			List<String> cut = new ArrayList<>();
			GC gc = new GC(tree);
			try {
				collectCut(tree.getItems(), tree, gc, widest, cut);
			} finally {
				gc.dispose();
			}
			return cut;
		});
	}

	private static void collectCut(TreeItem[] items, Tree tree, GC gc, int widest, List<String> into) {
		for (TreeItem item : items) {
			for (int c = 0; c < tree.getColumnCount(); c++) {
				String text = item.getText(c);
				int width = gc.textExtent(text).x;
				Rectangle cell = item.getBounds(c);
				if (!text.isEmpty() && width <= widest && item.getTextBounds(c).x + width > cell.x + cell.width) {
					into.add(tree.getColumn(c).getText() + ": " + text);
				}
			}
			collectCut(item.getItems(), tree, gc, widest, into);
		}
	}

	/** The columns' widths, in order. */
	public List<Integer> columnWidths() {
		return Ui.sync(() -> {
			List<Integer> widths = new ArrayList<>();
			for (TreeColumn column : view.viewer().getTree().getColumns()) {
				widths.add(column.getWidth());
			}
			return widths;
		});
	}

	/** Drags a column's edge as a user would: the column takes the width. */
	public ReviewViewBot resizeColumn(int column, int width) {
		Ui.run(() -> view.viewer().getTree().getColumn(column).setWidth(width));
		return this;
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
