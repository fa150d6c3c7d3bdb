package cc.enet.mailbox.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CPU seconds the mail stack's Dovecot and PostgreSQL have used (every process under their main processes, plus the
 * children they have reaped), read from /proc. CPU time instead of wall time: on a machine shared with other work,
 * the server's cost per mailbox stays comparable where the elapsed time does not.
 */
final class ServerCpu {

	private static final double TICKS = 100.0; // USER_HZ on Linux

	private ServerCpu() {
	}

	/** Seconds used so far by the stack in {@code stackDir}: Dovecot's master and PostgreSQL's postmaster and all below. */
	static double seconds(Path stackDir) throws IOException {
		return seconds(stackDir, "dovecot") + seconds(stackDir, "postgres");
	}

	/** Seconds used so far by one daemon of the stack ("dovecot", "postgres") and every process below it. */
	static double seconds(Path stackDir, String daemon) throws IOException {
		Map<Long, Long> parentOf = new HashMap<>();
		Map<Long, long[]> times = new HashMap<>();
		Set<Long> roots = new HashSet<>();
		// releng/mailstack keeps each daemon's pid (and start time) in run/NAME.proc
		roots.add(Long.parseLong(Files.readString(stackDir.resolve("run/" + daemon + ".proc")).trim().split("\\s+")[0]));
		try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().matches("\\d+"))) {
			for (Path process : processes) {
				long pid = Long.parseLong(process.getFileName().toString());
				try {
					String stat = Files.readString(process.resolve("stat"), StandardCharsets.US_ASCII);
					String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					parentOf.put(pid, Long.parseLong(fields[1]));
					times.put(pid, new long[] { Long.parseLong(fields[11]) + Long.parseLong(fields[12]),
							Long.parseLong(fields[13]) + Long.parseLong(fields[14]) });
				} catch (IOException | RuntimeException gone) {
					// ended meanwhile
				}
			}
		}
		long ticks = 0;
		for (long pid : times.keySet()) {
			if (under(pid, roots, parentOf)) {
				ticks += times.get(pid)[0] + times.get(pid)[1];
			}
		}
		return ticks / TICKS;
	}

	private static boolean under(long pid, Set<Long> roots, Map<Long, Long> parentOf) {
		List<Long> seen = new ArrayList<>();
		for (Long p = pid; p != null && p > 1 && !seen.contains(p); p = parentOf.get(p)) {
			if (roots.contains(p)) {
				return true;
			}
			seen.add(p);
		}
		return false;
	}
}
