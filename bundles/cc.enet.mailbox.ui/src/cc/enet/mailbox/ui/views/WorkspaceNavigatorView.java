package cc.enet.mailbox.ui.views;

import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.model.WorkspaceWalk;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.Severity;
import cc.enet.mailbox.ui.editors.MailboxTableEditor;
import cc.enet.mailbox.ui.editors.MailboxTableInput;
import cc.enet.mailbox.ui.forms.Forms;
import cc.enet.mailbox.ui.parts.ContributedMenu;
import cc.enet.mailbox.ui.parts.CommandStackAction;
import cc.enet.mailbox.ui.session.ConsoleSession;
import cc.enet.mailbox.ui.text.Counted;
import cc.enet.mailbox.ui.parts.ColumnWidths;
import cc.enet.mailbox.ui.parts.WidestTexts;
import cc.enet.mailbox.ui.internal.UiMessages;
import cc.enet.mailbox.ui.properties.ConsolePropertySheetPage;

/**
 * Customers and their domains, with mailbox counts, the errors and warnings at each and a domain's mail state (DNS
 * checked, mail off) in columns. Double-click opens the
 * settings form of a domain and the mailbox table of a customer; the context menu opens the mailbox table of either,
 * the toolbar the table of every mailbox.
 */
public final class WorkspaceNavigatorView extends ViewPart implements ConsoleSession.Listener {
	public static final String ID = "cc.enet.mailbox.ui.views.navigator";

	private TreeViewer viewer;
	private TreeViewerColumn name;
	private ColumnWidths widths;
	private ModelLabels labels;
	private LocalResourceManager images;
	private CommandStackAction undo;
	private CommandStackAction redo;
	private ConsoleSession session;

