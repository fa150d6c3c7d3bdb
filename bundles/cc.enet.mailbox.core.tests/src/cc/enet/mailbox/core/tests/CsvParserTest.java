package cc.enet.mailbox.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cc.enet.mailbox.core.csv.CharsetDetector;
import cc.enet.mailbox.core.csv.CsvImportException;
import cc.enet.mailbox.core.csv.CsvParser;
import cc.enet.mailbox.core.csv.CsvRecord;
import cc.enet.mailbox.core.csv.CsvSyntaxException;
import cc.enet.mailbox.core.csv.CsvWriter;
import cc.enet.mailbox.core.csv.DomainCsvReader;

/** The CSV layer on its own: what a record is, on which line it starts, and what is refused where. */
class CsvParserTest {

	private static List<List<String>> fields(String text) throws CsvSyntaxException {
		return CsvParser.parse(text).stream().map(CsvRecord::fields).toList();
	}

	private static List<Integer> lines(String text) throws CsvSyntaxException {
		return CsvParser.parse(text).stream().map(CsvRecord::line).toList();
	}

	private static CsvSyntaxException refused(String text) {
		return assertThrows(CsvSyntaxException.class, () -> CsvParser.parse(text));
	}

	/** Line, column and reason key, as the problem list shows them. */
	private static String place(CsvSyntaxException e) {
		return e.line() + ": " + e.column() + ": " + e.getMessage();
	}

	@Test
	void crlfLfAndALoneCrEachEndALine() throws Exception {
		String text = "h1,h2\r\na,1\nb,2\rc,3";
		assertEquals(List.of(List.of("h1", "h2"), List.of("a", "1"), List.of("b", "2"), List.of("c", "3")), fields(text));
		assertEquals(List.of(1, 2, 3, 4), lines(text));
	}

	@Test
	void aQuotedLineBreakIsKeptAndCountsAsALine() throws Exception {
		String text = "h1,h2\na,\"one\r\ntwo\rthree\nfour\"\nb,x\n";
		assertEquals("one\r\ntwo\rthree\nfour", fields(text).get(1).get(1));
		assertEquals(List.of(1, 2, 6), lines(text));
	}

	@Test
	void anEmptyLastLineAddsNoRecordAndBlankLinesAreBlankRecords() throws Exception {
		assertEquals(List.of(List.of("h"), List.of("a")), fields("h\r\na\r\n"));
		assertEquals(List.of(List.of("h"), List.of("a")), fields("h\r\na"), "no line break after the last record");
		List<CsvRecord> records = CsvParser.parse("h\n\na\n\n");
		assertEquals(4, records.size(), records.toString());
		assertEquals(List.of(""), records.get(1).fields());
		assertEquals(true, records.get(3).isBlank());
		assertEquals(3, records.get(2).line());
		assertEquals(List.of(), fields(""));
	}

	@Test
	void quotesInsideQuotedCellsAreDoubled() throws Exception {
		assertEquals(List.of(List.of("say \"hi\"", "\"", "", "a,b")), fields("\"say \"\"hi\"\"\",\"\"\"\",\"\",\"a,b\""));
	}

	@Test
	void aTrailingBackslashIsText() throws Exception {
		assertEquals(List.of(List.of("C:\\dir\\", "x\\")), fields("C:\\dir\\,\"x\\\"\n"));
	}

