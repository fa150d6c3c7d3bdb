package cc.enet.mailbox.connector.ui.review;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import cc.enet.mailbox.connector.apply.AuditLog;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.ui.session.ConsoleSession;
import cc.enet.mailbox.ui.parts.ColumnWidths;
import cc.enet.mailbox.ui.text.Counted;

/** The workspace's audit.log, newest first; read again when a workspace opens and after every apply (save). */
public final class AuditLogView extends ViewPart {

	public static final String ID = "cc.enet.mailbox.ui.views.auditLog";

	/** The columns, in order: keys of an audit line. */
	public static final List<String> KEYS = List.of("time", "user", "server", "change", "result", "message");

	private TableViewer table;
	private Label summary;

	private final ConsoleSession.Listener sessionListener = new ConsoleSession.Listener() {
		@Override
		public void sessionOpened(ConsoleSession session) {
			refresh();
		}

		@Override
		public void saved(ConsoleSession session) {
			refresh();
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		summary = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getTable());
		table.setContentProvider(ArrayContentProvider.getInstance());
		String[] titles = { ReviewMessages.Audit_time, ReviewMessages.Audit_user, ReviewMessages.Audit_server, ReviewMessages.Audit_change,
				ReviewMessages.Audit_result, ReviewMessages.Audit_message };
		int[] widths = { 150, 90, 90, 420, 110, 300 };
		for (int i = 0; i < KEYS.size(); i++) {
			String key = KEYS.get(i);
			TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
			column.getColumn().setText(titles[i]);
			column.getColumn().setWidth(widths[i]);
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return cell(element, key);
				}

				@Override
				public String getToolTipText(Object element) {
					return key.equals("time") || key.equals("change") ? raw(element, key) : null;
				}
			});
		}
		ColumnViewerToolTipSupport.enableFor(table);
		ColumnWidths.remember(table.getTable(), ID);
		getSite().setSelectionProvider(table);
		ConsoleSession.addListener(sessionListener);
		refresh();
	}

	@SuppressWarnings("unchecked")
	public static String cell(Object element, String key) {
		Map<String, Object> line = (Map<String, Object>) element;
		Object problem = line.get("problem");
		if (problem != null && key.equals("result")) {
			return "torn".equals(problem) ? ReviewMessages.Audit_torn : ReviewMessages.Audit_broken;
		}
		if (problem != null && key.equals("message")) {
			return String.valueOf(line.get("line")); // where to look: file:line
		}
		Object value = line.get(key);
		String text = value == null ? null : String.valueOf(value);
		return switch (key) {
		case "time" -> AuditTimes.local(text);
		case "change" -> ChangeWords.change(text);
		case "result" -> ChangeWords.result(text, "intent".equals(line.get("event")));
		case "message" -> ChangeWords.message(text);
		default -> text == null ? "" : text;
		};
	}

	/** The line as written: the full UTC time, the change in the connector's words. */
	@SuppressWarnings("unchecked")
	public static String raw(Object element, String key) {
		Object value = ((Map<String, Object>) element).get(key);
		return value == null ? null : String.valueOf(value);
	}

	/** Reads the log again in a job; the table changes on the UI thread. */
	public void refresh() {
		ConsoleSession session = ConsoleSession.current();
		if (session == null) {
			return;
		}
		MailboxWorkspace workspace = session.workspace();
		Job job = new Job(ReviewMessages.Audit_job) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				List<Map<String, Object>> lines;
				String problem = null;
				try {
					lines = new ArrayList<>(new AuditLog(workspace.folder()).read());
					Collections.reverse(lines); // appended in time order: newest last
				} catch (IOException | RuntimeException e) {
					lines = List.of();
					problem = NLS.bind(ReviewMessages.Audit_readFailed, workspace.folder().resolve(AuditLog.FILE), e.getMessage());
				}
				List<Map<String, Object>> shown = lines;
				String text = problem != null ? problem : Counted.bind(ReviewMessages.Audit_count, shown.size());
				table.getControl().getDisplay().asyncExec(() -> {
					if (!table.getControl().isDisposed() && ConsoleSession.current() == session) {
						table.setInput(shown);
						summary.setText(text);
						summary.getParent().layout(true);
					}
				});
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == AuditLogView.class;
			}
		};
		job.setSystem(true);
		job.schedule();
	}

	public TableViewer viewer() {
		return table;
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

	@Override
	public void dispose() {
		ConsoleSession.removeListener(sessionListener);
		super.dispose();
	}
}
