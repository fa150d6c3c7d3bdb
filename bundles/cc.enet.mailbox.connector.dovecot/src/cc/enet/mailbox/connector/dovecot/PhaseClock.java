package cc.enet.mailbox.connector.dovecot;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Wall time per phase of the connector's requests (hashing, SQL, ManageSieve steps), summed over the workers.
 * Off unless the JVM runs with -Dmailbox.dovecot.phases=true (releng/benchmark connector sets it): a measuring aid
 * for the benchmark, so finding where an apply's time goes needs no profiler.
 */
final class PhaseClock {

	static final boolean ON = Boolean.getBoolean("mailbox.dovecot.phases");
	private static final Map<String, LongAdder[]> PHASES = new ConcurrentHashMap<>();

	private PhaseClock() {
	}

	static long start() {
		return ON ? System.nanoTime() : 0L;
	}

	static void stop(String phase, long started) {
		if (ON) {
			LongAdder[] sums = PHASES.computeIfAbsent(phase, k -> new LongAdder[] { new LongAdder(), new LongAdder() });
			sums[0].add(System.nanoTime() - started);
			sums[1].increment();
		}
	}

	/** One line per phase: calls, total and mean milliseconds; then the sums start again from zero. */
	static String report() {
		StringBuilder out = new StringBuilder();
		new TreeMap<>(PHASES).forEach((phase, sums) -> {
			long calls = sums[1].sum();
			double ms = sums[0].sum() / 1e6;
			out.append(String.format(Locale.ROOT, "    %-24s %,9d calls %,12.0f ms  %8.3f ms each%n", phase, calls, ms,
					calls == 0 ? 0 : ms / calls));
		});
		PHASES.clear();
		return out.toString();
	}
}
