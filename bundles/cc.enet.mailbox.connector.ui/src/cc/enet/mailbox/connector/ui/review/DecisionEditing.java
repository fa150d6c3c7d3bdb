package cc.enet.mailbox.connector.ui.review;

import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;

import cc.enet.mailbox.connector.apply.Decisions;
import cc.enet.mailbox.connector.plan.PlanEntry;

/** The Decision column's drop-down on a conflict, while nothing runs. */
final class DecisionEditing extends EditingSupport {

	private final ComboBoxCellEditor editor;
	private final ConflictDecisions decisions;
	private final BooleanSupplier idle;
	private final BiConsumer<String, Decisions.Take> decide;

	/** @param decide takes the decision for a mailbox, and shows it */
	DecisionEditing(TreeViewer tree, ConflictDecisions decisions, BooleanSupplier idle, BiConsumer<String, Decisions.Take> decide) {
		super(tree);
		this.decisions = decisions;
		this.idle = idle;
		this.decide = decide;
		String[] labels = new String[ConflictDecisions.CHOICES.length];
		for (int i = 0; i < labels.length; i++) {
			labels[i] = ReviewLabels.decision(ConflictDecisions.CHOICES[i]);
		}
		editor = new ComboBoxCellEditor(tree.getTree(), labels, SWT.READ_ONLY);
	}

	@Override
	protected CellEditor getCellEditor(Object element) {
		return editor;
	}

	@Override
	protected boolean canEdit(Object element) {
		return element instanceof PlanEntry entry && entry.kind() == PlanEntry.Kind.CONFLICT && idle.getAsBoolean();
	}

	@Override
	protected Object getValue(Object element) {
		Decisions.Take take = decisions.of(((PlanEntry) element).mailbox());
		return take == null ? 0 : take == Decisions.Take.MINE ? 1 : 2;
	}

	@Override
	protected void setValue(Object element, Object value) {
		int index = value instanceof Integer i && i >= 0 ? i : 0;
		decide.accept(((PlanEntry) element).mailbox(), ConflictDecisions.CHOICES[index]);
	}
}
