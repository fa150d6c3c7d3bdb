package cc.enet.mailbox.ui.internal.workbench;

import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * The Problems view's Description column takes the width its neighbours leave. A finding's text is the long one
 * (the rule's words, the mailbox, the rule id), yet the platform gives it a fixed width even when the view is
 * maximised, and cuts it off beside empty space. Columns the user resized keep their width; Description follows.
 */
final class ProblemsDescriptionWidth implements IPartListener2 {

	private static final String FITTED = ProblemsDescriptionWidth.class.getName();
	/** Description is never made narrower than this, however wide the other columns are. */
	private static final int NARROWEST = 200;

	static void install(IWorkbenchPage page) {
		page.addPartListener(new ProblemsDescriptionWidth());
		if (page.findView(IPageLayout.ID_PROBLEM_VIEW) instanceof IViewPart problems) {
			follow(problems);
		}
	}

	@Override
	public void partOpened(IWorkbenchPartReference reference) {
		follow(reference.getPart(false));
	}

	@Override
	public void partVisible(IWorkbenchPartReference reference) {
		follow(reference.getPart(false));
	}

	private static void follow(IWorkbenchPart part) {
		if (part == null || !IPageLayout.ID_PROBLEM_VIEW.equals(part.getSite().getId())) {
			return;
		}
		ISelectionProvider provider = part.getSite().getSelectionProvider();
		if (!(provider instanceof TreeViewer viewer) || viewer.getTree().isDisposed()) {
			return;
		}
		Tree tree = viewer.getTree();
		if (tree.getData(FITTED) != null) {
			fit(tree);
			return;
		}
		tree.setData(FITTED, Boolean.TRUE);
		Listener refit = event -> tree.getDisplay().asyncExec(() -> fit(tree));
		tree.addListener(SWT.Resize, refit);
		// the platform sets the widths again when it refills the view: Description is fitted after any change
		for (TreeColumn column : tree.getColumns()) {
			column.addListener(SWT.Resize, refit);
		}
		fit(tree);
	}

	/** Column 0 (Description) as wide as the tree's client area leaves after the other columns. */
	static void fit(Tree tree) {
		if (tree.isDisposed() || tree.getColumnCount() == 0) {
			return;
		}
		int others = 0;
		for (int i = 1; i < tree.getColumnCount(); i++) {
			others += tree.getColumn(i).getWidth();
		}
		int width = Math.max(NARROWEST, tree.getClientArea().width - others);
		if (tree.getColumn(0).getWidth() != width) {
			tree.getColumn(0).setWidth(width);
		}
	}
}
