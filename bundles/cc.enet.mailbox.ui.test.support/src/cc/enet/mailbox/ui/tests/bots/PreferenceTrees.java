package cc.enet.mailbox.ui.tests.bots;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/** The page tree of a preference dialog, as drawn. */
final class PreferenceTrees {

	private PreferenceTrees() {
	}

	/** The page names whose text runs past the tree's visible width. */
	static List<String> namesCutOff(Shell shell) {
		return Ui.sync(() -> {
			Tree tree = DialogBot.all(shell, Tree.class).get(0);
			List<String> cut = new ArrayList<>();
			GC gc = new GC(tree);
			try {
				int visible = tree.getClientArea().width;
				for (TreeItem item : tree.getItems()) {
					if (item.getTextBounds(0).x + gc.textExtent(item.getText()).x > visible) {
						cut.add(item.getText());
					}
				}
			} finally {
				gc.dispose();
			}
			return cut;
		});
	}
}
