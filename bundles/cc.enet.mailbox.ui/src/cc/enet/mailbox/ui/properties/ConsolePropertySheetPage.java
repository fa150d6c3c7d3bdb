package cc.enet.mailbox.ui.properties;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheetPage;

import cc.enet.mailbox.ui.parts.CommandStackAction;
import cc.enet.mailbox.ui.session.ConsoleSession;

/**
 * Properties of the selected model objects, edited through the session's command stack; Undo and Redo work while
 * this page has the focus. Past {@value #MAX_OBJECTS} selected rows the page stays empty: that is bulk-edit work.
 */
public final class ConsolePropertySheetPage extends PropertySheetPage {

	static final int MAX_OBJECTS = 1000;

	private final ConsoleSession session;
	private CommandStackAction undo;
	private CommandStackAction redo;
	private final CommandStackListener refresher = event -> {
		if (getControl() != null && !getControl().isDisposed()) {
			refresh();
		}
	};

	public ConsolePropertySheetPage(ConsoleSession session) {
		this.session = session;
		session.commandStack().addCommandStackListener(refresher);
		setPropertySourceProvider(object -> object instanceof IPropertySource source ? source
				: object instanceof EObject eObject
						? new ModelPropertySource(eObject, session.editingDomain().getAdapterFactory(), session.editingDomain())
						: null);
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		if (getControl() instanceof Tree tree && tree.getColumnCount() > 0) {
			tree.getColumn(0).setWidth(220); // Japanese property names are long
		}
	}

	@Override
	public void setActionBars(IActionBars actionBars) {
		super.setActionBars(actionBars);
		undo = CommandStackAction.undo(session);
		redo = CommandStackAction.redo(session);
		actionBars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		actionBars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
	}

	@Override
	public void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (selection instanceof IStructuredSelection structured && structured.size() > MAX_OBJECTS) {
			selection = StructuredSelection.EMPTY;
		}
		super.selectionChanged(part, selection);
	}

	@Override
	public void dispose() {
		session.commandStack().removeCommandStackListener(refresher);
		if (undo != null) {
			undo.dispose();
			redo.dispose();
		}
		super.dispose();
	}
}
