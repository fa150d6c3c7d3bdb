package cc.enet.mailbox.ui.review;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.connector.Change;
import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.ConnectorFactory;
import cc.enet.mailbox.connector.apply.ApplyReport;
import cc.enet.mailbox.connector.apply.ChangeResult;
import cc.enet.mailbox.connector.apply.Decisions;
import cc.enet.mailbox.connector.apply.PlanRefusals;
import cc.enet.mailbox.connector.apply.ServerSync;
import cc.enet.mailbox.connector.ConnectorText;
import cc.enet.mailbox.connector.plan.Plan;
import cc.enet.mailbox.connector.session.SecretSource;
import cc.enet.mailbox.connector.session.StoredSecrets;
import cc.enet.mailbox.connector.plan.PlanEntry;
import cc.enet.mailbox.connector.plan.PlanScope;
import cc.enet.mailbox.connector.plan.ServerLoops;
import cc.enet.mailbox.core.credentials.CredentialException;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.credentials.SecureStorageCredentialStore;
import cc.enet.mailbox.core.credentials.ServerSecrets;
import cc.enet.mailbox.rules.Severity;
import cc.enet.mailbox.ui.handlers.ContributedMenu;
import cc.enet.mailbox.ui.internal.ColumnWidths;
import cc.enet.mailbox.ui.internal.ConsoleSession;
import cc.enet.mailbox.ui.internal.UiMessages;
import cc.enet.mailbox.ui.review.PlanTree.DomainNode;
import cc.enet.mailbox.ui.review.PlanTree.MailboxNode;

/**
 * Review Changes: plan a server of the workspace, review the differences per domain and mailbox, decide the
 * conflicts, apply. Planning and applying run in jobs (progress, Cancel) through {@link ServerReview}; this view
 * only shows what they return.
 */
public final class ReviewView extends ViewPart {

	public static final String ID = "cc.enet.mailbox.ui.views.review";
	/** The family of the view's plan and apply jobs, for whoever must wait for them (tests join it). */
	public static final Object JOB_FAMILY = ReviewView.class;

	/** Columns, in order. */
	public static final int COL_ITEM = 0, COL_KIND = 1, COL_FIELD = 2, COL_SERVER = 3, COL_MODEL = 4, COL_BASE = 5,
			COL_DECISION = 6, COL_RESULT = 7;

	private static final Decisions.Take[] DECISIONS = { null, Decisions.Take.MINE, Decisions.Take.THEIRS };

	/** Secrets typed in this session, per server name; never written anywhere. */
	private final Map<String, char[]> typedSecrets = new HashMap<>();
	private final Map<String, Decisions.Take> decisions = new HashMap<>();
	private Map<Change, ChangeResult> results = Map.of();
	/** Mailboxes the plan shows apply would refuse, with the reason. */
	private Map<String, ConnectorText> refusals = Map.of();
	/** Domains whose mail is off: apply refuses their creates and updates, with the reason. */
	private Map<String, ConnectorText> mailOff = Map.of();

	private Combo servers;
	private Button planButton;
	private Button refreshButton;
	/** When every mailbox of a server was last read (Refresh All), by server name: shown with each plan. */
	private final Map<String, Instant> lastRefresh = new HashMap<>();
	private Button applyButton;
	private Button pullButton;
	private Button cancelButton;
	private Label status;
	private TreeViewer tree;
	private ColumnWidths widths;
	private Plan plan;
	private String planServer;
	private Job running;

	private final ConsoleSession.Listener sessionListener = new ConsoleSession.Listener() {
		@Override
		public void sessionOpened(ConsoleSession session) {
			showPlan(null, null);
			fillServers();
			setStatus("", false);
		}

		/** A server added, renamed or removed in Mail Servers is in the list at once. */
		@Override
		public void modelChanged(ConsoleSession session) {
			if (servers == null || servers.isDisposed()) {
				return;
			}
			Runnable refill = () -> {
				if (!servers.isDisposed() && !serverNames(session).equals(List.of(servers.getItems()))) {
					fillServers();
				}
			};
			if (Display.getCurrent() != null) {
				refill.run();
			} else {
				servers.getDisplay().asyncExec(refill);
			}
		}
	};

