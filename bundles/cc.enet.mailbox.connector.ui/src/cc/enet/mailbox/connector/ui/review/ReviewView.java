package cc.enet.mailbox.connector.ui.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.concurrent.Executor;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.ConnectorText;
import cc.enet.mailbox.connector.apply.ApplyReport;
import cc.enet.mailbox.connector.apply.Decisions;
import cc.enet.mailbox.connector.apply.FleetSync;
import cc.enet.mailbox.connector.plan.Plan;
import cc.enet.mailbox.connector.plan.PlanEntry;
import cc.enet.mailbox.connector.plan.PlanScope;
import cc.enet.mailbox.ui.parts.ColumnWidths;
import cc.enet.mailbox.ui.text.Counted;
import cc.enet.mailbox.ui.parts.ContributedMenu;
import cc.enet.mailbox.ui.session.ConsoleSession;

/**
 * Review Changes: plan a server of the workspace, review the differences per domain and mailbox, decide the
 * conflicts, apply, or pull the server's values. The view holds the widgets and what is on screen; the server is
 * opened by {@link ServerAccess}, the work runs in {@link PlanJob}, {@link ApplyJob} and {@link PullJob}, the cells
 * read {@link PlanCells}.
 */
public final class ReviewView extends ViewPart {

	public static final String ID = "cc.enet.mailbox.ui.views.review";
	/** The family of the view's plan, apply and pull jobs, for whoever must wait for them (tests join it). */
	public static final Object JOB_FAMILY = ReviewView.class;

	/** Columns, in order. */
	public static final int COL_ITEM = 0, COL_KIND = 1, COL_FIELD = 2, COL_SERVER = 3, COL_MODEL = 4, COL_BASE = 5,
			COL_DECISION = 6, COL_RESULT = 7;

	private final SecretPrompt secrets = new SecretPrompt(() -> getSite().getShell());
	private final ServerAccess access = new ServerAccess(secrets);
	private final ConflictDecisions decisions = new ConflictDecisions();
	private final PlanCells cells = new PlanCells(decisions);
	private final ReviewOutcome shown = new Shown();
	/** When every mailbox of a server was last read (Refresh All), by server name: shown with each plan. */
	private final Map<String, Instant> lastRefresh = new HashMap<>();

	private ServerChoice servers;
	private Button planButton;
	private Button refreshButton;
	private Button applyButton;
	private Button pullButton;
	private Button cancelButton;
	private Label status;
	private TreeViewer tree;
	private Plan plan;
	private String planServer;
	/** The fleet plan on screen ("All servers"), or null. */
	private List<FleetSync.Section> fleet;
	private Job running;
	private ColumnWidths widths;

