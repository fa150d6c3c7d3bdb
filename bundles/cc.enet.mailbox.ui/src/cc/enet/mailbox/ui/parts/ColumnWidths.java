package cc.enet.mailbox.ui.parts;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.osgi.service.prefs.BackingStoreException;

/**
 * A table's column widths as the user last set them, kept in the console's preferences per table: restored when the
 * table is made again, saved when a column is resized. A table never seen keeps the widths its view gave.
 */
public final class ColumnWidths {

	private static final String NODE = "cc.enet.mailbox.ui/columns";

	private ColumnWidths() {
	}

	/** Call once the columns exist with their default widths. */
	public static void remember(Table table, String id) {
		IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(NODE);
		TableColumn[] columns = table.getColumns();
		for (int i = 0; i < columns.length; i++) {
			String key = id + "." + i;
			int saved = prefs.getInt(key, -1);
			if (saved > 0) {
				columns[i].setWidth(saved);
			}
			TableColumn column = columns[i];
			column.addListener(SWT.Resize, e -> {
				if (column.getWidth() > 0) {
					prefs.putInt(key, column.getWidth());
				}
			});
		}
		table.addListener(SWT.Dispose, e -> flush(prefs));
	}

	private static void flush(IEclipsePreferences prefs) {
		try {
			prefs.flush();
		} catch (BackingStoreException e) {
			// the widths are a convenience: the next start falls back to the defaults
		}
	}
}
