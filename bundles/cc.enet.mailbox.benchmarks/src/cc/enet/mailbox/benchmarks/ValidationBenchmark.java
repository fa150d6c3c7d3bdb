package cc.enet.mailbox.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.sun.management.OperatingSystemMXBean;

import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.rules.Validation;

/**
 * Full validation alone, for work on its speed: the foundation benchmark's workspace, validated 3 times to warm up and
 * then 15 times, each figure being one whole run (index, loops, rules). Quicker than the foundation benchmark, and its
 * minimum says what the code costs on a machine that other work shares.
 */
public final class ValidationBenchmark {

	private ValidationBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int mailboxes = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int domains = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
		Path dir = Files.createTempDirectory("mailbox-bench");
		try {
			Path csv = dir.resolve("mailboxes.csv");
			Files.writeString(csv, SyntheticMailboxes.csv(mailboxes, domains, Math.max(1, mailboxes / 1000), 42),
					StandardCharsets.UTF_8);
			MailboxWorkspace workspace = WorkspaceStore.create(dir.resolve("ws"), "bench");
			FoundationBenchmark.importCsv(workspace, csv);
			Validation validation = new Validation();
			int findings = 0;
			for (int i = 0; i < 3; i++) {
				findings = validation.findings(workspace.root()).size();
			}
			// The CPU time of the whole process (every thread) tells the work apart from the waiting on a busy machine.
			var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
			List<Long> nanos = new ArrayList<>();
			List<Long> cpu = new ArrayList<>();
			for (int i = 0; i < 15; i++) {
				long cpu0 = os.getProcessCpuTime();
				long t0 = System.nanoTime();
				validation.findings(workspace.root());
				nanos.add(System.nanoTime() - t0);
				cpu.add(os.getProcessCpuTime() - cpu0);
			}
			nanos.sort(null);
			cpu.sort(null);
			System.out.printf(Locale.ROOT, "Validation benchmark: %,d mailboxes, %,d findings, %d cores%n", mailboxes, findings,
					Runtime.getRuntime().availableProcessors());
			System.out.printf(Locale.ROOT, "  validate (after 3 warm-ups; 15 runs): fastest %,d ms, median %,d ms, slowest %,d ms%n",
					nanos.get(0) / 1_000_000, nanos.get(7) / 1_000_000, nanos.get(14) / 1_000_000);
			System.out.printf(Locale.ROOT, "  CPU time of all threads per run: least %,d ms, median %,d ms%n", cpu.get(0) / 1_000_000,
					cpu.get(7) / 1_000_000);
		} finally {
			try (Stream<Path> walk = Files.walk(dir)) {
				walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}
}