	private static List<String> serverNames(ConsoleSession session) {
		return session.workspace().root().getServers().stream().map(MailServer::getName).toList();
	}

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		// the server and the buttons wrap onto a second line in a narrow view rather than lose the last buttons
		Composite bar = new Composite(parent, SWT.NONE);
		RowLayout row = new RowLayout(SWT.HORIZONTAL);
		row.wrap = true;
		row.center = true;
		row.marginLeft = row.marginRight = row.marginTop = row.marginBottom = 0;
		bar.setLayout(row);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		new Label(bar, SWT.NONE).setText(UiMessages.Review_server);
		servers = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		servers.setLayoutData(new RowData(200, SWT.DEFAULT));
		planButton = button(bar, UiMessages.Review_plan, () -> planChanges(PlanScope.changed(Set.of())));
		refreshButton = button(bar, UiMessages.Review_refreshAll, () -> planChanges(PlanScope.everything()));
		applyButton = button(bar, UiMessages.Review_apply, this::applyPlan);
		pullButton = button(bar, UiMessages.Review_pull, this::pullValues);
		cancelButton = button(bar, UiMessages.Review_cancel, () -> {
			if (running != null) {
				running.cancel();
			}
		});
		status = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);

		tree = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		tree.getTree().setHeaderVisible(true);
		tree.getTree().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tree.getTree());
		tree.setContentProvider(new ContentProvider());
		column(UiMessages.Review_columnItem, 220, COL_ITEM);
		column(UiMessages.Review_columnKind, 90, COL_KIND);
		column(UiMessages.Review_columnField, 110, COL_FIELD);
		column(UiMessages.Review_columnServer, 180, COL_SERVER);
		column(UiMessages.Review_columnModel, 180, COL_MODEL);
		column(UiMessages.Review_columnBase, 140, COL_BASE);
		column(UiMessages.Review_columnDecision, 110, COL_DECISION).setEditingSupport(new DecisionEditing());
		column(UiMessages.Review_columnResult, 260, COL_RESULT);
		widths = ColumnWidths.remember(tree.getTree(), ID);
		getSite().setSelectionProvider(tree);
		ContributedMenu.register(getSite(), tree); // the decisions (DecideHandler)

		ConsoleSession.addListener(sessionListener);
		fillServers();
		updateButtons();
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	private TreeViewerColumn column(String title, int width, int index) {
		TreeViewerColumn column = new TreeViewerColumn(tree, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text(element, index);
			}
		});
		return column;
	}

	/** The text of a cell, as shown. */
	public String text(Object element, int column) {
		if (element instanceof DomainNode domain) {
			return column == COL_ITEM ? domain.name() : "";
		}
		if (element instanceof MailboxNode mailbox) {
			return column == COL_ITEM ? mailbox.address() : "";
		}
		if (!(element instanceof PlanEntry entry)) {
			return "";
		}
		return switch (column) {
		case COL_ITEM -> entry.mailbox() == null ? entry.domain() : "";
		case COL_KIND -> ReviewLabels.kind(entry.kind());
		case COL_FIELD -> ReviewLabels.field(entry.field());
		case COL_SERVER -> entry.reason() != null ? ReviewLabels.reason(entry.reason()) : ReviewLabels.value(entry.field(), entry.server());
		case COL_MODEL -> ReviewLabels.value(entry.field(), entry.model());
		case COL_BASE -> ReviewLabels.value(entry.field(), entry.base());
		case COL_DECISION -> entry.kind() == PlanEntry.Kind.CONFLICT ? ReviewLabels.decision(decisions.get(entry.mailbox())) : "";
		case COL_RESULT -> result(entry);
		default -> "";
		};
	}

	/** Why the apply wrote nothing, in the user's words. */
	private static String refusal(ServerSync.Refused e) {
		return switch (e.reason()) {
		case RULE_ERRORS -> NLS.bind(UiMessages.Review_refusedErrors, e.errors());
		case SERVER_LOOPS -> NLS.bind(UiMessages.Review_refusedLoops,
				e.loops().stream().map(f -> f.message(Locale.getDefault())).collect(Collectors.joining("\n")));
		default -> UiMessages.Review_stale;
		};
	}

	private String result(PlanEntry entry) {
		ChangeResult result = entry.change() == null ? null : results.get(entry.change());
		if (result == null) {
			ConnectorText refusal = PlanRefusals.reason(entry, refusals, mailOff);
			return refusal == null ? "" : NLS.bind(UiMessages.Review_willBeRefused, refusal.in(Locale.getDefault()));
		}
		String label = ReviewLabels.status(result.status());
		return result.text() == null ? label : label + ": " + result.message(Locale.getDefault()); // the -nl language
	}

	private void fillServers() {
		ConsoleSession session = ConsoleSession.current();
		String selected = servers.getText();
		servers.removeAll();
		if (session != null) {
			for (MailServer server : session.workspace().root().getServers()) {
				servers.add(server.getName());
			}
		}
		int index = servers.indexOf(selected);
		servers.select(index >= 0 ? index : 0);
		if (session != null && servers.getItemCount() == 0) {
			setStatus(UiMessages.Review_noServers, true);
		}
		updateButtons();
	}

	private void updateButtons() {
		boolean idle = running == null;
		boolean hasServer = ConsoleSession.current() != null && servers.getSelectionIndex() >= 0;
		planButton.setEnabled(idle && hasServer);
		refreshButton.setEnabled(idle && hasServer);
		applyButton.setEnabled(idle && plan != null);
		pullButton.setEnabled(idle && hasServer);
		pullButton.setToolTipText(hasServer ? NLS.bind(UiMessages.Review_pullTooltip, servers.getText()) : null);
		cancelButton.setEnabled(!idle);
	}

	private void setStatus(String text, boolean error) {
		status.setText(text);
		status.setForeground(error ? status.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
		status.getParent().layout(true);
	}

	/** The status line: why apply was refused, the summary of a plan or apply, a server that failed. */
	public String statusText() {
		return status.getText();
	}

	public Plan currentPlan() {
		return plan;
	}

	private Optional<MailServer> selectedServer() {
		ConsoleSession session = ConsoleSession.current();
		String name = servers.getText();
		return session == null ? Optional.empty()
				: session.workspace().findServer(name);
	}

	/** Opens a review of the selected server, asking for its secret when secure storage holds none. */
	private Optional<ServerReview> review(ConsoleSession session, MailServer server) {
		Optional<ConnectorFactory> factory = ConnectorServices.forKind(server.getKind());
		if (factory.isEmpty()) {
			setStatus(NLS.bind(UiMessages.Review_noConnector, server.getName(), server.getKind()), true);
			return Optional.empty();
		}
		if (ServerSecrets.insecure(server.getUrl()) && !Boolean.getBoolean(ALLOW_INSECURE_HTTP)) {
			setStatus(NLS.bind(UiMessages.Servers_insecureHttp, server.getName(), server.getUrl()), true);
			return Optional.empty();
		}
		if (!factory.get().takesSecret(server)) {
			return Optional.of(new ServerReview(session.workspace(), server, factory.get(), (s, key) -> null));
		}
		char[] secret = typedSecrets.get(server.getName());
		String why = null;
		if (secret == null) {
			try {
				ServerSecrets.Lookup lookup = ServerSecrets.load(credentials(), server.getName(), server.getUrl(),
						server.getPinnedCertificateSha256());
				secret = lookup.secret();
				if (lookup.rebound()) {
					// kept for another address or pin: never sent; ask, and say why
					why = NLS.bind(UiMessages.Review_secretRebound, lookup.storedFor(), lookup.wanted());
				}
			} catch (CredentialException e) {
				secret = null; // no store: ask
			}
		}
		if (secret == null) {
			String message = NLS.bind(UiMessages.Review_secretMessage, server.getName());
			InputDialog dialog = new InputDialog(getSite().getShell(), UiMessages.Review_secretTitle,
					why == null ? message : why + "\n\n" + message, "", null) {
				@Override
				protected int getInputTextStyle() {
					return SWT.SINGLE | SWT.BORDER | SWT.PASSWORD;
				}
			};
			if (dialog.open() != Window.OK) {
				return Optional.empty();
			}
			secret = dialog.getValue().toCharArray();
			typedSecrets.put(server.getName(), secret);
		}
		char[] typed = secret.length == 0 ? null : secret;
		// the default secret as resolved here (typed, stored or asked); the named ones from secure storage
		SecretSource source = SecretSource.firstOf((s, key) -> key == null && typed != null ? typed.clone() : null,
				(s, key) -> key == null ? null : new StoredSecrets(credentialsOrNull()).secret(s, key));
		return Optional.of(new ServerReview(session.workspace(), server, factory.get(), source));
	}

	/** System property (-DallowInsecureHttp style) that lets the console use plain http to another machine. */
	public static final String ALLOW_INSECURE_HTTP = "mailbox.allowInsecureHttp";

	private static CredentialStore credentials() throws CredentialException {
		return SecureStorageCredentialStore.openDefault();
	}

	/** The store, or null when it cannot be opened: then every new mailbox shows as lacking its password. */
	private static CredentialStore credentialsOrNull() {
		try {
			return credentials();
		} catch (CredentialException e) {
			return null;
		}
	}

	/** Plans in a job: what staff changed since the last apply (Plan), or every mailbox (Refresh All). */
	private void planChanges(PlanScope scope) {
		ConsoleSession session = ConsoleSession.current();
		Optional<MailServer> server = selectedServer();
		if (session == null || server.isEmpty()) {
			return;
		}
		String name = server.get().getName();
		Optional<ServerReview> review = review(session, server.get());
		if (review.isEmpty()) {
			return;
		}
		setStatus(NLS.bind(UiMessages.Review_planJob, name), false);
		start(new ReviewJob(NLS.bind(UiMessages.Review_planJob, name)) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					Plan result = review.get().plan(scope, monitor);
					if (monitor.isCanceled()) {
						return Status.CANCEL_STATUS;
					}
					Map<String, ConnectorText> refused = review.get().refusals(result, credentialsOrNull());
					Map<String, ConnectorText> off = review.get().mailOff(result);
					List<String> missing = review.get().missingSecrets();
					session.useServerForwards(ServerLoops.forwards(result));
					inUi(() -> {
						showPlan(result, name);
						refusals = refused;
						mailOff = off;
						tree.refresh();
						fitColumns();
						if (result.isFull()) {
							lastRefresh.put(name, Instant.now());
						}
						String text = scopeLine(result, lastRefresh.get(name)) + "\n" + summary(result);
						if (!refused.isEmpty()) {
							text += "\n" + NLS.bind(UiMessages.Review_refusalsSummary, refused.size());
						}
						if (!off.isEmpty()) {
							text += "\n" + NLS.bind(UiMessages.Review_mailOffSummary, String.join(", ", off.keySet()));
						}
						if (!missing.isEmpty()) {
							text += "\n" + NLS.bind(UiMessages.Review_missingSecrets, name, String.join(", ", missing));
						}
						setStatus(text, !refused.isEmpty() || !off.isEmpty() || !missing.isEmpty());
					});
				} catch (ConnectorException e) {
					inUi(() -> {
						showPlan(null, null);
						setStatus(ReviewLabels.serverFailure(name, e), true);
					});
				} catch (RuntimeException e) {
					inUi(() -> setStatus(NLS.bind(UiMessages.Review_failed, getName(), String.valueOf(e)), true));
				}
				return Status.OK_STATUS;
			}
		});
	}

	/** Which mailboxes were read, and when every one was last read (drift elsewhere shows only then). */
	private static String scopeLine(Plan plan, Instant lastRefresh) {
		String last = lastRefresh == null ? UiMessages.Review_neverRefreshed
				: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault()).format(lastRefresh);
		return plan.isFull() ? NLS.bind(UiMessages.Review_scopeAll, last)
				: NLS.bind(UiMessages.Review_scopeChanged, plan.scope().size(), last);
	}

	private static String summary(Plan plan) {
		Map<PlanEntry.Kind, Integer> counts = plan.counts();
		return NLS.bind(UiMessages.Review_planSummary, new Object[] { plan.server(), plan.changes().size(),
				counts.get(PlanEntry.Kind.CONFLICT), counts.get(PlanEntry.Kind.UNMANAGED), counts.get(PlanEntry.Kind.UNSUPPORTED) });
	}

	private void applyPlan() {
		ConsoleSession session = ConsoleSession.current();
		Optional<MailServer> server = selectedServer();
		if (session == null || server.isEmpty() || plan == null) {
			setStatus(UiMessages.Review_noPlan, true);
			return;
		}
		if (!server.get().getName().equals(planServer)) {
			setStatus(UiMessages.Review_noPlan, true);
			return;
		}
		if (session.isDirty()) {
			setStatus(UiMessages.Review_refusedDirty, true);
			return;
		}
		if (!session.findings().complete()) {
			setStatus(UiMessages.Review_refusedPending, true);
			return;
		}
		long errors = session.findings().list().stream()
				.filter(f -> f.severity() == Severity.ERROR).count();
		if (errors > 0) {
			setStatus(NLS.bind(UiMessages.Review_refusedErrors, errors), true);
			return;
		}
		Optional<ServerReview> review = review(session, server.get());
		if (review.isEmpty()) {
			return;
		}
		String name = server.get().getName();
		Plan reviewed = plan;
		Decisions chosen = Decisions.none();
		decisions.forEach((mailbox, take) -> {
			if (take != null) {
				chosen.take(mailbox, take);
			}
		});
		setStatus(NLS.bind(UiMessages.Review_applyJob, name), false);
		// The apply works on the model as reviewed: no edit, undo or redo until its own changes came as one command.
		session.setBusy(NLS.bind(UiMessages.Review_busy, name));
		Display display = tree.getControl().getDisplay();
		SessionModelChanges modelChanges = new SessionModelChanges(session, display);
		Job job = new ReviewJob(NLS.bind(UiMessages.Review_applyJob, name)) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					CredentialStore credentials = credentials();
					ApplyReport report = review.get().apply(reviewed, chosen, credentials, modelChanges, monitor);
					inUi(() -> {
						session.savedExternally();
						showReport(report, name);
					});
				} catch (ServerSync.Refused e) {
					inUi(() -> setStatus(refusal(e), true));
				} catch (ConnectorException e) {
					inUi(() -> setStatus(ReviewLabels.serverFailure(name, e), true));
				} catch (CredentialException | IOException | RuntimeException e) {
					inUi(() -> setStatus(NLS.bind(UiMessages.Review_failed, getName(), String.valueOf(e.getMessage())), true));
				}
				return Status.OK_STATUS;
			}
		};
		endBusyWhenDone(job, session, display);
		start(job);
	}

	/** Pull: every value the server holds into the model, as one command, after the user agreed. */
	private void pullValues() {
		ConsoleSession session = ConsoleSession.current();
		Optional<MailServer> server = selectedServer();
		if (session == null || server.isEmpty()) {
			return;
		}
		if (session.isDirty()) {
			setStatus(UiMessages.Review_refusedDirtyPull, true);
			return;
		}
		String name = server.get().getName();
		if (!MessageDialog.openConfirm(getSite().getShell(), UiMessages.Review_pullConfirmTitle,
				NLS.bind(UiMessages.Review_pullConfirm, name))) {
			return;
		}
		Optional<ServerReview> review = review(session, server.get());
		if (review.isEmpty()) {
			return;
		}
		setStatus(NLS.bind(UiMessages.Review_pullJob, name), false);
		session.setBusy(NLS.bind(UiMessages.Review_busyPull, name));
		Display display = tree.getControl().getDisplay();
		SessionModelChanges modelChanges = new SessionModelChanges(session, display);
		Job job = new ReviewJob(NLS.bind(UiMessages.Review_pullJob, name)) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					List<String> changed = review.get().pull(modelChanges, monitor);
					inUi(() -> {
						session.savedExternally();
						showPlan(null, null); // a plan made before the pull no longer holds
						setStatus(NLS.bind(UiMessages.Review_pullSummary, name, changed.size()), false);
					});
				} catch (ConnectorException e) {
					inUi(() -> setStatus(ReviewLabels.serverFailure(name, e), true));
				} catch (IOException | RuntimeException e) {
					inUi(() -> setStatus(NLS.bind(UiMessages.Review_failed, getName(), String.valueOf(e.getMessage())), true));
				}
				return Status.OK_STATUS;
			}
		};
		endBusyWhenDone(job, session, display);
		start(job);
	}

	private static void endBusyWhenDone(Job job, ConsoleSession session, Display display) {
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				// even when the view was closed meanwhile
				display.asyncExec(() -> session.setBusy(null));
			}
		});
	}

	private void showReport(ApplyReport report, String server) {
		Map<Change, ChangeResult> byChange = new HashMap<>();
		report.results().forEach(r -> byChange.put(r.change(), r));
		results = byChange;
		tree.refresh();
		fitColumns();
		String summary = NLS.bind(UiMessages.Review_applySummary, new Object[] { server, report.count(ChangeResult.Status.DONE),
				report.count(ChangeResult.Status.FAILED), report.count(ChangeResult.Status.SKIPPED),
				report.count(ChangeResult.Status.NOT_ATTEMPTED), report.conflictsLeft(), report.conflictsTakenFromServer() });
		if (report.serverFailure() != null) {
			setStatus(ReviewLabels.serverFailure(server, report.serverFailure()) + "\n" + summary, true);
		} else if (report.cancelled()) {
			setStatus(UiMessages.Review_cancelled + "\n" + summary, true);
		} else {
			setStatus(summary, !report.succeeded());
		}
	}

	private void showPlan(Plan newPlan, String server) {
		plan = newPlan;
		planServer = server;
		decisions.clear();
		results = Map.of();
		refusals = Map.of();
		mailOff = Map.of();
		tree.setInput(newPlan == null ? List.of() : PlanTree.group(newPlan));
		tree.expandAll();
		fitColumns();
		updateButtons();
	}

	/** Rows measured for the columns' widths: a large plan's first ones say enough, and measuring stays quick. */
	private static final int FIT_SAMPLE = 2000;
	/** Column 0's texts sit up to two levels in (domain, mailbox). */
	private static final int FIT_INDENT = 44;

	/** Each column the user has not sized as wide as what it shows, so addresses, values and results read whole. */
	private void fitColumns() {
		List<Object> rows = new ArrayList<>();
		if (plan != null) {
			for (PlanTree.DomainNode domain : PlanTree.group(plan)) {
				rows.add(domain);
				rows.addAll(domain.entries());
				for (PlanTree.MailboxNode mailbox : domain.mailboxes()) {
					if (rows.size() >= FIT_SAMPLE) {
						break;
					}
					rows.add(mailbox);
					rows.addAll(mailbox.entries());
				}
				if (rows.size() >= FIT_SAMPLE) {
					break;
				}
			}
		}
		for (int column = 0; column < tree.getTree().getColumnCount(); column++) {
			int index = column;
			// each distinct text measured once: most cells of a column repeat a few words
			Set<String> texts = new HashSet<>();
			rows.forEach(row -> texts.add(text(row, index)));
			widths.fit(column, texts, column == COL_ITEM ? FIT_INDENT : 0);
		}
	}

	/** A plan or apply job of the view, one of {@link #JOB_FAMILY}. */
	private abstract static class ReviewJob extends Job {
		ReviewJob(String name) {
			super(name);
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == JOB_FAMILY;
		}
	}

	private void start(Job job) {
		running = job;
		job.setUser(true);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				inUi(() -> {
					running = null;
					updateButtons();
				});
			}
		});
		updateButtons();
		job.schedule();
	}

	private void inUi(Runnable work) {
		Display display = tree.getControl().getDisplay();
		display.asyncExec(() -> {
			if (!tree.getControl().isDisposed()) {
				work.run();
			}
		});
	}

	/** Whether a decision can be taken now: conflicts selected, nothing running. */
	boolean canDecide() {
		return running == null && !selectedConflictMailboxes().isEmpty();
	}

	/** The same decision as the Decision column's, for the selected conflicts (or the conflicts of selected mailboxes). */
	void decideSelected(Decisions.Take take) {
		if (canDecide()) {
			selectedConflictMailboxes().forEach(m -> decisions.put(m, take));
			tree.refresh();
		}
	}

	private List<String> selectedConflictMailboxes() {
		List<String> mailboxes = new ArrayList<>();
		for (Object selected : tree.getStructuredSelection().toList()) {
			if (selected instanceof PlanEntry entry && entry.kind() == PlanEntry.Kind.CONFLICT && !mailboxes.contains(entry.mailbox())) {
				mailboxes.add(entry.mailbox());
			} else if (selected instanceof MailboxNode mailbox && mailbox.hasConflict() && !mailboxes.contains(mailbox.address())) {
				mailboxes.add(mailbox.address());
			}
		}
		return mailboxes;
	}

	/** Sets the decision for a conflict's mailbox (every conflict of that mailbox): null leaves them alone. */
	public void decide(String mailbox, Decisions.Take take) {
		decisions.put(mailbox, take);
		tree.refresh();
	}

	public TreeViewer viewer() {
		return tree;
	}

	@Override
	public void setFocus() {
		tree.getControl().setFocus();
	}

	@Override
	public void dispose() {
		ConsoleSession.removeListener(sessionListener);
		if (running != null) {
			running.cancel();
		}
		typedSecrets.values().forEach(s -> Arrays.fill(s, '\0'));
		super.dispose();
	}

	private final class DecisionEditing extends EditingSupport {
		private final ComboBoxCellEditor editor;

		DecisionEditing() {
			super(tree);
			String[] labels = new String[DECISIONS.length];
			for (int i = 0; i < DECISIONS.length; i++) {
				labels[i] = ReviewLabels.decision(DECISIONS[i]);
			}
			editor = new ComboBoxCellEditor(tree.getTree(), labels, SWT.READ_ONLY);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return element instanceof PlanEntry entry && entry.kind() == PlanEntry.Kind.CONFLICT && running == null;
		}

		@Override
		protected Object getValue(Object element) {
			Decisions.Take take = decisions.get(((PlanEntry) element).mailbox());
			return take == null ? 0 : take == Decisions.Take.MINE ? 1 : 2;
		}

		@Override
		protected void setValue(Object element, Object value) {
			int index = value instanceof Integer i && i >= 0 ? i : 0;
			decide(((PlanEntry) element).mailbox(), DECISIONS[index]);
		}
	}

	private static final class ContentProvider implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return input instanceof List<?> list ? list.toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent instanceof DomainNode domain) {
				return domain.children().toArray();
			}
			if (parent instanceof MailboxNode mailbox) {
				return mailbox.entries().toArray();
			}
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof DomainNode || element instanceof MailboxNode;
		}
	}
}
