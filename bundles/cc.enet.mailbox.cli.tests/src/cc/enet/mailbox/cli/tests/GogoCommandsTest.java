package cc.enet.mailbox.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import cc.enet.mailbox.cli.MailboxCommandLine;
import cc.enet.mailbox.core.demo.DemoWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;

/** The commands through the real Felix Gogo shell, as staff type them in the console's OSGi shell. */
class GogoCommandsTest {

	@TempDir
	Path dir;

	@Test
	void theComponentRegistersEveryFunctionInTheMailboxScope() {
		BundleContext context = FrameworkUtil.getBundle(MailboxCommandLine.class).getBundleContext();
		ServiceReference<?>[] refs = find(context);
		assertNotNull(refs, "the DS component is registered");
		assertEquals("mailbox", refs[0].getProperty("osgi.command.scope"));
		assertEquals(List.of("import", "export", "validate", "fix", "server", "plan", "apply", "pull", "hosts", "audit",
				"setup", "publish", "sendsetup", "staffmail", "probe", "expunge", "dns", "team"),
				Arrays.asList((String[]) refs[0].getProperty("osgi.command.function")));
	}

	@Test
	void importAndValidateRunThroughTheShell() throws Exception {
		Path csv = dir.resolve("m.csv");
		Files.writeString(csv, "address\nnew@abc.co.jp\n");
		Path ws = dir.resolve("ws");
		String out = shell("mailbox:import " + csv + " --into " + ws + " --lang en");
		assertTrue(out.contains("1 created"), out);
		assertTrue(WorkspaceStore.isWorkspace(ws));

		WorkspaceStore.save(DemoWorkspace.create(dir.resolve("demo")));
		out = shell("mailbox:validate " + dir.resolve("demo") + " --format json --lang en");
		assertTrue(out.contains("\"rule\":\"forward.loop\""), out);
	}

	@Test
	void expungeRunsThroughTheShellAndNamesAServerTheWorkspaceLacks() throws Exception {
		Path demo = dir.resolve("demo");
		WorkspaceStore.save(DemoWorkspace.create(demo));
		String out = shell("mailbox:expunge " + demo + " --server nowhere --lang en");
		assertTrue(out.contains("No server \"nowhere\" in this workspace"), out);
	}

	@Test
	void planOfAllServersRunsThroughTheShellWithASectionPerServer() throws Exception {
		Path demo = dir.resolve("demo");
		WorkspaceStore.save(DemoWorkspace.create(demo));
		shell("mailbox:server add " + demo + " near --kind james --url http://127.0.0.1:1");
		shell("mailbox:server add " + demo + " far --kind james --url http://127.0.0.1:2");
		String out = shell("mailbox:plan " + demo + " --all-servers --lang en");
		int first = out.indexOf("== Server near ==");
		int second = out.indexOf("== Server far ==");
		assertTrue(first >= 0 && second > first, out);
		assertTrue(out.contains("Planned 2 servers: "), out);
		assertTrue(out.contains("left out  sakura-trading.co.jp") || out.contains("was not planned"),
				"two servers and no domain names one: each plan leaves them out, or the server says why: " + out);
	}

	private static ServiceReference<?>[] find(BundleContext context) {
		try {
			return context.getServiceReferences((String) null, "(osgi.command.scope=mailbox)");
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String shell(String line) throws Exception {
		BundleContext context = FrameworkUtil.getBundle(MailboxCommandLine.class).getBundleContext();
		ServiceReference<CommandProcessor> ref = context.getServiceReference(CommandProcessor.class);
		assertNotNull(ref, "Gogo runtime is running");
		CommandProcessor processor = context.getService(ref);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
		try (CommandSession session = processor.createSession(new ByteArrayInputStream(new byte[0]), out, out)) {
			session.execute(line);
		} finally {
			context.ungetService(ref);
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}
}
