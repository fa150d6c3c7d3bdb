package cc.enet.mailbox.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.model.MailboxModels;
import cc.enet.mailbox.rules.ChangedObjects;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.IncrementalValidation;
import cc.enet.mailbox.rules.Validation;

/**
 * Re-validation after single edits, as the console does it while staff type: a display name, a forwarding target
 * that closes a loop and one that opens it again, an address that collides with another. Times per update, and a
 * full validation at the end to show the findings agree.
 */
final class IncrementalEdits {

	private IncrementalEdits() {
	}

	static void run(MailboxWorkspace workspace, int fullFindings, int perDomain) {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		long heapBefore = memory.getHeapMemoryUsage().getUsed();
		long t0 = System.nanoTime();
		ChangedObjects changes = new ChangedObjects();
		workspace.root().eAdapters().add(changes);
		long attach = System.nanoTime() - t0;
		t0 = System.nanoTime();
		IncrementalValidation incremental = new IncrementalValidation(workspace.root());
		long first = System.nanoTime() - t0;
		print("incremental: listen to every object", attach);
		print("incremental: first (full) validation", first);
		System.gc();
		System.out.printf(Locale.ROOT, "    heap kept for re-validation (listener, index, findings): %,d MB%n",
				(memory.getHeapMemoryUsage().getUsed() - heapBefore) >> 20);

		Random random = new Random(7);
		List<Long> times = new ArrayList<>();
		List<Long> cpuTimes = new ArrayList<>();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		List<Integer> units = new ArrayList<>();
		int mailboxCount = workspace.mailboxCount();
		for (int i = 0; i < 200; i++) {
			Mailbox mailbox = workspace.findMailbox(SyntheticMailboxes.address(random.nextInt(mailboxCount), perDomain)).orElseThrow();
			Mailbox other = workspace.findMailbox(SyntheticMailboxes.address(random.nextInt(mailboxCount), perDomain)).orElseThrow();
			switch (i % 4) {
			case 0 -> mailbox.setDisplayName("髙橋 " + i);
			case 1 -> {
				MailboxModels.forwarding(mailbox).getTargets().clear();
				MailboxModels.forwarding(mailbox).getTargets().add(other.getAddress());
				MailboxModels.forwarding(other).getTargets().remove(mailbox.getAddress());
				MailboxModels.forwarding(other).getTargets().add(mailbox.getAddress());
			}
			case 2 -> MailboxModels.forwarding(mailbox).getTargets().clear();
			default -> mailbox.setQuotaMb(mailbox.getQuotaMb() + 1);
			}
			t0 = System.nanoTime();
			long cpu0 = threads.getCurrentThreadCpuTime();
			incremental.update(changes.drain());
			cpuTimes.add(threads.getCurrentThreadCpuTime() - cpu0);
			times.add(System.nanoTime() - t0);
			units.add(incremental.lastChecked());
		}
		List<Long> sorted = new ArrayList<>(times);
		sorted.sort(null);
		print("incremental: update after one edit, median of 200", sorted.get(sorted.size() / 2));
		print("incremental: update after one edit, 95th percentile", sorted.get(sorted.size() * 95 / 100));
		print("incremental: update after one edit, slowest", sorted.get(sorted.size() - 1));
		cpuTimes.sort(null);
		print("incremental: update after one edit, median CPU time", cpuTimes.get(cpuTimes.size() / 2));
		print("incremental: update after one edit, slowest CPU time", cpuTimes.get(cpuTimes.size() - 1));
		System.out.printf(Locale.ROOT, "    units checked per update: median %d, most %d%n",
				units.stream().sorted().toList().get(units.size() / 2), units.stream().mapToInt(Integer::intValue).max().orElse(0));
		List<Finding> full = new Validation().findings(workspace.root());
		List<Finding> kept = incremental.findings();
		if (full.size() != kept.size() || !new HashSet<>(full).equals(new HashSet<>(kept))) {
			throw new IllegalStateException("incremental findings differ from a full validation: " + kept.size() + " vs " + full.size());
		}
		System.out.printf(Locale.ROOT, "    after 200 edits: %,d findings, the same as a full validation (%,d before the edits)%n",
				full.size(), fullFindings);
		workspace.root().eAdapters().remove(changes);
	}

	private static void print(String what, long nanos) {
		System.out.printf(Locale.ROOT, "  %-52s %,8.1f ms%n", what, nanos / 1e6);
	}
}
