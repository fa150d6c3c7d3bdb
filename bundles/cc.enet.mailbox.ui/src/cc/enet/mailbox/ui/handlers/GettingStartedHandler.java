package cc.enet.mailbox.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.handlers.HandlerUtil;

import cc.enet.mailbox.ui.internal.UiMessages;

/** Help > Getting Started: the walk from the demo workspace to a reviewed apply, in the user's language. */
public final class GettingStartedHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		new GettingStartedDialog(HandlerUtil.getActiveShellChecked(event)).open();
		return null;
	}

	/** The steps as selectable text, so a user can copy a step into a note. */
	static final class GettingStartedDialog extends CloseOnlyDialog {

		GettingStartedDialog(Shell parent) {
			super(parent, UiMessages.GettingStarted_title);
		}

		@Override
		protected Control createDialogArea(Composite parent) {
			Composite area = (Composite) super.createDialogArea(parent);
			Text steps = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
			steps.setText(UiMessages.GettingStarted_steps);
			GridDataFactory.fillDefaults().grab(true, true).hint(640, 420).applyTo(steps);
			return area;
		}
	}
}
