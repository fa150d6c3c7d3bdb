package cc.enet.mailbox.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The product's Japanese takes the guide's words (docs/glossary.md): no word of the glossary's "not these" columns in
 * any *_ja.properties, in the README or in the product's Java sources, except a mail client's own label quoted in a
 * text that names that client.
 */
class GlossaryTest {

	static final Path ROOT = Path.of(System.getProperty("mailbox.repo.root", "../..")).toAbsolutePath().normalize();

	/** A word not to use, the term to use instead, and the clients whose own label it is. */
	record Avoid(String word, String instead, List<String> clients) {
	}

	@Test
	void everyJapaneseTextOfTheProductUsesTheGuidesTerms() throws IOException {
		List<Avoid> avoid = glossary();
		List<Path> files = japaneseProperties();
		assertTrue(files.size() >= 15, "the walk found the product's Japanese texts: " + files);
		List<String> found = new ArrayList<>();
		for (Path file : files) {
			Properties properties = new Properties();
			try (InputStream in = Files.newInputStream(file)) {
				properties.load(in);
			}
			for (String key : properties.stringPropertyNames()) {
				found.addAll(check(ROOT.relativize(file) + ": " + key, properties.getProperty(key), avoid));
			}
		}
		for (Path file : textFiles()) {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			for (int i = 0; i < lines.size(); i++) {
				found.addAll(check(ROOT.relativize(file) + ":" + (i + 1), lines.get(i), avoid));
			}
		}
		assertEquals(List.of(), found, "words that are not the guide's (docs/glossary.md)");
	}

	@Test
	void theCheckFindsAWordThatIsNotTheGuidesAndLetsAClientsOwnLabelBe() throws IOException {
		List<Avoid> avoid = glossary();
		assertEquals(1, check("sample", "送信者名を入力してください", avoid).size());
		assertEquals(1, check("sample", "認証方式は「通常のパスワード認証」です", avoid).size());
		assertEquals(List.of(), check("sample", "Thunderbird では「通常のパスワード認証」を選びます", avoid));
		assertEquals(List.of(), check("sample", "送信者の名前: 田中", avoid));
	}

	@Test
	void theGlossaryCoversTheWordsTheIssueFound() throws IOException {
		List<String> words = glossary().stream().map(Avoid::word).toList();
		for (String word : List.of("通常のパスワード認証", "セキュアな認証", "送信者名", "送信文字コード", "送信エンコーディング",
				"Webメール", "WEB メール", "サーバーにメッセージのコピーを置く", "SMTP認証", "セットアップメール", "サーバーのメール",
				"接続時からの SSL接続がありません", "パスワードは SSL接続の中で送られます")) {
			assertTrue(words.contains(word), word + " in " + words);
		}
	}

	static List<String> check(String place, String text, List<Avoid> avoid) {
		List<String> found = new ArrayList<>();
		for (Avoid a : avoid) {
			if (text.contains(a.word()) && a.clients().stream().noneMatch(text::contains)) {
				found.add(place + ": 「" + a.word() + "」, the guide's: 「" + a.instead() + "」");
			}
		}
		return found;
	}

	/**
	 * The words to avoid, from the glossary's tables: a table with a "not these" column (its first column the term to
	 * use, "a client's label in" the exceptions), and the "not this" table of phrases.
	 */
	static List<Avoid> glossary() throws IOException {
		List<Avoid> avoid = new ArrayList<>();
		List<String> header = null;
		for (String line : Files.readAllLines(ROOT.resolve("docs/glossary.md"), StandardCharsets.UTF_8)) {
			if (!line.startsWith("|")) {
				header = null;
				continue;
			}
			List<String> cells = cells(line);
			if (header == null) {
				header = cells;
				continue;
			}
			if (cells.get(0).startsWith("---")) {
				continue;
			}
			int notThese = header.indexOf("not these");
			int clients = header.indexOf("a client's label in");
			if (notThese >= 0) {
				for (String word : split(cells.get(notThese))) {
					avoid.add(new Avoid(word, cells.get(0), clients >= 0 ? split(cells.get(clients)) : List.of()));
				}
			} else if (header.get(0).equals("not this")) {
				avoid.add(new Avoid(cells.get(0), cells.get(1), List.of()));
			}
		}
		return avoid;
	}

	private static List<String> cells(String line) {
		String inner = line.strip();
		inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
		List<String> cells = new ArrayList<>();
		for (String cell : inner.split("\\|", -1)) {
			cells.add(cell.strip());
		}
		return cells;
	}

	private static List<String> split(String cell) {
		return cell.isEmpty() ? List.of() : Stream.of(cell.split(" / ")).map(String::strip).toList();
	}

	/** Every *_ja.properties of the product: the bundles' and the feature's, never a build's output. */
	static List<Path> japaneseProperties() throws IOException {
		return productFiles(p -> p.getFileName().toString().endsWith("_ja.properties"));
	}

	/** The README and the product's Java sources (not the tests, which may name a word to prove it absent). */
	private static List<Path> textFiles() throws IOException {
		List<Path> files = new ArrayList<>(productFiles(p -> p.toString().endsWith(".java") && !isTest(p)));
		files.add(ROOT.resolve("README.md"));
		return files;
	}

	static boolean isTest(Path p) {
		String path = ROOT.relativize(p).toString();
		return path.contains(".tests/") || path.contains("test.support/") || path.contains("benchmarks/");
	}

	static List<Path> productFiles(java.util.function.Predicate<Path> wanted) throws IOException {
		List<Path> files = new ArrayList<>();
		for (String top : List.of("bundles", "features")) {
			try (Stream<Path> walk = Files.walk(ROOT.resolve(top))) {
				walk.filter(Files::isRegularFile).filter(p -> !ROOT.relativize(p).toString().contains("/target/"))
						.filter(wanted).sorted().forEach(files::add);
			}
		}
		return files;
	}
}
