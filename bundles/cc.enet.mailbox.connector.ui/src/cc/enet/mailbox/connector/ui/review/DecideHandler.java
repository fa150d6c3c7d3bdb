package cc.enet.mailbox.connector.ui.review;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import cc.enet.mailbox.connector.apply.Decisions;

/** A decision (leave, keep mine, take theirs) for the conflicts selected in Review Changes; enabled while it can take one. */
public final class DecideHandler extends AbstractHandler {

	public static final String ID = "cc.enet.mailbox.ui.commands.decide";
	public static final String TAKE = ID + ".take";
	/** The parameter's values, in the Decision column's order. */
	static final List<String> TAKES = List.of("leave", "mine", "theirs");

	static Decisions.Take take(String value) {
		return switch (value) {
			case "mine" -> Decisions.Take.MINE;
			case "theirs" -> Decisions.Take.THEIRS;
			default -> null;
		};
	}

	@Override
	public Object execute(ExecutionEvent event) {
		ReviewView view = view(HandlerUtil.getActiveWorkbenchWindow(event));
		if (view != null) {
			view.decideSelected(take(event.getParameter(TAKE)));
		}
		return null;
	}

	@Override
	public void setEnabled(Object evaluationContext) {
		Object window = HandlerUtil.getVariable(evaluationContext, ISources.ACTIVE_WORKBENCH_WINDOW_NAME);
		ReviewView view = window instanceof IWorkbenchWindow w ? view(w) : null;
		setBaseEnabled(view != null && view.canDecide());
	}

	private static ReviewView view(IWorkbenchWindow window) {
		return window == null || window.getActivePage() == null ? null
				: window.getActivePage().findView(ReviewView.ID) instanceof ReviewView view ? view : null;
	}
}
