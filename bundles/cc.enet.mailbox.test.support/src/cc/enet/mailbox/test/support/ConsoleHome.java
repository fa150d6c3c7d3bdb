package cc.enet.mailbox.test.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A console home of the test class's own ({@code mailbox.console.home}: secure storage, the demo workspace, logs), so
 * no test reads or writes the user's; the previous value is put back after the class's last test.
 * {@code @RegisterExtension static final ConsoleHome HOME = new ConsoleHome();}
 */
public final class ConsoleHome implements BeforeAllCallback, AfterAllCallback {

	public static final String PROPERTY = "mailbox.console.home";

	private Path folder;
	private String previous;

	/** The folder that holds the private home (the home is {@code home} inside it), for the test's other files. */
	public Path folder() {
		return folder;
	}

	/** The console home itself. */
	public Path home() {
		return folder.resolve("home");
	}

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		folder = Files.createTempDirectory("mailbox-home");
		previous = System.getProperty(PROPERTY);
		System.setProperty(PROPERTY, home().toString());
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (previous == null) {
			System.clearProperty(PROPERTY);
		} else {
			System.setProperty(PROPERTY, previous);
		}
	}
}
