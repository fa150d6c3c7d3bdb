package cc.enet.mailbox.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.cli.MailboxCommandLine;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.ConnectorFactory;
import cc.enet.mailbox.connector.ConnectorRegistry;
import cc.enet.mailbox.core.credentials.SessionCredentialStore;

/**
 * The fleet on the command line without a server behind it: which server a domain lives on (named, or found by the
 * host names a server serves), the domain CSV column server, the rule domain.server, and --all-servers reporting
 * every server in its own section when none can be reached. Against two real James: FleetToJamesTest.
 */
class FleetCommandLineTest {

	@TempDir
	Path dir;
	String ws;
	String out;
	String err;
	final SessionCredentialStore credentials = new SessionCredentialStore();

	private final ConnectorFactory unreachable = new ConnectorFactory() {
		@Override
		public String kind() {
			return "james";
		}

		@Override
		public Connector open(MailServer server, char[] secret) throws ConnectorException {
			throw new ConnectorException(ConnectorException.Kind.UNREACHABLE, "test: no server behind " + server.getUrl());
		}
	};

	private int run(String... args) {
		ByteArrayOutputStream o = new ByteArrayOutputStream();
		ByteArrayOutputStream e = new ByteArrayOutputStream();
		int code = new MailboxCommandLine(credentials, ConnectorRegistry.of(unreachable)).run(List.of(args),
				new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
		out = o.toString(StandardCharsets.UTF_8);
		err = e.toString(StandardCharsets.UTF_8);
		return code;
	}

	private Path write(String name, String text) throws Exception {
		Path file = dir.resolve(name);
		Files.writeString(file, text);
		return file;
	}

	@BeforeEach
	void threeDomainsAndTwoServersServingTheirHosts() throws Exception {
		ws = dir.resolve("ws").toString();
		assertEquals(0, run("import", write("m.csv", "address\na@a.test\nb@b.test\nc@c.test\n").toString(), "--into", ws), err);
		assertEquals(0, run("server", "add", ws, "east", "--kind", "james", "--url", "http://127.0.0.1:1/east", "--serves",
				"POP3.east.example"), err);
		assertEquals(0, run("server", "add", ws, "west", "--kind", "james", "--url", "http://127.0.0.1:1/west"), err);
		assertEquals(0, run("import", write("d.csv", """
				domain,pop3_host,smtp_host,server
				a.test,pop3.east.example,smtp.east.example,
				b.test,pop3.west.example,smtp.west.example,west
				c.test,pop3.other.example,smtp.other.example,
				""").toString(), "--into", ws), err);
	}

	@Test
	void aDomainLivesOnTheServerItNamesOrOnTheOneServingItsHostsAndOtherwiseIsAFinding() {
		assertEquals(0, run("validate", ws, "--lang", "en"), out + err);
		List<String> findings = out.lines().filter(l -> l.contains("domain.server")).toList();
		assertEquals(1, findings.size(), out);
		assertTrue(findings.get(0).contains("c.test") && findings.get(0).contains("names no server"), findings.get(0));
		assertEquals(0, run("server", "list", ws), err);
		assertTrue(out.contains("east james http://127.0.0.1:1/east --serves pop3.east.example"), out);
	}

	@Test
	void theDomainCsvCarriesTheServerAndRefusesOneTheWorkspaceLacks() throws Exception {
		Path exported = dir.resolve("out.csv");
		assertEquals(0, run("export", ws, "--domains-csv", exported.toString()), err);
		String csv = Files.readString(exported);
		assertTrue(csv.lines().findFirst().orElseThrow().endsWith(",server"), csv);
		assertTrue(csv.lines().anyMatch(l -> l.startsWith("b.test,") && l.endsWith(",west")), csv);
		assertTrue(csv.lines().anyMatch(l -> l.startsWith("a.test,") && l.endsWith(",")), "a.test names none: " + csv);

		assertEquals(2, run("import", write("bad.csv", "domain,server\nb.test,west\na.test,north\n").toString(), "--into", ws,
				"--lang", "en"), out + err);
		assertTrue(err.contains("bad.csv:3: server: server north is not a server of this workspace (its servers: east, west)"),
				err);
		assertEquals(0, run("validate", ws, "--lang", "en"), err);
		assertEquals(1, out.lines().filter(l -> l.contains("domain.server")).count(), "nothing of the file was taken: " + out);
	}

	@Test
	void allServersReportsEveryServerInItsOwnSectionAndExitsThreeWhenOneCannotBeReached() {
		assertEquals(3, run("plan", ws, "--all-servers", "--lang", "en"), out + err);
		int east = out.indexOf("== Server east ==");
		int west = out.indexOf("== Server west ==");
		assertTrue(east >= 0 && west > east, out);
		assertTrue(out.substring(east, west).contains("Server east was not planned"), out);
		assertTrue(out.substring(west).contains("Server west was not planned"), out);
		assertTrue(out.contains("Planned 2 servers: 0 read, 2 not."), out);

		assertEquals(3, run("apply", ws, "--all-servers", "--lang", "en"), out + err);
		assertTrue(out.contains("Server east was not applied") && out.contains("Server west was not applied"), out);

		assertEquals(3, run("plan", ws, "--all-servers", "--format", "json"), out + err);
		assertTrue(out.startsWith("{\"servers\":[{\"server\":\"east\",\"error\":"), out);
	}

	@Test
	void allServersTakesNoServerNameAndAsksForNoSecret() {
		assertEquals(2, run("plan", ws, "--all-servers", "--server", "east", "--lang", "en"), out + err);
		assertTrue(err.contains("leave out --server"), err);
		assertEquals(2, run("apply", ws, "--all-servers", "--ask-secret", "--lang", "en"), out + err);
		assertTrue(err.contains("asks for no secret"), err);
		assertEquals(2, run("plan", ws, "--all-servers", "--parallel", "0", "--lang", "en"), out + err);
		assertFalse(err.isEmpty());
	}
}
