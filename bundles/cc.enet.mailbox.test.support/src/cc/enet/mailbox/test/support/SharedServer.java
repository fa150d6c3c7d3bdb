package cc.enet.mailbox.test.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real server for all the test classes of a module that neither kill nor reconfigure it: started before the
 * first class that registers it, emptied before each later class, so every class still sees the empty server a fresh
 * start gives, and stopped when the module's test run ends (JUnit closes what its root store holds). A start and stop
 * per class was about 40 % of these modules' time. A server the reset cannot empty is started again.
 * {@code @RegisterExtension static final SharedServer<JamesServer> JAMES = SharedJames.JAMES;} then
 * {@code JAMES.get()} in the tests. Classes run one after another (no parallel classes in these modules).
 */
public final class SharedServer<T> implements BeforeAllCallback {

	/** Empties a running server: what a fresh start would leave. */
	@FunctionalInterface
	public interface Reset<T> {
		void reset(T server) throws Exception;
	}

	private final String name;
	private final ServerPerClass.Start<T> start;
	private final ServerPerClass.Stop<T> stop;
	private final Reset<T> reset;
	private T server;

	private SharedServer(String name, ServerPerClass.Start<T> start, ServerPerClass.Stop<T> stop, Reset<T> reset) {
		this.name = name;
		this.start = start;
		this.stop = stop;
		this.reset = reset;
	}

	/** @param name distinct per server in one test run */
	public static <T> SharedServer<T> of(String name, ServerPerClass.Start<T> start, ServerPerClass.Stop<T> stop, Reset<T> reset) {
		return new SharedServer<>(name, start, stop, reset);
	}

	/** The running server, empty when the class began. */
	public T get() {
		if (server == null) {
			throw new IllegalStateException("the server starts before the class's first test (register the extension as a static field)");
		}
		return server;
	}

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.create(SharedServer.class));
		@SuppressWarnings("unchecked")
		Running<T> running = store.get(name, Running.class);
		if (running == null) {
			server = null;
			running = new Running<>(start.start(), stop);
			store.put(name, running);
			System.out.println("[shared server] " + name + " started for " + context.getDisplayName());
		} else {
			try {
				long t0 = System.nanoTime();
				reset.reset(running.server);
				System.out.printf("[shared server] %s emptied for %s in %d ms%n", name, context.getDisplayName(),
						(System.nanoTime() - t0) / 1_000_000);
			} catch (Exception notEmptied) {
				// a class before left it in a state the reset cannot undo: a fresh one, as a class of its own had
				System.err.println("[shared server] " + name + " could not be reset, starting it again: " + notEmptied);
				store.remove(name);
				try {
					running.close();
				} catch (Exception notStopped) {
					System.err.println("[shared server] " + name + " did not stop cleanly: " + notStopped);
				}
				running = new Running<>(start.start(), stop);
				store.put(name, running);
			}
		}
		server = running.server;
	}

	/** Stopped by JUnit when the root context closes, after the last class. */
	private record Running<T>(T server, ServerPerClass.Stop<T> stop) implements AutoCloseable {
		@Override
		public void close() throws Exception {
			stop.stop(server);
		}
	}
}
