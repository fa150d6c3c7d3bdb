package cc.enet.mailbox.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.TlsMode;
import cc.enet.mailbox.core.csv.MailboxTsv;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.ui.session.ConsoleSession;
import cc.enet.mailbox.ui.table.MailboxTableColumn;
import cc.enet.mailbox.ui.tests.bots.ConsoleBot;
import cc.enet.mailbox.ui.tests.bots.MailboxTableBot;
import cc.enet.mailbox.ui.tests.bots.ProblemsViewBot;
import cc.enet.mailbox.ui.tests.bots.Screenshots;
import cc.enet.mailbox.ui.tests.bots.Ui;

/** The console as staff use it, driven through page objects on its own workbench; each test opens a fresh demo. */
class ConsoleTest {

	@TempDir
	Path folder;

	private ConsoleBot console;
	private ConsoleSession session;

	@BeforeEach
	void openDemo() {
		console = ConsoleBot.console();
		session = console.openWorkspace(folder.resolve("demo"));
	}

	@Test
	void opensTheDemoWorkspace() {
		assertEquals(28, session.workspace().mailboxCount());
		assertEquals(List.of("Name", "Mailboxes", "Errors", "Warnings", "Mail / DNS"), console.navigator().columns());
		assertEquals("12", console.navigator().row("sakura-trading.co.jp").get(1));
		List<String> midori = console.navigator().row("midori-clinic.jp");
		assertTrue(Integer.parseInt(midori.get(2)) > 0, midori::toString);
		assertEquals(List.of(), console.navigator().namesCutOff(), "names the navigator cuts off");
		assertTrue(console.navigator().description().contains("28 mailboxes"), console.navigator().description());

		MailboxTableBot table = console.navigator().open("sakura-trading.co.jp");
		assertEquals(12, table.rowCount());
		assertEquals("田中 太郎", table.cell("tanaka@sakura-trading.co.jp", MailboxTableColumn.DISPLAY_NAME));
		assertEquals("Japanese (ISO-2022-JP)", table.cell("tanaka@sakura-trading.co.jp", MailboxTableColumn.ENCODING));
		assertEquals("Leave a copy on the server for ever", table.cell("support@sakura-trading.co.jp", MailboxTableColumn.RETENTION));
		assertEquals("tanaka@sakura-trading.co.jp, suzuki@sakura-trading.co.jp (keep mail on the server)",
				table.cell("sales@sakura-trading.co.jp", MailboxTableColumn.FORWARDING));

		table.search("髙橋");
		assertEquals(1, table.rowCount());
		table.search("enetj.com"); // a setting's text: the allow list
		assertEquals(12, table.rowCount());
		table.search("");
		assertEquals(12, table.rowCount());
	}

	@Test
	void bulkEditsThreeQuotasInOneStepAndOneUndoRestoresThem() {
		MailboxTableBot table = console.navigator().open("sakura-trading.co.jp");
		String[] three = { "tanaka@sakura-trading.co.jp", "suzuki@sakura-trading.co.jp", "sales@sakura-trading.co.jp" };
		int untouched = table.mailbox("info@sakura-trading.co.jp").getQuotaMb();
		table.select(three).setQuota(4096);

		for (String address : three) {
			assertEquals(4096, table.mailbox(address).getQuotaMb(), address);
			assertEquals("4096", table.cell(address, MailboxTableColumn.QUOTA), address);
		}
		assertEquals(untouched, table.mailbox("info@sakura-trading.co.jp").getQuotaMb());
		assertTrue(console.isDirty(), "the editor shows * after the edit");

		console.undo(); // Edit > Undo, once
		for (String address : three) {
			assertFalse(table.mailbox(address).isSetQuotaMb(), address);
			assertEquals("", table.cell(address, MailboxTableColumn.QUOTA), "no quota of its own: " + address);
		}
		assertFalse(console.isDirty(), "back at the saved state");
		console.redo();
		assertEquals(4096, table.mailbox(three[2]).getQuotaMb());
	}

	@Test
	void showsTheForwardingLoopInProblemsAndJumpsToTheMailbox() {
		ProblemsViewBot problems = console.problems();
		ProblemsViewBot.Row loop = problems.waitForRow("forward.loop", "studio@aozora-design.com");
		assertTrue(loop.description().endsWith(" [forward.loop]"), "the rule id ends the description: " + loop.description());
		assertTrue(loop.description().startsWith("Forwarding loop:"), loop.description());
		assertTrue(loop.resource().equals("aozora-design.xmi"), loop.resource());

		problems.doubleClick(loop);
		MailboxTableBot table = console.activeTable();
		assertEquals("あおぞらデザイン", console.activeEditorTitle());
		table.waitForSelection("studio@aozora-design.com");
		// the field the rule is about, outlined and scrolled into view
		Ui.waitUntil("the forwarding field is marked", () -> table.markedField() == MailboxTableColumn.FORWARDING);
		// GTK scrolls once the table is laid out, a moment after it opened
		Ui.waitUntil("the forwarding cell is in view", () -> table.selectedCellInView(MailboxTableColumn.FORWARDING));
		Screenshots.take("problem-jump-en");
	}

