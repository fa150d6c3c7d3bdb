package cc.enet.mailbox.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Several real James servers on 127.0.0.1 at once, started together through releng/james-server/james on the
 * benchmarks' port bases (52000, 52100, ...: ports are base + 25 ... base + 995, so bases 100 apart never meet).
 * Closing stops every one, also those whose start failed; so does a JVM ending on Ctrl-C.
 */
final class JamesFleet implements AutoCloseable {

	static final int MAX_SERVERS = 10;
	private static final int FIRST_BASE = 52000;
	private static final long CLOCK_TICK_MS = 10; // USER_HZ of /proc/PID/stat, 100 on Linux

	private final Path script;
	private final List<Path> folders;
	private final Thread stopOnExit = new Thread(this::stopAll, "james-fleet-stop");

	private JamesFleet(Path script, List<Path> folders) {
		this.script = script;
		this.folders = folders;
		Runtime.getRuntime().addShutdownHook(stopOnExit);
	}

	/** Starts {@code count} servers side by side and waits for all; prints how long that took. */
	static JamesFleet start(Path work, int count) throws IOException {
		Path script = Path.of(System.getProperty("mailbox.repo.root", ".")).resolve("releng/james-server/james").toAbsolutePath();
		List<Path> folders = IntStream.range(0, count).mapToObj(i -> work.resolve("james-" + i)).toList();
		JamesFleet fleet = new JamesFleet(script, folders);
		long t0 = System.nanoTime();
		try {
			fleet.eachAtOnce(i -> fleet.run("start", folders.get(i).toString(), String.valueOf(base(i))));
		} catch (RuntimeException e) {
			fleet.close();
			throw new IOException("a James did not start: " + e.getMessage(), e);
		}
		System.out.printf("  %d James started side by side in %,d ms%n", count, (System.nanoTime() - t0) / 1_000_000);
		return fleet;
	}

	private static int base(int index) {
		return FIRST_BASE + 100 * index;
	}

	/** WebAdmin of server {@code index}. */
	String url(int index) {
		return "http://127.0.0.1:" + (base(index) + 800);
	}

	/** The CPU time the first {@code count} servers have used so far. */
	long cpuMs(int count) {
		long sum = 0;
		for (Path folder : folders.subList(0, count)) {
			try {
				sum += cpuMsOf(Long.parseLong(Files.readString(folder.resolve("james.pid")).trim()));
			} catch (IOException | NumberFormatException e) {
				throw new IllegalStateException("no running James in " + folder, e);
			}
		}
		return sum;
	}

	/** User plus system CPU time of a process, from /proc/PID/stat (fields 14 and 15, after the parenthesised name). */
	static long cpuMsOf(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * CLOCK_TICK_MS;
		} catch (IOException e) {
			throw new IllegalStateException("cannot read the CPU time of process " + pid, e);
		}
	}

	/** The system's 1, 5 and 15 minute load averages, as the other builds on the machine make it busy. */
	static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		} catch (IOException e) {
			return "unknown";
		}
	}

	@Override
	public void close() {
		stopAll();
		try {
			Runtime.getRuntime().removeShutdownHook(stopOnExit);
		} catch (IllegalStateException e) {
			// the JVM is already ending: the hook runs (or ran) the same stop
		}
	}

	private void stopAll() {
		try {
			eachAtOnce(i -> run("stop", folders.get(i).toString()));
		} catch (RuntimeException e) {
			System.err.println(e.getMessage());
		}
	}

	/** Runs {@code action} for every server on a thread of its own (the common pool has one thread on two cores). */
	private void eachAtOnce(IntConsumer action) {
		ExecutorService pool = Executors.newFixedThreadPool(folders.size());
		try {
			List<Future<?>> all = new ArrayList<>();
			for (int i = 0; i < folders.size(); i++) {
				int index = i;
				all.add(pool.submit(() -> action.accept(index)));
			}
			RuntimeException first = null;
			for (Future<?> each : all) {
				try {
					each.get();
				} catch (ExecutionException e) {
					first = first != null ? first : new IllegalStateException(e.getCause().getMessage(), e.getCause());
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("interrupted", e);
				}
			}
			if (first != null) {
				throw first;
			}
		} finally {
			pool.shutdown();
		}
	}

	private void run(String... args) {
		List<String> command = new ArrayList<>(List.of("bash", script.toString()));
		command.addAll(List.of(args));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (process.waitFor() != 0) {
				throw new IllegalStateException("james " + String.join(" ", args) + " failed:\n" + out);
			}
		} catch (IOException e) {
			throw new IllegalStateException("james " + args[0] + ": " + e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("james " + args[0] + " interrupted", e);
		}
	}
}
