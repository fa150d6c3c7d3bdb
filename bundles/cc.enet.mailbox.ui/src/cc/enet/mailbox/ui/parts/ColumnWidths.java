package cc.enet.mailbox.ui.parts;

import java.util.function.IntConsumer;
import java.util.function.IntSupplier;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.osgi.service.prefs.BackingStoreException;

/**
 * A table's or tree's column widths: those the user set (by dragging a column's edge) are kept in the console's
 * preferences per table and restored when it is made again; the others follow their content ({@link #fit}). A table
 * never seen keeps the widths its view gave until its content is fitted.
 */
public final class ColumnWidths {

	private static final String NODE = "cc.enet.mailbox.ui/columns";
	/** A fitted column is never narrower (a title of a few letters) nor wider (a long reason) than this. */
	static final int MIN = 48;
	static final int MAX = 560;
	/** The cell's margins and a sort arrow's room, on GTK at least. */
	static final int PADDING = 24;

	/** One column of a table or a tree. */
	private record Column(Item item, IntSupplier width, IntConsumer resize) {
	}

	private final Control control;
	private final Column[] columns;
	private final IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(NODE);
	private final String id;
	private final boolean[] userSet;
	/** The width the console last gave each column: a Resize to it (GTK may report one late) is not the user's. */
	private final int[] fitted;
	/** While the console itself sizes the columns: their Resize events are not the user's. */
	private boolean fitting;

	private ColumnWidths(Control control, Column[] columns, String id) {
		this.control = control;
		this.columns = columns;
		this.id = id;
		this.userSet = new boolean[columns.length];
		this.fitted = new int[columns.length];
		for (int i = 0; i < columns.length; i++) {
			int index = i;
			int saved = prefs.getInt(key(i), -1);
			if (saved > 0) {
				columns[i].resize().accept(saved);
				userSet[i] = true;
			}
			columns[i].item().addListener(SWT.Resize, e -> resized(index));
		}
		control.addListener(SWT.Dispose, e -> flush());
	}

	/** Call once the columns exist with their default widths. */
	public static ColumnWidths remember(Table table, String id) {
		TableColumn[] items = table.getColumns();
		Column[] columns = new Column[items.length];
		for (int i = 0; i < items.length; i++) {
			TableColumn column = items[i];
			columns[i] = new Column(column, column::getWidth, column::setWidth);
		}
		return new ColumnWidths(table, columns, id);
	}

	/** Call once the columns exist with their default widths. */
	public static ColumnWidths remember(Tree tree, String id) {
		TreeColumn[] items = tree.getColumns();
		Column[] columns = new Column[items.length];
		for (int i = 0; i < items.length; i++) {
			TreeColumn column = items[i];
			columns[i] = new Column(column, column::getWidth, column::setWidth);
		}
		return new ColumnWidths(tree, columns, id);
	}

	private String key(int column) {
		return id + "." + column;
	}

	private void resized(int column) {
		int width = columns[column].width().getAsInt();
		if (!fitting && width > 0 && width != fitted[column]) {
			userSet[column] = true;
			prefs.putInt(key(column), width);
		}
	}

	/** Whether the user set this column's width (now or in an earlier session). */
	public boolean isUserSet(int column) {
		return userSet[column];
	}

	/**
	 * Sizes a column the user has not sized to its title and {@code cells} (what it shows, or a sample of it),
	 * {@code indent} pixels in for the cells (a tree's levels), between {@link #MIN} and {@link #MAX}.
	 */
	public void fit(int column, Iterable<String> cells, int indent) {
		if (userSet[column] || control.isDisposed()) {
			return;
		}
		GC gc = new GC(control);
		int widest = 0;
		try {
			for (String cell : cells) {
				if (cell != null && !cell.isEmpty()) {
					widest = Math.max(widest, gc.textExtent(cell).x + indent);
				}
			}
		} finally {
			gc.dispose();
		}
		fitTo(column, widest);
	}

	/**
	 * Sizes a column the user has not sized to {@code contentWidth} pixels of content (measured by the caller) or its
	 * title, whichever is wider, between {@link #MIN} and {@link #MAX}.
	 */
	public void fitTo(int column, int contentWidth) {
		if (userSet[column] || control.isDisposed()) {
			return;
		}
		GC gc = new GC(control);
		int title;
		try {
			title = gc.textExtent(columns[column].item().getText()).x;
		} finally {
			gc.dispose();
		}
		int width = Math.max(MIN, Math.min(MAX, Math.max(title, contentWidth) + PADDING));
		fitting = true;
		try {
			fitted[column] = width;
			columns[column].resize().accept(width);
		} finally {
			fitting = false;
		}
	}

	private void flush() {
		try {
			prefs.flush();
		} catch (BackingStoreException e) {
			// the widths are a convenience: the next start falls back to the defaults
		}
	}
}
