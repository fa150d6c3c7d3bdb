package cc.enet.mailbox.team.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import cc.enet.mailbox.rules.LookAlikes;
import cc.enet.mailbox.team.merge.MergeConflict;
import cc.enet.mailbox.team.merge.MergeDecisions;

/**
 * The conflicts of a synchronize, one row per mailbox (or place) and field with base, mine and theirs, each decided
 * "keep mine" or "take theirs" in the Decision column. OK only once every row is decided; nothing is resolved for
 * the staff member.
 */
final class ConflictsDialog extends TitleAreaDialog {

	private static final String[] CHOICES = { TeamMessages.Conflicts_keepMine, TeamMessages.Conflicts_takeTheirs };

	private final List<MergeConflict> conflicts;
	private final Map<MergeConflict, MergeDecisions.Take> decided = new HashMap<>();
	private TableViewer viewer;

	ConflictsDialog(Shell shell, List<MergeConflict> conflicts) {
		super(shell);
		this.conflicts = conflicts;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	/** The decisions made, one per conflict. */
	MergeDecisions decisions() {
		MergeDecisions decisions = MergeDecisions.none();
		decided.forEach((conflict, take) -> decisions.take(conflict.key(), take));
		return decisions;
	}

	TableViewer viewer() {
		return viewer;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		getShell().setText(TeamMessages.Conflicts_title);
		setTitle(TeamMessages.Conflicts_title);
		setMessage(TeamMessages.Conflicts_message);
		Composite area = (Composite) super.createDialogArea(parent);
		viewer = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(820, 280).applyTo(viewer.getTable());
		column(TeamMessages.Conflicts_place, 180, MergeConflict::place);
		column(TeamMessages.Conflicts_field, 150, MergeConflict::field);
		// mine and theirs may differ only by characters that look alike (髙 and 高): those are named
		column(TeamMessages.Conflicts_base, 110, c -> ConflictsDialog.shown(c.base(), c.mine()));
		column(TeamMessages.Conflicts_mine, 110, c -> ConflictsDialog.shown(c.mine(), c.theirs()));
		column(TeamMessages.Conflicts_theirs, 110, c -> ConflictsDialog.shown(c.theirs(), c.mine()));
		TableViewerColumn decision = column(TeamMessages.Conflicts_decision, 140, c -> label(decided.get(c)));
		decision.setEditingSupport(new DecisionEditing());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(conflicts);
		return area;
	}

	@Override
	protected Control createContents(Composite parent) {
		Control contents = super.createContents(parent);
		updateOk();
		return contents;
	}

	/** A value, with the look-alike characters that tell it from {@code other} named ("髙 U+9AD9 hashigodaka"). */
	static String shown(String value, String other) {
		String lookAlikes = LookAlikes.describeDiffering(value, other, Locale.getDefault());
		return lookAlikes.isEmpty() || other == null ? value : NLS.bind(TeamMessages.Value_lookAlikes, value, lookAlikes);
	}

	private TableViewerColumn column(String title, int width, Function<MergeConflict, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((MergeConflict) element);
			}
		});
		return column;
	}

	private static String label(MergeDecisions.Take take) {
		return take == null ? TeamMessages.Conflicts_undecided : CHOICES[take.ordinal()];
	}

	/** Decides a row, as the Decision column's combo does. */
	void decide(MergeConflict conflict, MergeDecisions.Take take) {
		decided.put(conflict, take);
		viewer.update(conflict, null);
		updateOk();
	}

	private void updateOk() {
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(decided.size() == conflicts.size());
		}
	}

	private final class DecisionEditing extends EditingSupport {
		private final ComboBoxCellEditor editor = new ComboBoxCellEditor(viewer.getTable(), CHOICES, SWT.READ_ONLY);

		DecisionEditing() {
			super(viewer);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			MergeDecisions.Take take = decided.get(element);
			return take == null ? 0 : take.ordinal();
		}

		@Override
		protected void setValue(Object element, Object value) {
			int index = (Integer) value;
			if (index >= 0) {
				decide((MergeConflict) element, MergeDecisions.Take.values()[index]);
			}
		}
	}
}