	@Test
	void aByteOrderMarkIsNotPartOfTheFirstHeader() throws Exception {
		byte[] body = "address,quota_mb\r\na@x.jp,1\r\n".getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[body.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(body, 0, withBom, 3, body.length);
		assertEquals("address", fields(CharsetDetector.decode(withBom, null).text()).get(0).get(0));
		assertEquals("address", fields(CharsetDetector.decode(withBom, StandardCharsets.UTF_8).text()).get(0).get(0));
	}

	@Test
	void anUnterminatedQuoteIsReportedWhereTheFieldBegan() {
		CsvSyntaxException e = refused("address,display_name\na@x.jp,ok\nb@x.jp,\"never\nclosed\nc@x.jp,c\n");
		assertEquals("3: : csv.syntax.unclosed", place(e));
		assertEquals("1: : csv.syntax.unclosed", place(refused("\"")));
		assertEquals("2: : csv.syntax.unclosed", place(refused("h\n\"a\"\"\n")), "a doubled quote does not close");
	}

	@Test
	void aQuoteInsideAnUnquotedFieldNamesItsColumn() {
		assertEquals("2: display_name: csv.syntax.quoteInside", place(refused("address,display_name\na@x.jp,5\"\n")));
		assertEquals("1: #2: csv.syntax.quoteInside", place(refused("address,dis\"play\n")), "in the header: its number");
	}

	@Test
	void textAfterAClosingQuoteNamesItsLineAndColumn() {
		assertEquals("2: display_name: csv.syntax.afterQuote", place(refused("address,display_name\na@x.jp,\"A\"B\n")));
		assertEquals("2: display_name: csv.syntax.afterQuote", place(refused("address,display_name\na@x.jp,\"A\" \n")),
				"a space too: Excel never writes one");
		assertEquals("3: display_name: csv.syntax.afterQuote",
				place(refused("address,display_name\na@x.jp,\"two\nlines\"x,\n")), "on the line of the closing quote");
	}

	@Test
	void aControlCharacterIsReportedOnItsOwnLine() {
		CsvSyntaxException e = refused("address,display_name\na@x.jp,\"line one\nline \u001B two\"\n");
		assertEquals("3: display_name: csv.controlCharacter", place(e));
		assertEquals(List.of("U+001B", "ESCAPE"), e.arguments());
		assertEquals("1: #2: csv.controlCharacter", place(refused("address,\u0000\n")));
		assertEquals("2: #3: csv.controlCharacter", place(refused("a,b\n1,2,\u0085\n")), "beyond the header: its number");
	}

	@Test
	void aDomainCsvNamesTheColumnOfAControlCharacterAsTheMailboxCsvDoes() {
		CsvImportException e = assertThrows(CsvImportException.class,
				() -> DomainCsvReader.read("domains.csv", "domain,customer\nx.example,a\u0007b\n"));
		assertEquals("domains.csv:2: customer: control character U+0007 (BEL) is not allowed", e.problems().get(0).toString());
	}

	@Test
	void theFirstProblemInTheTextWins() {
		assertEquals("2: b: csv.controlCharacter", place(refused("a,b,c\nx,\u0007,\"open\n")));
		assertEquals("2: b: csv.syntax.afterQuote", place(refused("a,b,c\nx,\"q\"z,\u0007\n")));
	}

	@Test
	void aRecordUpToTheLimitIsReadAndOneCharacterMoreIsRefused() throws Exception {
		String atLimit = "x".repeat(CsvParser.MAX_RECORD_CHARS);
		assertEquals(atLimit, fields("h\n" + atLimit + "\n").get(1).get(0));
		CsvSyntaxException e = refused("h\n" + atLimit + "y\nz\n");
		assertEquals("2: : csv.recordTooLong", place(e));
		assertEquals(List.of("1,048,576"), e.arguments());
	}

	@Test
	void aHugeRecordIsRefusedWithoutReadingItWhole() {
		String huge = "\"" + "x".repeat(8 * CsvParser.MAX_RECORD_CHARS) + "\"";
		assertEquals("3: : csv.recordTooLong", place(refused("h\nok\n" + huge + "\n")));
		assertEquals("3: : csv.recordTooLong", place(refused("h\nok\n\"" + "x".repeat(8 * CsvParser.MAX_RECORD_CHARS))),
				"never closed, but too long first");
	}

	@Test
	void whatTheWriterWritesTheParserReadsBackAndWritesAgainByteForByte() throws Exception {
		List<String> tricky = List.of("", "plain", "a,b", "say \"hi\"", "two\r\nlines", "lone\rcr", "lf\nonly", " lead",
				"trail ", "#hash", "tab\there", "=1+1", "+81", "-5", "@SUM(A1)", "'=kept", "'", "日本語,テスト", "\\");
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("first", "second"));
		for (int i = 0; i < tricky.size(); i++) {
			rows.add(List.of(tricky.get(i), tricky.get(tricky.size() - 1 - i)));
		}
		String once = write(rows);

		assertEquals(rows, fields(once));
		assertEquals(once, write(fields(once)));
		for (String line : once.split("\r\n")) {
			assertEquals(false, line.matches("^\"?[=+\\-@].*"), "a spreadsheet would run " + line);
		}
	}

	private static String write(List<List<String>> rows) throws Exception {
		StringBuilder out = new StringBuilder();
		CsvWriter writer = CsvWriter.csv(out);
		for (List<String> row : rows) {
			writer.row(row);
		}
		writer.flush();
		return out.toString();
	}
}
