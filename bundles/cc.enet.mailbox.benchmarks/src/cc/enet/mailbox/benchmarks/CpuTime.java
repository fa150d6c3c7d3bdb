package cc.enet.mailbox.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time, the figure a shared machine does not stretch: this JVM's, and a server's as the processes under its
 * root processes used it (each root's own time and that of its children once they ended, plus its live
 * descendants'), read from /proc.
 */
final class CpuTime {

	private static final long CLOCK_TICK_MS = 10; // USER_HZ of /proc/PID/stat, 100 on Linux

	private CpuTime() {
	}

	/** This JVM's CPU time of all threads so far, in ms. */
	static long ofThisJvm() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime()
				/ 1_000_000;
	}

	/** The CPU time, in ms, of the processes under {@code roots} so far (processes gone meanwhile count in their parent). */
	static long ofServer(List<Long> roots) {
		Map<Long, List<Long>> children = new HashMap<>();
		Map<Long, long[]> stats = new HashMap<>();
		try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
			for (Path process : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
				long[] stat = stat(process.resolve("stat"));
				if (stat != null) {
					long pid = Long.parseLong(process.getFileName().toString());
					stats.put(pid, stat);
					children.computeIfAbsent(stat[0], k -> new ArrayList<>()).add(pid);
				}
			}
		} catch (IOException e) {
			throw new IllegalStateException("cannot list /proc", e);
		}
		long ticks = 0;
		for (long root : roots) {
			long[] stat = stats.get(root);
			if (stat != null) {
				ticks += stat[1] + stat[2] + stat[3] + stat[4] + descendants(root, children, stats);
			}
		}
		return ticks * CLOCK_TICK_MS;
	}

	/** The mail stack's root processes: Dovecot's master and PostgreSQL's postmaster, from the stack's run folder. */
	static List<Long> mailStackRoots(String stackDir) {
		List<Long> roots = new ArrayList<>();
		for (String name : List.of("dovecot", "postgres")) {
			roots.add(firstNumber(Path.of(stackDir, "run", name + ".proc")));
		}
		return roots;
	}

	/** A James's process, from its folder. */
	static List<Long> jamesRoots(Path jamesDir) {
		return List.of(firstNumber(jamesDir.resolve("james.pid")));
	}

	private static long firstNumber(Path file) {
		try {
			return Long.parseLong(Files.readString(file).trim().split("\\s+")[0]);
		} catch (IOException | NumberFormatException e) {
			throw new IllegalStateException("no running process in " + file, e);
		}
	}

	private static long descendants(long pid, Map<Long, List<Long>> children, Map<Long, long[]> stats) {
		long ticks = 0;
		for (long child : children.getOrDefault(pid, List.of())) {
			long[] stat = stats.get(child);
			ticks += stat[1] + stat[2] + stat[3] + stat[4] + descendants(child, children, stats);
		}
		return ticks;
	}

	/** Parent pid, utime, stime, cutime, cstime; null for a process that ended while it was read. */
	private static long[] stat(Path file) {
		try {
			String stat = Files.readString(file);
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return new long[] { Long.parseLong(fields[1]), Long.parseLong(fields[11]), Long.parseLong(fields[12]),
					Long.parseLong(fields[13]), Long.parseLong(fields[14]) };
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}
}
