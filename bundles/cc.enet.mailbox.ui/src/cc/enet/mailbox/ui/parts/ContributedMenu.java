package cc.enet.mailbox.ui.parts;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPartSite;

/** A part's context menu whose items are the commands plugin.xml contributes to popup:PART_ID (and later bundles too). */
public final class ContributedMenu {

	private ContributedMenu() {
	}

	public static void register(IWorkbenchPartSite site, Viewer viewer) {
		MenuManager menu = new MenuManager();
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		site.registerContextMenu(site.getId(), menu, viewer);
	}
}
