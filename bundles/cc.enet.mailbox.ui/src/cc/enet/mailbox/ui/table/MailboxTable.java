package cc.enet.mailbox.ui.table;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.ui.session.ConsoleSession.Findings;
import cc.enet.mailbox.ui.text.Counted;
import cc.enet.mailbox.ui.internal.UiMessages;

/**
 * A quick-search field, a "has errors" toggle and a virtual table of mailboxes. Only visible rows ever become
 * table items, and the selection is read from row indices, so 100,000 rows stay fluid. The owner decides when
 * and where a query runs (a job in the editor, inline in the benchmark) and hands the result to {@link #show}.
 */
public final class MailboxTable {

	private final Composite control;
	private final Composite searchRow;
	private final Text search;
	private final Button errorsOnly;
	private final Label status;
	private final RowsViewer viewer;
	private final Supplier<Findings> findings;
	private Mailbox[] rows = new Mailbox[0];
	private Map<Mailbox, Integer> rowIndex;
	private int total;
	private MailboxQuery query = MailboxQuery.DEFAULT;
	private Consumer<MailboxQuery> queryListener = q -> {
	};
	/** The cell a finding points at (Problems view > double-click): outlined until the selection moves on. */
	private Mailbox markedMailbox;
	private MailboxTableColumn markedColumn;

