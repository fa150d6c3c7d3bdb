package cc.enet.mailbox.ui.internal.workbench;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import cc.enet.mailbox.ui.views.WorkspaceNavigatorView;

/**
 * Customers on the left, the mailbox tables in the middle, problems and properties below. Other bundles add their
 * views beside Problems through {@code org.eclipse.ui.perspectiveExtensions}; this class names none of them.
 */
public final class ConsolePerspective implements IPerspectiveFactory {
	public static final String ID = "cc.enet.mailbox.ui.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		// names and the three count columns whole at the default window size (Warnings was cut at 0.32)
		layout.addView(WorkspaceNavigatorView.ID, IPageLayout.LEFT, 0.36f, editors);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.62f, editors);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		layout.addView(IPageLayout.ID_PROP_SHEET, IPageLayout.RIGHT, 0.6f, "bottom");
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(WorkspaceNavigatorView.ID);
	}
}