	/** A new workspace: no plan, its servers. */
	private final ConsoleSession.Listener sessionListener = new ConsoleSession.Listener() {
		@Override
		public void sessionOpened(ConsoleSession session) {
			showPlan(null, null);
			servers.fill();
			setStatus("", false);
		}
	};

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
		new Label(bar, SWT.NONE).setText(ReviewMessages.Review_server);
		servers = new ServerChoice(bar, this::serversFilled);
		planButton = button(bar, ReviewMessages.Review_plan, () -> planChanges(PlanScope.changed(Set.of())));
		refreshButton = button(bar, ReviewMessages.Review_refreshAll, () -> planChanges(PlanScope.everything()));
		applyButton = button(bar, ReviewMessages.Review_apply, this::applyPlan);
		pullButton = button(bar, ReviewMessages.Review_pull, this::pullValues);
		cancelButton = button(bar, ReviewMessages.Review_cancel, () -> {
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
		tree.setContentProvider(new PlanContentProvider());
		column(ReviewMessages.Review_columnItem, 220, COL_ITEM);
		column(ReviewMessages.Review_columnKind, 90, COL_KIND);
		column(ReviewMessages.Review_columnField, 110, COL_FIELD);
		column(ReviewMessages.Review_columnServer, 180, COL_SERVER);
		column(ReviewMessages.Review_columnModel, 180, COL_MODEL);
		column(ReviewMessages.Review_columnBase, 140, COL_BASE);
		column(ReviewMessages.Review_columnDecision, 110, COL_DECISION)
				.setEditingSupport(new DecisionEditing(tree, decisions, () -> running == null, this::decide));
		column(ReviewMessages.Review_columnResult, 260, COL_RESULT);
		widths = ColumnWidths.remember(tree.getTree(), ID);
		getSite().setSelectionProvider(tree);
		ContributedMenu.register(getSite(), tree); // the decisions (DecideHandler)

		ConsoleSession.addListener(sessionListener);
		servers.fill();
	}

	/** Rows measured for the columns' widths: a large plan's first ones say enough, and measuring stays quick. */
	private static final int FIT_SAMPLE = 2000;
	/** Column 0's texts sit up to two levels in (domain, mailbox). */
	private static final int FIT_INDENT = 44;

	/** Each column the user has not sized as wide as what it shows, so addresses, values and results read whole. */
	private void fitColumns() {
		List<Object> rows = new ArrayList<>();
		List<Plan> shownPlans = new ArrayList<>();
		if (plan != null) {
			shownPlans.add(plan);
		} else if (fleet != null) {
			fleet.stream().filter(s -> s.plan() != null).forEach(s -> shownPlans.add(s.plan()));
			rows.addAll(PlanTree.fleet(fleet, (server, failure) -> String.valueOf(failure.getMessage())));
		}
		for (Plan shownPlan : shownPlans) {
			for (PlanTree.DomainNode domain : PlanTree.group(shownPlan)) {
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
			rows.forEach(r -> texts.add(cells.text(r, index)));
			widths.fit(column, texts, column == COL_ITEM ? FIT_INDENT : 0);
		}
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
				return cells.text(element, index);
			}
		});
		return column;
	}

	private void serversFilled() {
		if (ConsoleSession.current() != null && servers.isEmpty()) {
			setStatus(ReviewMessages.Review_noServers, true);
		}
		updateButtons();
	}

	private void updateButtons() {
		boolean idle = running == null;
		boolean hasServer = ConsoleSession.current() != null && servers.hasChoice();
		planButton.setEnabled(idle && hasServer);
		refreshButton.setEnabled(idle && hasServer);
		applyButton.setEnabled(idle && (plan != null || fleet != null));
		pullButton.setEnabled(idle && hasServer && !servers.isAll());
		pullButton.setToolTipText(hasServer ? NLS.bind(ReviewMessages.Review_pullTooltip, servers.name()) : null);
		cancelButton.setEnabled(!idle);
	}

	private void setStatus(String text, boolean error) {
		status.setText(text);
		status.setForeground(error ? status.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
		status.getParent().layout(true);
	}

	private void setStatus(ReviewTexts.Status line) {
		setStatus(line.text(), line.problem());
	}

	/** The status line: why apply was refused, the summary of a plan or apply, a server that failed. */
	public String statusText() {
		return status.getText();
	}

	public Plan currentPlan() {
		return plan;
	}

	/** The fleet plan on screen ("All servers"), or null. */
	public List<FleetSync.Section> currentFleet() {
		return fleet;
	}

	/** The review of the selected server, its secret asked for when need be; empty when it cannot be opened. */
	private Optional<ServerReview> review(ConsoleSession session, MailServer server) {
		return access.open(session, server, why -> setStatus(why, true));
	}

	/** Plans in a job: what staff changed since the last apply (Plan), or every mailbox (Refresh All). */
	private void planChanges(PlanScope scope) {
		ConsoleSession session = ConsoleSession.current();
		if (session != null && servers.isAll()) {
			planFleet(session, scope);
			return;
		}
		Optional<MailServer> server = servers.chosen();
		if (session == null || server.isEmpty()) {
			return;
		}
		String name = server.get().getName();
		review(session, server.get()).ifPresent(review -> {
			setStatus(NLS.bind(ReviewMessages.Review_planJob, name), false);
			start(new PlanJob(review, scope, session, name, whileOpen(), shown));
		});
	}

	/**
	 * "All servers": every server's review opened here (a secret asked for, one server after another), then planned side
	 * by side in one job; a server that cannot be opened is planned as failed, with why.
	 */
	private void planFleet(ConsoleSession session, PlanScope scope) {
		Map<String, ServerReview> reviews = new LinkedHashMap<>();
		for (MailServer server : session.workspace().root().getServers()) {
			review(session, server).ifPresent(review -> reviews.put(server.getName(), review));
		}
		setStatus(NLS.bind(ReviewMessages.Review_fleetPlanJob, session.workspace().root().getServers().size()), false);
		start(new FleetPlanJob(reviews, scope, session, whileOpen(), shown));
	}

	/**
	 * The mailboxes of moved domains that apply may remove from the plan's server: asked once for all of them. Yes
	 * confirms every such domain; No leaves them on the server and applies the rest.
	 */
	private Decisions confirmRemovals(Plan reviewed, Decisions chosen) {
		List<PlanEntry> ready = reviewed.removals().stream().filter(e -> e.change() != null).toList();
		if (ready.isEmpty()) {
			return chosen;
		}
		Set<String> domains = new TreeSet<>();
		ready.forEach(e -> domains.add(e.domain()));
		String list = domains.stream().map(d -> "  " + d).collect(Collectors.joining("\n"));
		if (MessageDialog.openQuestion(getSite().getShell(), ReviewMessages.Review_removalConfirmTitle,
				Counted.bind(ReviewMessages.Review_removalConfirm, list, ready.size(), reviewed.server()))) {
			domains.forEach(chosen::confirmRemoval);
		}
		return chosen;
	}

	private void applyPlan() {
		ConsoleSession session = ConsoleSession.current();
		if (fleet != null) {
			setStatus(ReviewMessages.Review_fleetApplyOne, true);
			return;
		}
		String name = servers.chosen().map(MailServer::getName).orElse(null);
		Optional<String> unmet = ApplyPreconditions.unmet(session, name, plan, planServer);
		if (unmet.isPresent()) {
			setStatus(unmet.get(), true);
			return;
		}
		Plan reviewed = plan;
		review(session, servers.chosen().get()).ifPresent(review -> {
			setStatus(NLS.bind(ReviewMessages.Review_applyJob, name), false);
			// The apply works on the model as reviewed: no edit, undo or redo until its own changes came as one command.
			SessionModelChanges changes = new SessionModelChanges(session, tree.getControl().getDisplay());
			Job job = new ApplyJob(review, reviewed, confirmRemovals(reviewed, decisions.toDecisions()), changes, name,
					whileOpen(), shown);
			changes.holdWhileRunning(job, NLS.bind(ReviewMessages.Review_busy, name));
			start(job);
		});
	}

	/** Pull: every value the server holds into the model, as one command, after the user agreed. */
	private void pullValues() {
		ConsoleSession session = ConsoleSession.current();
		Optional<MailServer> server = servers.chosen();
		if (session == null || server.isEmpty()) {
			return;
		}
		if (session.isDirty()) {
			setStatus(ReviewMessages.Review_refusedDirtyPull, true);
			return;
		}
		String name = server.get().getName();
		if (!MessageDialog.openConfirm(getSite().getShell(), ReviewMessages.Review_pullConfirmTitle,
				NLS.bind(ReviewMessages.Review_pullConfirm, name))) {
			return;
		}
		review(session, server.get()).ifPresent(review -> {
			setStatus(NLS.bind(ReviewMessages.Review_pullJob, name), false);
			SessionModelChanges changes = new SessionModelChanges(session, tree.getControl().getDisplay());
			Job job = new PullJob(review, changes, name, whileOpen(), shown);
			changes.holdWhileRunning(job, NLS.bind(ReviewMessages.Review_busyPull, name));
			start(job);
		});
	}

	/** What the jobs found, shown. */
	private final class Shown implements ReviewOutcome {
		@Override
		public void planned(String server, Plan newPlan, Map<String, ConnectorText> refusals, Map<String, ConnectorText> mailOff,
				List<String> missingSecrets) {
			showPlan(newPlan, server);
			cells.planned(refusals, mailOff);
			tree.refresh();
			fitColumns();
			if (newPlan.isFull()) {
				lastRefresh.put(server, Instant.now());
			}
			setStatus(ReviewTexts.planned(newPlan, lastRefresh.get(server), refusals, mailOff, missingSecrets));
		}

		@Override
		public void fleetPlanned(List<FleetSync.Section> sections) {
			showPlan(null, null);
			fleet = sections;
			tree.setInput(PlanTree.fleet(sections, (server, failure) -> failure instanceof ConnectorException e
					? ReviewLabels.serverFailure(server, e) : String.valueOf(failure.getMessage())));
			tree.expandToLevel(2);
			fitColumns();
			updateButtons();
			setStatus(ReviewTexts.fleetPlanned(sections));
		}

		@Override
		public void planFailed(String why) {
			showPlan(null, null);
			setStatus(why, true);
		}

		@Override
		public void applied(String server, ApplyReport report) {
			cells.applied(report);
			tree.refresh();
			fitColumns();
			setStatus(ReviewTexts.applied(report, server));
		}

		@Override
		public void pulled(String server, int changedMailboxes) {
			showPlan(null, null); // a plan made before the pull no longer holds
			setStatus(Counted.bind(ReviewMessages.Review_pullSummary, server, changedMailboxes), false);
		}

		@Override
		public void failed(String why) {
			setStatus(why, true);
		}
	}

	private void showPlan(Plan newPlan, String server) {
		plan = newPlan;
		planServer = server;
		fleet = null;
		decisions.clear();
		cells.planned(Map.of(), Map.of());
		tree.setInput(newPlan == null ? List.of() : PlanTree.group(newPlan));
		tree.expandAll();
		updateButtons();
	}

	private void start(Job job) {
		running = job;
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				whileOpen().execute(() -> {
					running = null;
					updateButtons();
				});
			}
		});
		updateButtons();
		job.schedule();
	}

	/** Runs on the UI thread, unless the view was closed meanwhile. */
	private Executor whileOpen() {
		Display display = tree.getControl().getDisplay();
		return work -> display.asyncExec(() -> {
			if (!tree.getControl().isDisposed()) {
				work.run();
			}
		});
	}

	/** Whether a decision can be taken now: conflicts selected, nothing running. */
	boolean canDecide() {
		return running == null && !ConflictDecisions.inConflict(tree.getStructuredSelection().toList()).isEmpty();
	}

	/** The same decision as the Decision column's, for the selected conflicts (or the conflicts of selected mailboxes). */
	void decideSelected(Decisions.Take take) {
		if (canDecide()) {
			ConflictDecisions.inConflict(tree.getStructuredSelection().toList()).forEach(m -> decisions.set(m, take));
			tree.refresh();
		}
	}

	/** Sets the decision for a conflict's mailbox (every conflict of that mailbox): null leaves them alone. */
	public void decide(String mailbox, Decisions.Take take) {
		decisions.set(mailbox, take);
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
		secrets.forget();
		super.dispose();
	}
}
