package cc.enet.mailbox.ui.editors;

import java.util.EventObject;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.views.properties.IPropertySheetPage;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.model.Addresses;
import cc.enet.mailbox.ui.forms.Forms;
import cc.enet.mailbox.ui.parts.ContributedMenu;
import cc.enet.mailbox.ui.session.ConsoleSession;
import cc.enet.mailbox.ui.parts.SessionEditorPart;
import cc.enet.mailbox.ui.text.Counted;
import cc.enet.mailbox.ui.internal.UiMessages;
import cc.enet.mailbox.ui.markers.ProblemMarkers;
import cc.enet.mailbox.ui.session.ProbeOutcomes;
import cc.enet.mailbox.ui.properties.ConsolePropertySheetPage;
import cc.enet.mailbox.ui.table.MailboxQuery;
import cc.enet.mailbox.ui.table.MailboxTable;
import cc.enet.mailbox.ui.table.MailboxTableColumn;

/**
 * The mailbox table of a domain, a customer or the whole workspace. Every change is a command on the session's
 * editing domain, so Undo/Redo, the dirty marker and Save work across all open tables at once; loading, searching
 * and sorting run in jobs, the UI thread only ever fills the visible rows.
 */
public final class MailboxTableEditor extends SessionEditorPart implements IGotoMarker, ConsoleSession.Listener {

	public static final String ID = "cc.enet.mailbox.ui.editors.mailboxTable";