	@Test
	void quickFixesStarttlsAndTheFindingDisappears() {
		ProblemsViewBot problems = console.problems();
		ProblemsViewBot.Row starttls = problems.waitForRow("tls.starttls", "midori-clinic.jp");
		assertEquals(List.of("Use TLS from the start (SSL) on port 995 for POP3"), problems.quickFixes(starttls));

		problems.quickFix(starttls);
		console.waitForFindings();
		problems.waitUntilGone("tls.starttls", "midori-clinic.jp");
		assertEquals(TlsMode.IMPLICIT, session.workspace().findDomain("midori-clinic.jp").orElseThrow().getEndpoints().get(0).getTls());
		assertTrue(session.findings().list().stream().noneMatch(f -> f.ruleId().equals("tls.starttls")));

		console.navigator().open("midori-clinic.jp");
		console.undo(); // the fix was a command like any other
		console.waitForFindings();
		problems.waitForRow("tls.starttls", "midori-clinic.jp");
	}

	@Test
	void savesTheChangedCustomerFileAtomically() throws Exception {
		Path customers = folder.resolve("demo").resolve(WorkspaceStore.CUSTOMERS_FOLDER);
		byte[] aozoraBefore = Files.readAllBytes(customers.resolve("aozora-design.xmi"));
		byte[] sakuraBefore = Files.readAllBytes(customers.resolve("sakura-trading.xmi"));

		MailboxTableBot table = console.navigator().open("aozora-design.com");
		table.select("kimura@aozora-design.com", "contact@aozora-design.com").setQuota(3072);
		assertTrue(console.isDirty());
		console.save(); // File > Save (Ctrl+S)

		assertFalse(console.isDirty());
		byte[] aozoraAfter = Files.readAllBytes(customers.resolve("aozora-design.xmi"));
		assertFalse(Arrays.equals(aozoraBefore, aozoraAfter), "the customer's file changed");
		assertTrue(new String(aozoraAfter, StandardCharsets.UTF_8).contains("quotaMb=\"3072\""));
		assertArrayEquals(sakuraBefore, Files.readAllBytes(customers.resolve("sakura-trading.xmi")), "other customers untouched");
		try (Stream<Path> files = Files.list(customers)) {
			assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".saving")), "no temporary file left");
		}
		MailboxWorkspace reread = WorkspaceStore.open(folder.resolve("demo"));
		assertEquals(3072, reread.findMailbox("kimura@aozora-design.com").orElseThrow().getQuotaMb());
	}

	@Test
	void copiesRowsAsTsvAndPastesThemBackAsOneCommand() {
		MailboxTableBot table = console.navigator().open("sakura-trading.co.jp");
		String copied = table.select("staff1@sakura-trading.co.jp", "staff2@sakura-trading.co.jp").copy();
		String[] lines = copied.split("\\R");
		assertEquals(3, lines.length, copied);
		assertTrue(lines[0].startsWith("address\tdisplay_name\tquota_mb\t"), lines[0]);
		assertFalse(copied.contains("password"));

		List<MailboxTsv.Problem> rejected = table.paste("address\tquota_mb\n"
				+ "staff1@sakura-trading.co.jp\t2048\n"
				+ "staff2@sakura-trading.co.jp\tlots\n"
				+ "nobody@sakura-trading.co.jp\t10\n");
		assertEquals(2, rejected.size(), rejected::toString);
		assertEquals(3, rejected.get(0).line());
		assertEquals(1024, table.mailbox("staff1@sakura-trading.co.jp").getQuotaMb(), "nothing changed");

		assertTrue(table.paste("address\tquota_mb\tsend_encoding\n"
				+ "staff1@sakura-trading.co.jp\t2048\tUTF-8\n"
				+ "staff2@sakura-trading.co.jp\t512\tISO-2022-JP\n").isEmpty());
		Mailbox staff1 = table.mailbox("staff1@sakura-trading.co.jp");
		assertEquals(2048, staff1.getQuotaMb());
		assertEquals("UTF-8", staff1.getSendEncoding().getLiteral());
		assertEquals(512, table.mailbox("staff2@sakura-trading.co.jp").getQuotaMb());
		console.undo();
		assertEquals(1024, staff1.getQuotaMb());
		assertEquals(1024, table.mailbox("staff2@sakura-trading.co.jp").getQuotaMb());
		assertNotNull(staff1.getSendEncoding());
		assertEquals("ISO-2022-JP", staff1.getSendEncoding().getLiteral());
	}
}
