package cc.enet.mailbox.ui.handlers;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Widens the preference dialog's tree to its longest page name (JFace starts it at a fixed width, which cuts the
 * console's page names, the Japanese ones most), and the dialog with it. Call once the dialog is open.
 */
final class PreferenceTreeWidth {

	/** The expander, the margins and the vertical scroll bar's room. */
	private static final int ROOM = 48;

	private PreferenceTreeWidth() {
	}

	static void fit(PreferenceDialog dialog) {
		Tree tree = dialog.getTreeViewer().getTree();
		int needed = widest(tree) + ROOM;
		// the tree's area is the ancestor laid out with a width hint (the one the sash between tree and page moves)
		for (Control control = tree; control != null && !(control instanceof Shell); control = control.getParent()) {
			if (control.getLayoutData() instanceof GridData data && data.widthHint > 0) {
				if (data.widthHint < needed) {
					data.widthHint = needed;
					Shell shell = dialog.getShell();
					shell.layout(true, true);
					Point size = shell.getSize();
					Point wanted = shell.computeSize(SWT.DEFAULT, SWT.DEFAULT);
					shell.setSize(Math.max(size.x, wanted.x), size.y);
				}
				return;
			}
		}
	}

	private static int widest(Tree tree) {
		GC gc = new GC(tree);
		try {
			int widest = 0;
			for (TreeItem item : tree.getItems()) {
				widest = Math.max(widest, gc.textExtent(item.getText()).x);
			}
			return widest;
		} finally {
			gc.dispose();
		}
	}
}