	private ConsoleSession session;
	private MailboxTable table;
	private TableClipboard clipboard;
	private volatile List<Mailbox> all;
	private Job queryJob;
	private Mailbox pendingReveal;
	/** The field to outline once {@link #pendingReveal} shows (a finding's), or null. */
	private MailboxTableColumn pendingField;
	private long queriesDone;
	/** The command whose name the status line shows, or null. */
	private Command reported;
	private final CommandStackListener statusLine = this::forgetUndone;
	/** A tested mailbox's usage shows in its row at once. */
	private final ProbeOutcomes.Listener probed = (mailbox, probe) -> {
		if (table != null && !table.getControl().isDisposed()) {
			table.getControl().getDisplay().asyncExec(() -> {
				if (!table.getControl().isDisposed()) {
					table.refreshRows();
				}
			});
		}
	};

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		session = ConsoleSession.current();
		if (session == null) {
			throw new PartInitException(UiMessages.Editor_noWorkspace);
		}
		MailboxTableInput tableInput = MailboxTableInput.of(input, session);
		setSite(site);
		setInputWithNotify(tableInput);
		setPartName(tableInput.getName());
		setTitleToolTip(tableInput.getToolTipText());
		ConsoleSession.addListener(this);
	}

	@Override
	public void createPartControl(Composite parent) {
		table = new MailboxTable(parent, () -> session.findings());
		table.onQueryChange(query -> runQuery(query, 200));
		clipboard = new TableClipboard(this);
		ContributedMenu.register(getSite(), table.viewer()); // Open, the bulk edits, Copy/Paste, Setup Files...
		getSite().setSelectionProvider(table.viewer());
		table.viewer().addDoubleClickListener(e -> openForm());
		runQuery(table.query(), 0);
		// The UI thread makes the rows while the job lists and sorts them, once the editor is laid out: GTK adds
		// rows to a table that has its size faster, and paints them sooner.
		int count = ((MailboxTableInput) getEditorInput()).count();
		parent.getDisplay().asyncExec(() -> {
			if (!table.getControl().isDisposed()) {
				table.reserveRows(count);
			}
		});
		ProbeOutcomes.addListener(probed);
		session.commandStack().addCommandStackListener(statusLine);
	}

	@Override
	public ConsoleSession session() {
		return session;
	}

	public MailboxTable table() {
		return table;
	}

	public TableClipboard clipboard() {
		return clipboard;
	}

	/** Double-click: the form of the first selected mailbox. */
	private void openForm() {
		List<Mailbox> rows = table.selectedMailboxes();
		if (!rows.isEmpty()) {
			Forms.open(getSite().getPage(), rows.get(0));
		}
	}

	/** Every mailbox of the editor's scope, or null while the first load runs. */
	public List<Mailbox> allMailboxes() {
		return all;
	}

	/** How many queries have been shown; lets tests and the benchmark wait for the table to settle. */
	public long queriesDone() {
		return queriesDone;
	}

	public boolean isQueryRunning() {
		return queryJob != null && queryJob.getState() != Job.NONE;
	}

	private void runQuery(MailboxQuery query, long delay) {
		if (queryJob != null) {
			queryJob.cancel();
		}
		table.showLoading();
		MailboxTableInput input = (MailboxTableInput) getEditorInput();
		Display display = table.getControl().getDisplay();
		queryJob = new Job(NLS.bind(UiMessages.Job_loadTable, input.getName())) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
				try {
					List<Mailbox> scope = all;
					if (scope == null) {
						scope = input.mailboxes();
						all = scope;
					}
					Mailbox[] rows = query.run(scope, session.findings(), monitor);
					int total = scope.size();
					Job self = this;
					display.asyncExec(() -> {
						if (queryJob == self && !table.getControl().isDisposed() && !monitor.isCanceled()) {
							table.show(rows, total);
							queriesDone++;
							if (pendingReveal != null) {
								Mailbox target = pendingReveal;
								MailboxTableColumn field = pendingField;
								pendingReveal = null;
								pendingField = null;
								table.select(List.of(target), true);
								if (field != null) {
									table.markField(target, field);
								}
							}
						}
					});
					return Status.OK_STATUS;
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				} finally {
					monitor.done();
				}
			}
		};
		queryJob.setUser(all == null);
		queryJob.schedule(delay);
	}

	/** Re-runs the current query, e.g. after the findings changed under a "has errors" filter. */
	public void requery() {
		runQuery(table.query(), 0);
	}

	/** Selects and shows the mailbox, clearing the search first if it hides the mailbox. */
	public void reveal(Mailbox mailbox) {
		reveal(mailbox, null);
	}

	/** Selects and shows the mailbox and, when given, outlines its field and scrolls the field into view. */
	public void reveal(Mailbox mailbox, MailboxTableColumn field) {
		if (table.isShowing(mailbox) && !isQueryRunning()) {
			table.select(List.of(mailbox), true);
			if (field != null) {
				table.markField(mailbox, field);
			}
			setFocus();
			return;
		}
		pendingReveal = mailbox;
		pendingField = field;
		if (table.query().isFiltering()) {
			table.setQuery(new MailboxQuery("", false, table.query().sortColumn(), table.query().ascending()));
		}
		runQuery(table.query(), 0);
	}

	@Override
	public void gotoMarker(IMarker marker) {
		String address = marker.getAttribute(ProblemMarkers.ATTR_MAILBOX, "");
		if (address.isEmpty()) {
			return; // a finding on the domain: the table is open on it, nothing to select
		}
		String key = Addresses.key(address);
		MailboxTableColumn field = MailboxTableColumn.of(marker.getAttribute(ProblemMarkers.ATTR_FEATURE, ""));
		List<Mailbox> scope = all != null ? all : ((MailboxTableInput) getEditorInput()).mailboxes();
		scope.stream().filter(m -> Addresses.key(m.getAddress()).equals(key)).findFirst().ifPresent(m -> reveal(m, field));
	}

	/** Runs a bulk command; one that changes nothing is reported in the status line instead. */
	void execute(Command command, int selected) {
		IStatusLineManager status = getEditorSite().getActionBars().getStatusLineManager();
		if (command == null || !command.canExecute()) {
			status.setMessage(Counted.bind(UiMessages.Bulk_nothingToChange, Integer.valueOf(selected)));
			return;
		}
		session.commandStack().execute(command);
		status.setMessage(command.getLabel());
		reported = command;
	}

	/** The status line names an edit only while it stands: an Undo (or any later command) takes the name away. */
	private void forgetUndone(EventObject event) {
		if (reported != null && session.commandStack().getUndoCommand() != reported) {
			reported = null;
			Display.getDefault().asyncExec(() -> {
				if (table != null && !table.getControl().isDisposed()) {
					getEditorSite().getActionBars().getStatusLineManager().setMessage(null);
				}
			});
		}
	}

	@Override
	public void modelChanged(ConsoleSession changed) {
		if (changed == session && table != null && !table.getControl().isDisposed()) {
			firePropertyChange(PROP_DIRTY);
			List<Mailbox> scope = all;
			if (scope != null && scope.size() != ((MailboxTableInput) getEditorInput()).count()) {
				all = null; // mailboxes came or went (an import, its undo): read the scope again
				requery();
			} else {
				table.refreshRows();
			}
		}
	}

	@Override
	public void findingsChanged(ConsoleSession changed) {
		if (changed == session && table != null && !table.getControl().isDisposed()) {
			if (table.query().errorsOnly() || table.query().sortColumn() == MailboxTableColumn.PROBLEMS) {
				requery();
			} else {
				table.refreshRows();
			}
		}
	}

	@Override
	public void sessionOpened(ConsoleSession opened) {
		if (opened != session) {
			getSite().getPage().closeEditor(this, false); // its mailboxes belong to the closed workspace
		}
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			return adapter.cast(new ConsolePropertySheetPage(session));
		}
		if (adapter == IGotoMarker.class) {
			return adapter.cast(this);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void setFocus() {
		table.viewer().getControl().setFocus();
	}

	@Override
	public void dispose() {
		ConsoleSession.removeListener(this);
		ProbeOutcomes.removeListener(probed);
		session.commandStack().removeCommandStackListener(statusLine);
		if (queryJob != null) {
			queryJob.cancel();
		}
		super.dispose();
	}

	Locale locale() {
		return session.locale();
	}
}