	public MailboxTable(Composite parent, Supplier<Findings> findings) {
		this.findings = findings;
		control = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		control.setLayout(layout);
		// the search row lays out on its own: a new count in the status does not lay the table out again
		searchRow = new Composite(control, SWT.NONE);
		GridLayout rowLayout = new GridLayout(3, false);
		rowLayout.marginWidth = 0;
		rowLayout.marginHeight = 0;
		searchRow.setLayout(rowLayout);
		searchRow.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		search = new Text(searchRow, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
		search.setMessage(UiMessages.Table_searchHint);
		search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		search.addModifyListener(e -> changeQuery(query.withText(search.getText())));

		errorsOnly = new Button(searchRow, SWT.CHECK);
		errorsOnly.setText(UiMessages.Table_errorsOnly);
		errorsOnly.addListener(SWT.Selection, e -> changeQuery(query.withErrorsOnly(errorsOnly.getSelection())));

		status = new Label(searchRow, SWT.NONE);
		GridData statusData = new GridData(SWT.END, SWT.CENTER, false, false);
		statusData.horizontalIndent = 12;
		status.setLayoutData(statusData);
		status.setText(UiMessages.Table_loading);

		viewer = new RowsViewer(control);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		for (MailboxTableColumn column : MailboxTableColumn.values()) {
			TableViewerColumn viewerColumn = new TableViewerColumn(viewer, column.isNumeric() ? SWT.RIGHT : SWT.LEFT);
			TableColumn tableColumn = viewerColumn.getColumn();
			tableColumn.setText(column.header());
			tableColumn.setWidth(column.width());
			tableColumn.setMoveable(true);
			tableColumn.setData(column);
			tableColumn.addListener(SWT.Selection, e -> changeQuery(query.sortedBy(column)));
			viewerColumn.setLabelProvider(new CellLabels(column));
		}
		fitHeaders(table);
		table.addListener(SWT.PaintItem, e -> {
			if (markedMailbox != null && e.item.getData() == markedMailbox
					&& table.getColumn(e.index).getData() == markedColumn) {
				e.gc.setForeground(e.display.getSystemColor(SWT.COLOR_LIST_SELECTION));
				e.gc.setLineWidth(2);
				e.gc.drawRectangle(e.x + 1, e.y + 1, table.getColumn(e.index).getWidth() - 3, e.height - 2);
			}
		});
		table.addListener(SWT.Selection, e -> clearMark());
		viewer.setContentProvider(new RowsContent());
		viewer.setInput(this);
		showSortIndicator();
	}

	/** Widens columns whose header (Japanese ones are wider) would be cut, leaving room for the sort arrow. */
	private static void fitHeaders(Table table) {
		GC gc = new GC(table);
		try {
			for (TableColumn column : table.getColumns()) {
				int needed = gc.textExtent(column.getText()).x + 32;
				if (column.getWidth() < needed) {
					column.setWidth(needed);
				}
			}
		} finally {
			gc.dispose();
		}
	}

	public Composite getControl() {
		return control;
	}

	public TableViewer viewer() {
		return viewer;
	}

	public Text searchField() {
		return search;
	}

	public Button errorsOnlyToggle() {
		return errorsOnly;
	}

	public MailboxQuery query() {
		return query;
	}

	/** Called with the new query whenever search text, toggle or sort column change; the owner runs it. */
	public void onQueryChange(Consumer<MailboxQuery> listener) {
		this.queryListener = listener;
	}

	/** Sets the query (e.g. to clear the search before revealing a mailbox) without running it. */
	public void setQuery(MailboxQuery newQuery) {
		query = newQuery;
		if (!search.getText().equals(newQuery.text())) {
			search.setText(newQuery.text()); // fires changeQuery, harmless: same query
		}
		errorsOnly.setSelection(newQuery.errorsOnly());
		showSortIndicator();
	}

	private void changeQuery(MailboxQuery newQuery) {
		if (!newQuery.equals(query)) {
			query = newQuery;
			showSortIndicator();
			queryListener.accept(newQuery);
		}
	}

	public void showLoading() {
		status.setText(UiMessages.Table_loading);
		searchRow.layout(new Control[] { status });
	}

	/**
	 * Makes room for {@code count} rows while the first query still runs (GTK adds a table's rows one by one, which
	 * takes a while at 100,000): rows stay blank until {@link #show} fills them, and a query with as many rows
	 * finds them made.
	 */
	public void reserveRows(int count) {
		if (rows.length == 0 && viewer.getTable().getItemCount() == 0) {
			viewer.setItemCount(count);
		}
	}

	/** Shows the rows a query produced, keeping the selected mailboxes selected where they still appear. */
	public void show(Mailbox[] newRows, int totalInScope) {
		List<Mailbox> selected = selectedMailboxes();
		rows = newRows;
		rowIndex = null;
		total = totalInScope;
		Table table = viewer.getTable();
		table.setRedraw(false);
		try {
			if (table.getItemCount() == rows.length) {
				// the rows are there (reserved, or as many as before): only their content is new
				table.deselectAll();
				table.clearAll();
				table.setTopIndex(0); // from the top, as a table filled anew
			} else {
				// Shrinking a GTK table item by item is slow (seconds for 100,000 rows); emptying it is one call.
				table.removeAll();
				viewer.setItemCount(rows.length);
			}
			if (!selected.isEmpty() && selected.size() <= 10_000) {
				select(selected, false);
			}
		} finally {
			table.setRedraw(true);
		}
		status.setText(Counted.bind(UiMessages.Table_count, Integer.valueOf(rows.length), Integer.valueOf(total)));
		searchRow.layout(new Control[] { status });
	}

	/** Redraws every visible row from the model (after a command); rows keep their place. */
	public void refreshRows() {
		viewer.getTable().clearAll();
	}

	public Mailbox[] rows() {
		return rows;
	}

	/** The selected mailboxes, read from row indices: no table item is created for this. */
	public List<Mailbox> selectedMailboxes() {
		int[] indices = viewer.getTable().getSelectionIndices();
		List<Mailbox> selected = new ArrayList<>(indices.length);
		for (int index : indices) {
			if (index >= 0 && index < rows.length) {
				selected.add(rows[index]);
			}
		}
		return selected;
	}

	/** Selects the given mailboxes that are shown; returns how many were. */
	public int select(List<Mailbox> mailboxes, boolean reveal) {
		if (rowIndex == null) {
			rowIndex = new IdentityHashMap<>(rows.length * 2);
			for (int i = 0; i < rows.length; i++) {
				rowIndex.put(rows[i], i);
			}
		}
		int[] indices = mailboxes.stream().map(rowIndex::get).filter(Objects::nonNull).mapToInt(Integer::intValue)
				.toArray();
		Table table = viewer.getTable();
		table.setSelection(indices);
		if (reveal && indices.length > 0) {
			table.setTopIndex(Math.max(0, indices[0] - 3));
			table.showSelection();
		}
		viewer.fireSelection();
		return indices.length;
	}

	/**
	 * Outlines the field of a shown mailbox and scrolls it into view (the mailbox is selected first, see
	 * {@link #select}); the outline goes when the user selects another row.
	 */
	public void markField(Mailbox mailbox, MailboxTableColumn column) {
		Table table = viewer.getTable();
		markedMailbox = mailbox;
		markedColumn = column;
		for (TableColumn tableColumn : table.getColumns()) {
			if (tableColumn.getData() == column) {
				table.showColumn(tableColumn);
				// again once a table that just opened is laid out: before, GTK has nothing to scroll
				table.getDisplay().asyncExec(() -> {
					if (!tableColumn.isDisposed() && markedColumn == column) {
						table.showColumn(tableColumn);
					}
				});
			}
		}
		table.redraw();
	}

	/** The field {@link #markField} outlined, or null. */
	public MailboxTableColumn markedField() {
		return markedColumn;
	}

	private void clearMark() {
		if (markedMailbox != null) {
			markedMailbox = null;
			markedColumn = null;
			viewer.getTable().redraw();
		}
	}

	public boolean isShowing(Mailbox mailbox) {
		if (rowIndex == null) {
			select(List.of(), false);
		}
		return rowIndex.containsKey(mailbox);
	}

	private void showSortIndicator() {
		Table table = viewer.getTable();
		for (TableColumn column : table.getColumns()) {
			if (column.getData() == query.sortColumn()) {
				table.setSortColumn(column);
				table.setSortDirection(query.ascending() ? SWT.UP : SWT.DOWN);
			}
		}
	}

	/** A TableViewer whose selection comes from row indices instead of (virtual) items. */
	private final class RowsViewer extends TableViewer {
		RowsViewer(Composite parent) {
			super(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
		}

		@Override
		@SuppressWarnings("rawtypes")
		protected List getSelectionFromWidget() {
			return selectedMailboxes();
		}

		@Override
		@SuppressWarnings("rawtypes")
		protected void setSelectionToWidget(List list, boolean reveal) {
			List<Mailbox> mailboxes = new ArrayList<>();
			if (list != null) {
				for (Object o : list) {
					if (o instanceof Mailbox m) {
						mailboxes.add(m);
					}
				}
			}
			if (rowIndex == null) {
				rowIndex = new IdentityHashMap<>(rows.length * 2);
				for (int i = 0; i < rows.length; i++) {
					rowIndex.put(rows[i], i);
				}
			}
			Table table = getTable();
			table.setSelection(mailboxes.stream().map(rowIndex::get).filter(Objects::nonNull)
					.mapToInt(Integer::intValue).toArray());
			if (reveal) {
				table.showSelection();
			}
		}

		void fireSelection() {
			fireSelectionChanged(new SelectionChangedEvent(this, getSelection()));
		}
	}

	private final class RowsContent implements ILazyContentProvider {
		@Override
		public void updateElement(int index) {
			if (index < rows.length) {
				viewer.replace(rows[index], index);
			}
		}

		@Override
		public void inputChanged(Viewer v, Object oldInput, Object newInput) {
		}
	}

	private final class CellLabels extends ColumnLabelProvider {
		private final MailboxTableColumn column;

		CellLabels(MailboxTableColumn column) {
			this.column = column;
		}

		@Override
		public String getText(Object element) {
			return column.text((Mailbox) element, findings.get());
		}

		@Override
		public Color getForeground(Object element) {
			if (column == MailboxTableColumn.PROBLEMS && findings.get().errorsOf((Mailbox) element) > 0) {
				return viewer.getTable().getDisplay().getSystemColor(SWT.COLOR_RED);
			}
			return null;
		}
	}
}
