package cc.enet.mailbox.ui.tests.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.MailboxPackage;
import cc.enet.mailbox.core.MailboxConsoleHome;
import cc.enet.mailbox.core.edit.EditingDomains;
import cc.enet.mailbox.core.edit.MailboxBulkEdit;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.model.MailboxModels;
import cc.enet.mailbox.model.WorkspaceWalk;
import cc.enet.mailbox.rules.ChangedObjects;
import cc.enet.mailbox.rules.IncrementalValidation;
import cc.enet.mailbox.rules.Validation;
import cc.enet.mailbox.ui.session.ConsoleSession.Findings;
import cc.enet.mailbox.ui.table.MailboxQuery;
import cc.enet.mailbox.ui.table.MailboxTable;

/**
 * The console's figures at scale, with the editor's own table widget (virtual TableViewer), query, command stack
 * and bulk-edit commands: open a saved 100,000-mailbox workspace and show the table; select 10,000 rows, set their
 * quota as one command, undo it. Times run until the display has painted and gone idle. Run with releng/benchmark-ui
 * (plain Java with SWT under Xvfb; no workbench, so no test harness is timed).
 */
public final class UiBenchmark {

	public static void main(String[] args) throws Exception {
		int mailboxes = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int domains = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
		int bulk = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
		Path dir = Files.createTempDirectory("mailbox-ui-bench");
		// the workspace cache goes to the console's folder: a private one, removed with the rest
		System.setProperty(MailboxConsoleHome.PROPERTY, dir.resolve("console-home").toString());
		try {
			run(mailboxes, domains, bulk, dir);
		} finally {
			try (Stream<Path> walk = Files.walk(dir)) {
				walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private static void run(int mailboxCount, int domainCount, int bulk, Path dir) throws Exception {
		System.out.printf(Locale.ROOT, "UI benchmark: %,d mailboxes in %,d domains, bulk edit of %,d rows; Java %s, %d cores, max heap %d MB%n",
				mailboxCount, domainCount, bulk, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20);
		Path folder = dir.resolve("ws");
		long t0 = System.nanoTime();
		MailboxWorkspace generated = generate(folder, mailboxCount, domainCount);
		WorkspaceStore.save(generated);
		print("generate and save the workspace (setup)", System.nanoTime() - t0);
		// the save's cache entries are made after it returns: the open measured is that of a workspace saved earlier
		generated.awaitCacheEntries(Duration.ofMinutes(10));
		generated = null;
		System.gc();

		Display display = new Display();
		Shell shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(1280, 800);
		shell.open();
		idle(display);

		// Open: read every file (the console does this in a job), list the scope, sort, show, paint.
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long open = System.nanoTime();
		long openCpu = processCpu();
		MailboxWorkspace workspace = WorkspaceStore.open(folder);
		long read = System.nanoTime() - open;
		long readCpu = processCpu() - openCpu;
		long show = System.nanoTime();
		long showCpu = processCpu();
		// As the editor: the query job lists and sorts while the UI thread makes the table and its rows.
		List<Mailbox> all = new ArrayList<>(mailboxCount);
		long[] queryTimes = new long[2];
		CompletableFuture<Mailbox[]> query = CompletableFuture.supplyAsync(() -> {
			long start = System.nanoTime();
			long startCpu = threads.getCurrentThreadCpuTime();
			all.addAll(WorkspaceWalk.mailboxes(workspace.root()));
			Mailbox[] sorted = MailboxQuery.DEFAULT.run(all, Findings.NONE, new NullProgressMonitor());
			queryTimes[0] = System.nanoTime() - start;
			queryTimes[1] = threads.getCurrentThreadCpuTime() - startCpu;
			return sorted;
		}, runnable -> new Thread(runnable, "query job").start());
		MailboxTable table = new MailboxTable(shell, () -> Findings.NONE);
		shell.layout(true, true);
		table.reserveRows(WorkspaceWalk.mailboxCount(workspace.root()));
		Mailbox[] rows = query.join();
		long queried = queryTimes[0];
		long queriedCpu = queryTimes[1];
		table.show(rows, all.size());
		idle(display);
		long shown = System.nanoTime() - show;
		long shownCpu = processCpu() - showCpu;
		long total = System.nanoTime() - open;
		long totalCpu = processCpu() - openCpu;
		print("open: read all files (job), " + workspace.filesFromCache() + " of " + workspace.root().getCustomers().size()
				+ " customer files from the cache", read, readCpu);
		print("open: list + sort by address (job, beside the table's making)", queried, queriedCpu);
		print("open: list, sort, fill and paint the table", shown, shownCpu);
		print("open: total, workspace to painted table", total, totalCpu);
		if (Boolean.getBoolean("mailbox.bench.openOnly")) {
			shell.dispose();
			display.dispose();
			return;
		}

		long search = System.nanoTime();
		Mailbox[] found = MailboxQuery.DEFAULT.withText("user12").run(all, Findings.NONE, new NullProgressMonitor());
		print("quick search: query (job)", System.nanoTime() - search);
		table.show(found, all.size());
		idle(display);
		print("quick search \"user12\" (" + found.length + " rows) and paint", System.nanoTime() - search);
		table.show(rows, all.size());
		idle(display);

		AdapterFactoryEditingDomain domain = EditingDomains.create(workspace.resourceSet());
		BasicCommandStack stack = (BasicCommandStack) domain.getCommandStack();
		stack.addCommandStackListener(e -> table.refreshRows()); // what the editor does after every command

		// What the console's validation job keeps: findings per unit, updated from the changes of each command.
		ChangedObjects changes = new ChangedObjects();
		long listen = System.nanoTime();
		workspace.root().eAdapters().add(changes);
		print("re-validation: listen to every object of the model", System.nanoTime() - listen);
		long firstRun = System.nanoTime();
		IncrementalValidation incremental = new IncrementalValidation(workspace.root());
		print("re-validation: first run, whole workspace (job)", System.nanoTime() - firstRun);

		long select = System.nanoTime();
		table.viewer().getTable().setSelection(0, bulk - 1);
		List<Mailbox> selected = table.selectedMailboxes();
		print("select " + bulk + " rows and read the selection", System.nanoTime() - select);

		long edit = System.nanoTime();
		Command command = MailboxBulkEdit.setQuota(domain, selected, 4321, "Set quota");
		long built = System.nanoTime() - edit;
		stack.execute(command);
		idle(display);
		long edited = System.nanoTime() - edit;
		check(selected, 4321);
		print("bulk edit: build the command", built);
		print("bulk edit: build, execute, repaint (one command)", edited);

		long undo = System.nanoTime();
		stack.undo();
		idle(display);
		print("undo of the bulk edit, repaint", System.nanoTime() - undo);
		check(selected, -1);

		long redo = System.nanoTime();
		stack.redo();
		idle(display);
		print("redo of the bulk edit, repaint", System.nanoTime() - redo);

		long bulkCheck = System.nanoTime();
		incremental.update(changes.drain());
		print("re-validation after edit, undo, redo (" + incremental.lastChecked() + " units, job)", System.nanoTime() - bulkCheck);

		List<Long> single = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			Mailbox one = all.get(i * 1999 % all.size());
			stack.execute(SetCommand.create(domain, one,
					MailboxPackage.Literals.MAILBOX__DISPLAY_NAME, "髙橋 " + i));
			long check = System.nanoTime();
			incremental.update(changes.drain());
			single.add(System.nanoTime() - check);
		}
		single.sort(null);
		print("re-validation after a one-mailbox command (median of 50, job)", single.get(single.size() / 2));
		print("re-validation after a one-mailbox command (slowest of 50)", single.get(single.size() - 1));
		idle(display);

		long validate = System.nanoTime();
		int findings = new Validation().findings(workspace.root()).size();
		print("full validation after the edits (" + findings + " findings)", System.nanoTime() - validate);
		if (findings != incremental.findings().size()) {
			throw new IllegalStateException("re-validation kept " + incremental.findings().size() + " findings, not " + findings);
		}

		long save = System.nanoTime();
		WorkspaceStore.save(workspace);
		print("save after the edit (" + bulk + " mailboxes changed)", System.nanoTime() - save);

		shell.dispose();
		display.dispose();
	}

	private static MailboxWorkspace generate(Path folder, int mailboxes, int domains) {
		MailboxWorkspace workspace = WorkspaceStore.create(folder, "benchmark");
		int perDomain = mailboxes / domains;
		for (int d = 0; d < domains; d++) {
			Customer customer = MailboxModels.newCustomer("customer" + d, "顧客 " + d);
			Domain domain = MailboxModels.newDomain("customer" + d + ".co.jp");
			customer.getDomains().add(domain);
			workspace.root().getCustomers().add(customer);
			for (int i = 0; i < perDomain; i++) {
				Mailbox mailbox = MailboxModels.newMailbox(domain, "user" + i + "@" + domain.getName());
				mailbox.setDisplayName(i % 7 == 0 ? "田中 太郎" : "User " + i);
				mailbox.setQuotaMb(512 + i % 4 * 512);
				if (i > 0 && i % 3 == 0) {
					mailbox.getForwarding().getTargets().addAll(Arrays.asList("user" + (i - 1) + "@" + domain.getName(),
							"someone" + i + "@outside.example"));
				}
				domain.getMailboxes().add(mailbox);
			}
		}
		return workspace;
	}

	private static void check(List<Mailbox> selected, int quota) {
		for (Mailbox mailbox : selected) {
			if (quota >= 0 ? mailbox.getQuotaMb() != quota : mailbox.getQuotaMb() == 4321) {
				throw new IllegalStateException("bulk edit did not apply to " + mailbox.getAddress());
			}
		}
	}

	/** Runs the event loop until nothing is left to do (painting included). */
	private static void idle(Display display) {
		display.update();
		for (int quiet = 0; quiet < 3;) {
			if (display.readAndDispatch()) {
				quiet = 0;
			} else {
				quiet++;
				display.update();
			}
		}
	}

	private static void print(String what, long nanos) {
		System.out.printf(Locale.ROOT, "  %-62s %,10.1f ms%n", what, nanos / 1e6);
	}

	/** Wall time and the CPU time of all the process's threads: on a shared machine wall time follows the others. */
	private static void print(String what, long nanos, long cpuNanos) {
		System.out.printf(Locale.ROOT, "  %-62s %,10.1f ms (CPU %,.1f ms)%n", what, nanos / 1e6, cpuNanos / 1e6);
	}

	private static long processCpu() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}
}