	@Override
	public void createPartControl(Composite parent) {
		images = new LocalResourceManager(JFaceResources.getResources(), parent);
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.VIRTUAL);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ModelTreeContent());
		labels = new ModelLabels();
		addColumns();
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.addDoubleClickListener(e -> {
			Object element = ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (element instanceof Domain || element instanceof Mailbox) {
				Forms.open(getSite().getPage(), (EObject) element); // its settings
			} else {
				openSelection();
			}
		});
		getSite().setSelectionProvider(viewer);

		// Open Mailbox Table, Edit Domain Settings and Open All Mailboxes are commands (plugin.xml) contributed here
		ContributedMenu.register(getSite(), viewer);

		ConsoleSession.addListener(this);
		if (ConsoleSession.current() != null) {
			sessionOpened(ConsoleSession.current());
		} else {
			setContentDescription(UiMessages.Navigator_opening);
		}
	}

	/**
	 * The name in the first column, the counts in columns of their own: in the label they were cut off as soon as the
	 * view was narrower than the longest domain name.
	 */
	private void addColumns() {
		viewer.getTree().setHeaderVisible(true);
		name = new TreeViewerColumn(viewer, SWT.LEFT);
		name.getColumn().setText(UiMessages.Navigator_columnName);
		name.getColumn().setWidth(160);
		name.setLabelProvider(labels);
		addCountColumn(UiMessages.Navigator_columnMailboxes, this::mailboxCount);
		addCountColumn(UiMessages.Navigator_columnErrors, element -> problemCount(element, 0));
		addCountColumn(UiMessages.Navigator_columnWarnings, element -> problemCount(element, 1));
		TreeViewerColumn mail = new TreeViewerColumn(viewer, SWT.LEFT);
		mail.getColumn().setText(UiMessages.Navigator_columnMail);
		mail.getColumn().setWidth(220);
		mail.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof Domain domain && session != null ? MailStateLabel.of(domain, session.locale()) : "";
			}
		});
		widths = ColumnWidths.remember(viewer.getTree(), ID);
	}

	/**
	 * Sizes the columns the user has not sized to what they show: the name column to the longest customer or domain
	 * name (domains sit one level in), the counts to their titles, the mail state to its longest text.
	 */
	private void fitColumns(Workspace root) {
		List<String> customers = new ArrayList<>();
		List<String> domains = new ArrayList<>();
		List<String> states = new ArrayList<>();
		for (Customer customer : root.getCustomers()) {
			customers.add(String.valueOf(customer.getName()));
			for (Domain domain : customer.getDomains()) {
				domains.add(String.valueOf(domain.getName()));
				states.add(MailStateLabel.of(domain, session.locale()));
			}
		}
		GC gc = new GC(viewer.getTree());
		int widest = 0;
		try {
			for (String name : WidestTexts.candidates(customers)) {
				widest = Math.max(widest, gc.textExtent(name).x);
			}
			for (String name : WidestTexts.candidates(domains)) {
				widest = Math.max(widest, gc.textExtent(name).x + INDENT);
			}
		} finally {
			gc.dispose();
		}
		// the expander and the icon
		widths.fitTo(0, Math.max(96, widest + INDENT + 16));
		for (int column = 1; column < viewer.getTree().getColumnCount() - 1; column++) {
			widths.fitTo(column, 0);
		}
		widths.fit(viewer.getTree().getColumnCount() - 1, WidestTexts.candidates(states), 0);
	}

	/** About one level of a tree's indentation, on GTK at least: enough to keep the name whole. */
	private static final int INDENT = 24;

	private void addCountColumn(String title, ToIntFunction<Object> count) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.RIGHT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(60); // fitted to its title once shown: the counts are shorter
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				int value = count.applyAsInt(element);
				return value < 0 ? "" : String.valueOf(value);
			}
		});
	}

	private int mailboxCount(Object element) {
		if (element instanceof Domain d) {
			return d.getMailboxes().size();
		}
		if (element instanceof Customer c) {
			return WorkspaceWalk.mailboxCount(c);
		}
		return -1;
	}

	/** Errors (slot 0) or warnings (slot 1) at a customer or domain; 0 once the rules ran, blank before. */
	private int problemCount(Object element, int slot) {
		if (!labels.checked) {
			return -1;
		}
		int[] count = labels.problems.get(element);
		return count != null ? count[slot] : 0;
	}

	public TreeViewer viewer() {
		return viewer;
	}

	private void openSelection() {
		Object element = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		if (element instanceof Mailbox mailbox) {
			Forms.open(getSite().getPage(), mailbox);
		} else if (element instanceof EObject scope) {
			open(scope);
		}
	}

	private MailboxTableEditor open(EObject scope) {
		try {
			return (MailboxTableEditor) getSite().getPage().openEditor(new MailboxTableInput(scope), MailboxTableEditor.ID);
		} catch (PartInitException e) {
			ILog.of(getClass()).log(e.getStatus());
			return null;
		}
	}

	@Override
	public void sessionOpened(ConsoleSession opened) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		session = opened;
		if (undo != null) {
			undo.dispose();
			redo.dispose();
		}
		undo = CommandStackAction.undo(opened);
		redo = CommandStackAction.redo(opened);
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		getViewSite().getActionBars().updateActionBars();
		labels.problems = Map.of();
		labels.checked = false;
		viewer.setInput(opened.workspace().root());
		fitColumns(opened.workspace().root());
		setContentDescription(Counted.bind(UiMessages.Navigator_summary, Integer.valueOf(opened.workspace().mailboxCount()),
				UiMessages.Navigator_validating));
	}

	@Override
	public void findingsChanged(ConsoleSession changed) {
		if (changed != session || viewer.getControl().isDisposed()) {
			return;
		}
		labels.problems = problemCounts(changed);
		labels.checked = true;
		int errors = 0, warnings = 0;
		for (Finding finding : changed.findings().list()) {
			if (finding.severity() == Severity.ERROR) {
				errors++;
			} else if (finding.severity() == Severity.WARNING) {
				warnings++;
			}
		}
		setContentDescription(Counted.bind(UiMessages.Navigator_summary, Integer.valueOf(changed.workspace().mailboxCount()),
				Counted.bind(UiMessages.Navigator_problemSummary, Integer.valueOf(errors), Integer.valueOf(warnings))));
		viewer.refresh(true);
	}

	@Override
	public void modelChanged(ConsoleSession changed) {
		if (changed == session && !viewer.getControl().isDisposed()) {
			viewer.refresh(true);
			fitColumns(changed.workspace().root());
		}
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class && session != null) {
			return adapter.cast(new ConsolePropertySheetPage(session));
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		ConsoleSession.removeListener(this);
		if (undo != null) {
			undo.dispose();
			redo.dispose();
		}
		super.dispose();
	}

	/** Errors and warnings per domain (all of its mailboxes and its own settings) and per customer. */
	private static Map<Object, int[]> problemCounts(ConsoleSession session) {
		Map<Object, int[]> counts = new HashMap<>();
		for (Finding finding : session.findings().list()) {
			int slot = finding.severity() == Severity.ERROR ? 0 : finding.severity() == Severity.WARNING ? 1 : -1;
			if (slot < 0) {
				continue;
			}
			for (EObject o = finding.target(); o != null; o = o.eContainer()) {
				if (o instanceof Domain || o instanceof Customer) {
					counts.computeIfAbsent(o, k -> new int[2])[slot]++;
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
			return parent instanceof Customer c ? c.getDomains().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof EObject e ? e.eContainer() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof Customer c && !c.getDomains().isEmpty();
		}
	}

	/** The overlay of a domain whose IMAP host staff have not confirmed. */
	private static final ImageDescriptor UNCONFIRMED = ImageDescriptor.createFromImage(FieldDecorationRegistry.getDefault()
			.getFieldDecoration(FieldDecorationRegistry.DEC_INFORMATION).getImage());

	private final class ModelLabels extends ColumnLabelProvider {
		volatile Map<Object, int[]> problems = Map.of();
		/** Whether the rules have run on this workspace: until then the counts are blank, not zero. */
		volatile boolean checked;

		@Override
		public String getText(Object element) {
			if (element instanceof Customer c) {
				return c.getName();
			}
			return element instanceof Domain d ? d.getName() : String.valueOf(element);
		}

		@Override
		public Image getImage(Object element) {
			if (session == null || !(element instanceof EObject)) {
				return null;
			}
			AdapterFactory factory = session.editingDomain().getAdapterFactory();
			Object image = ((IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class)).getImage(element);
			if (!(image instanceof URL url)) {
				return null;
			}
			ImageDescriptor icon = ImageDescriptor.createFromURL(url);
			if (element instanceof Domain domain && MailStateLabel.imapHostUnconfirmed(domain)) {
				// seen without scrolling to the Mail / DNS column, which says it in words
				icon = new DecorationOverlayIcon(icon, UNCONFIRMED, IDecoration.BOTTOM_RIGHT);
			}
			return images.create(icon);
		}

		@Override
		public String getToolTipText(Object element) {
			return element instanceof Domain domain && MailStateLabel.imapHostUnconfirmed(domain)
					? UiMessages.Navigator_imapUnconfirmed : null;
		}
	}
}
