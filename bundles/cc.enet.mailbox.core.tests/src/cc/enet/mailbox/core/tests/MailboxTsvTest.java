package cc.enet.mailbox.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.core.csv.MailboxTsv;
import cc.enet.mailbox.core.demo.DemoWorkspace;
import cc.enet.mailbox.core.store.MailboxWorkspace;

/** Cells copied to and pasted from a spreadsheet: tab-separated text, read by the same checks as a CSV file. */
class MailboxTsvTest {

	@TempDir
	Path dir;

	private MailboxWorkspace workspace;
	private Mailbox first;
	private Mailbox second;

	@BeforeEach
	void demo() {
		workspace = DemoWorkspace.create(dir.resolve("ws"));
		List<Mailbox> mailboxes = workspace.root().getCustomers().get(0).getDomains().get(0).getMailboxes();
		first = mailboxes.get(0);
		second = mailboxes.get(1);
	}

	private MailboxTsv.Paste paste(String text) {
		return MailboxTsv.read(text, address -> workspace.findMailbox(address).orElse(null));
	}

	@Test
	void aCopyPastedBackChangesNothingWhateverTheCellsHold() {
		first.setDisplayName("tab\there \"quoted\"");
		second.setDisplayName("=SUM(A1) #1 ");
		String copied = MailboxTsv.copy(List.of(first, second));

		MailboxTsv.Paste paste = paste(copied);

		assertTrue(paste.isValid(), paste.problems().toString());
		assertEquals(List.of(first, second), paste.mailboxes());
		paste.command("paste").execute();
		assertEquals("tab\there \"quoted\"", first.getDisplayName());
		assertEquals("=SUM(A1) #1", second.getDisplayName(), "display names are stripped, as on import");
	}

	@Test
	void crlfLineEndsAndTrailingBlankLinesAreWhatSpreadsheetsPaste() {
		String text = "address\tquota_mb\r\n" + first.getAddress() + "\t1234\r\n" + second.getAddress() + "\t2345\r\n\r\n\t\r\n";
		MailboxTsv.Paste paste = paste(text);
		assertTrue(paste.isValid(), paste.problems().toString());
		paste.command("paste").execute();
		assertEquals(1234, first.getQuotaMb());
		assertEquals(2345, second.getQuotaMb());
	}

	@Test
	void aQuotedCellKeepsItsTabsAndQuotesAndPutsItsLineBreaksOnOneLine() {
		String text = "address\tdisplay_name\n" + first.getAddress() + "\t\"a\tb \"\"c\"\"\nd\"\n";
		MailboxTsv.Paste paste = paste(text);
		assertTrue(paste.isValid(), paste.problems().toString());
		paste.command("paste").execute();
		assertEquals("a\tb \"c\" d", first.getDisplayName());
	}

	@Test
	void aQuoteInsideACellIsTextAsInASpreadsheet() {
		MailboxTsv.Paste paste = paste(first.getAddress() + "\t5\" screen\n");
		assertTrue(paste.isValid(), paste.problems().toString());
		paste.command("paste").execute();
		assertEquals("5\" screen", first.getDisplayName(), "without a header the columns are the exported ones");
	}

	@Test
	void rowsWithoutAHeaderAndEveryBadLineReported() {
		MailboxTsv.Paste paste = paste(first.getAddress() + "\tok\tmany\n" + "nobody@abc.co.jp\tx\t1\n");
		assertFalse(paste.isValid());
		assertEquals(List.of("1: quota_mb", "2: address"),
				paste.problems().stream().map(p -> p.line() + ": " + p.column()).toList(), paste.problems().toString());
		assertFalse(paste.command("paste").canExecute(), "all or nothing");
	}

	@Test
	void aControlCharacterIsRefusedWithItsLineAndColumn() {
		MailboxTsv.Paste paste = paste("address\tdisplay_name\n" + first.getAddress() + "\tok\n" + second.getAddress()
				+ "\tbell\u0007\n");
		assertEquals(List.of("3: display_name"),
				paste.problems().stream().map(p -> p.line() + ": " + p.column()).toList(), paste.problems().toString());
	}

	@Test
	void anUnclosedQuoteTakesTheRestAsItsCellLikeASpreadsheet() {
		MailboxTsv.Paste paste = paste("address\tdisplay_name\n" + first.getAddress() + "\t\"open\n");
		assertTrue(paste.isValid(), paste.problems().toString());
		paste.command("paste").execute();
		assertEquals("open", first.getDisplayName());
	}

	@Test
	void nothingToPasteIsSaid() {
		assertEquals("1: nothing to paste", paste("\r\n\n").problems().get(0).toString());
	}
}
