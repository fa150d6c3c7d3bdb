package cc.enet.mailbox.ui.tests.bots;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.markers.MarkerItem;

/** The IDE's Problems view: its rows (markers), double-click, and the quick fixes it offers. */
public final class ProblemsViewBot {

	/** One row of the Problems view. */
	public record Row(String description, String resource, String location, IMarker marker) {
	}

	private IViewPart view() {
		return Ui.sync(() -> {
			try {
				return ConsoleBot.page().showView(IPageLayout.ID_PROBLEM_VIEW);
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		});
	}

	private TreeViewer viewer() {
		IViewPart view = view();
		return Ui.sync(() -> (TreeViewer) view.getSite().getSelectionProvider());
	}

	/** The view's title as the workbench shows it (the platform's own string, translated by our fragment). */
	public String title() {
		IViewPart view = view();
		return Ui.sync(view::getTitle);
	}

	/** The column headings of the Problems tree. */
	public List<String> headers() {
		TreeViewer viewer = viewer();
		return Ui.sync(() -> Arrays.stream(viewer.getTree().getColumns()).map(c -> c.getText()).toList());
	}

	/** The widths of the tree's columns, Description first. */
	public List<Integer> columnWidths() {
		TreeViewer viewer = viewer();
		return Ui.sync(() -> Arrays.stream(viewer.getTree().getColumns()).map(c -> c.getWidth()).toList());
	}

	/** The width of the tree's client area: what the columns can share. */
	public int clientWidth() {
		TreeViewer viewer = viewer();
		return Ui.sync(() -> viewer.getTree().getClientArea().width);
	}

	/** Maximises the view (or restores it), as a double-click on its tab does. */
	public void toggleMaximized() {
		IViewPart view = view();
		Ui.run(() -> {
			IWorkbenchPage page = view.getSite().getPage();
			page.toggleZoom(page.getReference(view));
		});
	}

	/** Every marker row, categories expanded. */
	public List<Row> rows() {
		TreeViewer viewer = viewer();
		return Ui.sync(() -> {
			viewer.expandAll();
			List<Row> rows = new ArrayList<>();
			collect(viewer.getTree(), viewer.getTree().getItems(), rows);
			return rows;
		});
	}

	private static void collect(Tree tree, TreeItem[] items, List<Row> into) {
		for (TreeItem item : items) {
			if (item.getData() instanceof MarkerItem markerItem && markerItem.getMarker() != null) {
				String[] texts = new String[tree.getColumnCount()];
				for (int i = 0; i < texts.length; i++) {
					texts[i] = item.getText(i);
				}
				into.add(new Row(texts.length > 0 ? texts[0] : "", texts.length > 1 ? texts[1] : "",
						texts.length > 3 ? texts[3] : "", markerItem.getMarker()));
			}
			collect(tree, item.getItems(), into);
		}
	}

	public Row waitForRow(String rule, String place) {
		Ui.waitUntil("the Problems view shows " + rule + " at " + place, () -> find(rule, place) != null);
		return find(rule, place);
	}

	public void waitUntilGone(String rule, String place) {
		Ui.waitUntil("the Problems view no longer shows " + rule + " at " + place, () -> find(rule, place) == null);
	}

	public Row find(String rule, String place) {
		return rows().stream().filter(r -> rule.equals(r.marker().getAttribute("ruleId", ""))
				&& (r.location().equals(place) || r.marker().getAttribute("mailbox", "").equals(place)
						|| r.marker().getAttribute("domain", "").equals(place)))
				.findFirst().orElse(null);
	}

	/** Double-click on the row: the Problems view opens the marker's editor and goes to it. */
	public void doubleClick(Row row) {
		TreeViewer viewer = viewer();
		Ui.run(() -> {
			Tree tree = viewer.getTree();
			TreeItem item = item(tree.getItems(), row.marker());
			if (item == null) {
				throw new AssertionError("row " + row.description() + " is gone");
			}
			tree.setSelection(item);
			Ui.notify(tree, SWT.Selection, item);
			Ui.notify(tree, SWT.DefaultSelection, item);
		});
	}

	private static TreeItem item(TreeItem[] items, IMarker marker) {
		for (TreeItem item : items) {
			if (item.getData() instanceof MarkerItem markerItem && marker.equals(markerItem.getMarker())) {
				return item;
			}
			TreeItem child = item(item.getItems(), marker);
			if (child != null) {
				return child;
			}
		}
		return null;
	}

	/** The labels of the row's context menu as staff see them (mnemonics and shortcuts left out). */
	public List<String> contextMenu(Row row) {
		TreeViewer viewer = viewer();
		return Ui.sync(() -> {
			Tree tree = viewer.getTree();
			TreeItem item = item(tree.getItems(), row.marker());
			tree.setSelection(item);
			Ui.notify(tree, SWT.Selection, item);
			Menu menu = tree.getMenu();
			Ui.notify(menu, SWT.Show, null); // lets the menu manager fill it
			List<String> labels = new ArrayList<>();
			for (MenuItem each : menu.getItems()) {
				if ((each.getStyle() & SWT.SEPARATOR) == 0) {
					String text = each.getText();
					int tab = text.indexOf('\t');
					labels.add((tab < 0 ? text : text.substring(0, tab)).replace("&", ""));
				}
			}
			Ui.notify(menu, SWT.Hide, null);
			return labels;
		});
	}

	/** The quick fixes the Problems view offers for the row (its Quick Fix dialog lists the same). */
	public List<String> quickFixes(Row row) {
		return Ui.sync(() -> {
			List<String> labels = new ArrayList<>();
			for (IMarkerResolution resolution : IDE.getMarkerHelpRegistry().getResolutions(row.marker())) {
				labels.add(resolution.getLabel());
			}
			return labels;
		});
	}

	/** Applies the row's first quick fix. */
	public void quickFix(Row row) {
		Ui.run(() -> {
			if (!IDE.getMarkerHelpRegistry().hasResolutions(row.marker())) {
				throw new AssertionError("no quick fix for " + row.description());
			}
			IDE.getMarkerHelpRegistry().getResolutions(row.marker())[0].run(row.marker());
		});
	}
}
