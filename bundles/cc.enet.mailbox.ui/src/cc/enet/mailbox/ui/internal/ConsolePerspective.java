package cc.enet.mailbox.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import cc.enet.mailbox.ui.views.FindingsView;
import cc.enet.mailbox.ui.views.WorkspaceNavigatorView;

/** Customers on the left, rule problems below; the editor area takes the rest. */
public final class ConsolePerspective implements IPerspectiveFactory {
	public static final String ID = "cc.enet.mailbox.ui.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.addView(WorkspaceNavigatorView.ID, IPageLayout.LEFT, 0.3f, editors);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.6f, editors);
		bottom.addView(FindingsView.ID);
	}
}
