package cc.enet.mailbox.ui.views;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.ui.internal.ConsoleSession;
import cc.enet.mailbox.ui.internal.UiMessages;

/** Customers, their domains and mailboxes, with counts and the number of problems at each. */
public final class WorkspaceNavigatorView extends ViewPart {
	public static final String ID = "cc.enet.mailbox.ui.views.navigator";

	private TreeViewer viewer;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.VIRTUAL);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ModelTreeContent());
		ConsoleSession session = ConsoleSession.current();
		viewer.setLabelProvider(new ModelLabels(problemCounts(session)));
		if (session != null) {
			viewer.setInput(session.workspace().root());
		}
		getSite().setSelectionProvider(viewer);
	}

	public TreeViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	/** Errors and warnings per mailbox and per domain, from the session's findings. */
	private static Map<String, int[]> problemCounts(ConsoleSession session) {
		Map<String, int[]> counts = new HashMap<>();
		if (session != null) {
			for (Finding finding : session.findings()) {
				int slot = finding.severity() == cc.enet.mailbox.rules.Severity.ERROR ? 0
						: finding.severity() == cc.enet.mailbox.rules.Severity.WARNING ? 1 : -1;
				if (slot >= 0) {
					counts.computeIfAbsent(finding.place(), k -> new int[2])[slot]++;
				}
			}
		}
		return counts;
	}

	private static final class ModelTreeContent implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return input instanceof Workspace w ? w.getCustomers().toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent instanceof Customer c) {
				return c.getDomains().toArray();
			}
			if (parent instanceof Domain d) {
				return d.getMailboxes().toArray();
			}
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof EObject e ? e.eContainer() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof Customer || element instanceof Domain d && !d.getMailboxes().isEmpty();
		}
	}

	private static final class ModelLabels extends ColumnLabelProvider {
		private final Map<String, int[]> problems;

		ModelLabels(Map<String, int[]> problems) {
			this.problems = problems;
		}

		@Override
		public String getText(Object element) {
			String text;
			String place;
			if (element instanceof Customer c) {
				return NLS.bind(UiMessages.Navigator_customerLabel, c.getName(), c.getDomains().size());
			} else if (element instanceof Domain d) {
				text = NLS.bind(UiMessages.Navigator_domainLabel, d.getName(), d.getMailboxes().size());
				place = d.getName();
			} else if (element instanceof Mailbox m) {
				text = m.getAddress() + (m.getDisplayName() == null || m.getDisplayName().isEmpty() ? "" : "  " + m.getDisplayName());
				place = m.getAddress();
			} else {
				return String.valueOf(element);
			}
			int[] count = problems.get(place);
			return count == null ? text : NLS.bind(UiMessages.Navigator_problems, new Object[] { text, count[0], count[1] });
		}
	}
}
