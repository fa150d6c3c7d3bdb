package cc.enet.mailbox.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import cc.enet.mailbox.core.MailboxConsoleHome;
import cc.enet.mailbox.core.csv.CsvImportException;
import cc.enet.mailbox.core.csv.ImportReport;
import cc.enet.mailbox.core.csv.CsvFiles;
import cc.enet.mailbox.core.csv.MailboxCsvReader;
import cc.enet.mailbox.core.csv.OverlappedMailboxImport;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.Validation;

/**
 * The foundation's figures: import of a 100,000-row CSV, validation of the whole workspace (loops included), save
 * and load, and the heap it all takes. Run with releng/benchmark (plain Java; EMF needs no OSGi for this).
 */
public final class FoundationBenchmark {

	public static void main(String[] args) throws Exception {
		int mailboxes = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int domains = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
		int loops = Math.max(1, mailboxes / 1000);
		Path dir = Files.createTempDirectory("mailbox-bench");
		// the workspace cache goes to the console's folder: a private one, removed with the rest
		System.setProperty(MailboxConsoleHome.PROPERTY, dir.resolve("console-home").toString());
		try {
			run(mailboxes, domains, loops, dir);
		} finally {
			try (Stream<Path> walk = Files.walk(dir)) {
				walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private static void run(int mailboxes, int domains, int loops, Path dir) throws Exception {
		System.out.printf(Locale.ROOT, "Foundation benchmark: %,d mailboxes, %,d domains, %d planted loops, Java %s, %d cores, max heap %d MB%n",
				mailboxes, domains, loops, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20);
		// the first save creates thousands of files: its time depends on the file system (journal, recent deletions)
		System.out.printf(Locale.ROOT, "  workspace in %s (%s)%n", dir, Files.getFileStore(dir).type());
		Path csv = dir.resolve("mailboxes.csv");
		Files.writeString(csv, SyntheticMailboxes.csv(mailboxes, domains, loops, 42), StandardCharsets.UTF_8);
		System.out.printf(Locale.ROOT, "  csv: %,d bytes%n", Files.size(csv));

		long t0 = System.nanoTime();
		long cpu = processCpu();
		long readingCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
		MailboxWorkspace workspace = WorkspaceStore.create(dir.resolve("ws"), "bench");
		ImportReport report = importCsv(workspace, csv);
		long importNanos = System.nanoTime() - t0;
		long importCpu = processCpu() - cpu;
		readingCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - readingCpu;
		print("import (parse + merge, in memory)", importNanos);
		print("import, CPU time of all threads", importCpu);
		// Reading runs on this thread, merging on another: on an idle machine the import takes about the larger.
		print("import, CPU of the reading thread", readingCpu);
		print("import, CPU of the rest (merging, GC)", importCpu - readingCpu);
		System.out.printf(Locale.ROOT, "    created %,d mailboxes in %,d domains%n", report.created(), report.domainsCreated());
		print("csv read alone (parse + rows, median of 5)", medianCsvRead(Files.readString(csv, StandardCharsets.UTF_8)));

		t0 = System.nanoTime();
		cpu = processCpu();
		WorkspaceStore.save(workspace);
		print("save (first, all files)", System.nanoTime() - t0);
		print("save (first), CPU time of all threads", processCpu() - cpu);
		print("import incl. first save", importNanos + (System.nanoTime() - t0));
		// The save's cache entries are made after it returns; awaited here so they are not billed to what follows.
		t0 = System.nanoTime();
		cpu = processCpu();
		workspace.awaitCacheEntries(Duration.ofMinutes(10));
		print("cache entries after the save (bg)", System.nanoTime() - t0);
		print("cache entries, CPU time of all threads", processCpu() - cpu);

		Validation validation = new Validation();
		List<Long> validateNanos = new ArrayList<>();
		List<Long> validateCpu = new ArrayList<>();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		List<Finding> findings = null;
		for (int i = 0; i < 6; i++) {
			t0 = System.nanoTime();
			long cpu0 = threads.getCurrentThreadCpuTime();
			findings = validation.findings(workspace.root());
			validateCpu.add(threads.getCurrentThreadCpuTime() - cpu0);
			validateNanos.add(System.nanoTime() - t0);
		}
		print("validate (cold, first run)", validateNanos.get(0));
		List<Long> warm = new ArrayList<>(validateNanos.subList(1, validateNanos.size()));
		warm.sort(null);
		print("validate (warm, median of 5)", warm.get(warm.size() / 2));
		// The CPU time of the validating thread: what the figure is on a machine nobody else is using.
		List<Long> warmCpu = new ArrayList<>(validateCpu.subList(1, validateCpu.size()));
		warmCpu.sort(null);
		print("validate (warm, median of 5, CPU time)", warmCpu.get(warmCpu.size() / 2));
		long loopFindings = findings.stream().filter(f -> f.ruleId().equals("forward.loop")).count();
		System.out.printf(Locale.ROOT, "    %,d findings, %,d of them forward.loop%n", findings.size(), loopFindings);
		t0 = System.nanoTime();
		int byDiagnostician = validation.findingsByDiagnostician(workspace.root()).size();
		print("validate through EMF's Diagnostician", System.nanoTime() - t0);
		if (byDiagnostician != findings.size()) {
			throw new IllegalStateException("the Diagnostician found " + byDiagnostician + ", not " + findings.size());
		}

		workspace.findMailbox(SyntheticMailboxes.address(0, mailboxes / domains)).orElseThrow().setQuotaMb(9999);
		t0 = System.nanoTime();
		WorkspaceStore.save(workspace);
		print("save (one mailbox changed)", System.nanoTime() - t0);
		IncrementalEdits.run(workspace, findings.size(), mailboxes / domains);

		workspace = null;
		System.gc();
		t0 = System.nanoTime();
		cpu = processCpu();
		MailboxWorkspace loaded = WorkspaceStore.open(dir.resolve("ws"));
		print("load (open all files)", System.nanoTime() - t0);
		print("load, CPU time of all threads", processCpu() - cpu);
		System.out.printf(Locale.ROOT, "    %,d of %,d customer files from the workspace cache (-Dmailbox.workspaceCache=false: none)%n",
				loaded.filesFromCache(), loaded.root().getCustomers().size());
		System.gc();
		System.gc();
		long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		System.out.printf(Locale.ROOT, "  heap used with the workspace loaded: %,d MB (%,d mailboxes)%n", used >> 20,
				loaded.mailboxCount());

		// What a user waits for after editing one row of a loaded workspace: one customer file, checked and written.
		List<Long> saveNanos = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			loaded.findMailbox(SyntheticMailboxes.address(i * (mailboxes / 7), mailboxes / domains)).orElseThrow()
					.setQuotaMb(1000 + i);
			t0 = System.nanoTime();
			WorkspaceStore.save(loaded);
			saveNanos.add(System.nanoTime() - t0);
		}
		List<Long> sorted = new ArrayList<>(saveNanos.subList(2, saveNanos.size())); // the first two warm the JIT
		sorted.sort(null);
		System.out.printf(Locale.ROOT, "  %-36s %,8.1f ms (goal < 50 ms)%n", "save after load, 1 changed (median 5)",
				sorted.get(sorted.size() / 2) / 1e6);
	}

	static ImportReport importCsv(MailboxWorkspace workspace, Path csv) throws Exception {
		try {
			// as ./mailbox import does it: reading and merging overlap
			return OverlappedMailboxImport.run(workspace.root(), csv.toString(), CsvFiles.text(csv, null), null);
		} catch (CsvImportException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	/** Reading the file's text into rows (Commons CSV and the checks laid over it), without the merge into a model. */
	private static long medianCsvRead(String text) throws CsvImportException {
		List<Long> nanos = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			long t0 = System.nanoTime();
			MailboxCsvReader.read("mailboxes.csv", text);
			nanos.add(System.nanoTime() - t0);
		}
		nanos.sort(null);
		return nanos.get(nanos.size() / 2);
	}

	/**
	 * The CPU time of the whole process: on a machine others share, wall time grows with their load, while this
	 * stays what the work costs (the loads and saves run on several threads, so one thread's time is not enough).
	 */
	private static long processCpu() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
				.getProcessCpuTime();
	}

	private static void print(String what, long nanos) {
		System.out.printf(Locale.ROOT, "  %-36s %,8d ms%n", what, nanos / 1_000_000);
	}
}
