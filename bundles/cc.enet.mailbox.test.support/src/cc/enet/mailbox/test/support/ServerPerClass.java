package cc.enet.mailbox.test.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real server started once for a test class and stopped after its last test (also when a test failed):
 * {@code @RegisterExtension static final ServerPerClass<JamesServer> JAMES = ServerPerClass.of(() -> new JamesServer("apply", 41000).start(), JamesServer::stop);}
 * then {@code JAMES.get()} in the tests.
 */
public final class ServerPerClass<T> implements BeforeAllCallback, AfterAllCallback {

	/** Starts a server; may take a while and fail. */
	@FunctionalInterface
	public interface Start<T> {
		T start() throws Exception;
	}

	/** Stops it. */
	@FunctionalInterface
	public interface Stop<T> {
		void stop(T server) throws Exception;
	}

	private final Start<T> start;
	private final Stop<T> stop;
	private T server;

	private ServerPerClass(Start<T> start, Stop<T> stop) {
		this.start = start;
		this.stop = stop;
	}

	public static <T> ServerPerClass<T> of(Start<T> start, Stop<T> stop) {
		return new ServerPerClass<>(start, stop);
	}

	/** The started server. */
	public T get() {
		if (server == null) {
			throw new IllegalStateException("the server starts before the class's first test (register the extension as a static field)");
		}
		return server;
	}

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		server = start.start();
	}

	@Override
	public void afterAll(ExtensionContext context) throws Exception {
		T started = server;
		server = null;
		if (started != null) {
			stop.stop(started);
		}
	}
}
