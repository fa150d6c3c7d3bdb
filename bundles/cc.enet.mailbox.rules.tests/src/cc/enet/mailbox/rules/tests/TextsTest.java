package cc.enet.mailbox.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cc.enet.mailbox.AuthMethod;
import cc.enet.mailbox.model.Texts;
import cc.enet.mailbox.rules.internal.RuleMessages;

/**
 * The one way texts are loaded outside the UI ({@link Texts}), and every text of the product in both languages: a
 * key in one language only, or a key the code asks for that no file holds, fails here rather than showing as
 * {@code !key!}.
 */
class TextsTest {

	/** A literal key handed to a text look-up: {@code text.get("usage.missingOption", ...)}, {@code t(locale, "...")}. */
	private static final Pattern LOOKUP = Pattern.compile(
			"\\b(?:get|format|text|t)\\((?:[\\w.]+(?:\\(\\))?, )?\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");

	private static final Path BUNDLES = Path.of(System.getProperty("mailbox.repo.root", "../.."), "bundles");

	@Test
	void aMissingKeyShowsAsItselfBetweenExclamationMarks() {
		assertEquals("!no.such.key!", RuleMessages.format(Locale.ENGLISH, "no.such.key"));
		assertEquals("!no.such.key!", RuleMessages.format(Locale.JAPANESE, "no.such.key", 1));
	}

	@Test
	void aWholeNumberShowsAsItsDigitsAndAValueInStaffsWords() {
		Texts texts = Texts.beside(RuleMessages.class);
		String port = texts.get(Locale.ENGLISH, "port.mismatch", AuthMethod.CRAM_MD5, 55465, 995L);
		assertTrue(port.contains("55465") && !port.contains("55,465"), port);
		String japanese = texts.get(Locale.JAPANESE, "auth.method", AuthMethod.CRAM_MD5, "pop3");
		assertTrue(japanese.contains("CRAM-MD5") && !japanese.contains("CRAM_MD5"), japanese);
	}

	@Test
	void everyTextFileHasTheSameKeysInEnglishAndJapanese() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path english : textFiles()) {
			Path japanese = english.resolveSibling(english.getFileName().toString().replace(".properties", "_ja.properties"));
			if (!Files.exists(japanese)) {
				problems.add(BUNDLES.relativize(japanese) + " is missing");
				continue;
			}
			Set<String> en = load(english).stringPropertyNames();
			Set<String> ja = load(japanese).stringPropertyNames();
			for (String key : new TreeSet<>(en)) {
				if (!ja.contains(key)) {
					problems.add(BUNDLES.relativize(japanese) + ": no " + key);
				}
			}
			for (String key : new TreeSet<>(ja)) {
				if (!en.contains(key)) {
					problems.add(BUNDLES.relativize(english) + ": no " + key);
				}
			}
		}
		assertEquals(List.of(), problems);
	}

	@Test
	void everyKeyTheCodeAsksForIsInItsBundle() throws IOException {
		List<String> problems = new ArrayList<>();
		int asked = 0;
		try (Stream<Path> bundles = Files.list(BUNDLES)) {
			for (Path bundle : bundles.filter(TextsTest::isProductBundle).sorted().toList()) {
				Set<String> keys = new HashSet<>();
				for (Path file : textFiles()) {
					if (file.startsWith(bundle)) {
						keys.addAll(load(file).stringPropertyNames());
					}
				}
				for (Path source : files(bundle.resolve("src"), ".java")) {
					Matcher lookup = LOOKUP.matcher(Files.readString(source));
					while (lookup.find()) {
						asked++;
						if (!keys.contains(lookup.group(1))) {
							problems.add(BUNDLES.relativize(source) + ": " + lookup.group(1));
						}
					}
				}
			}
		}
		assertEquals(List.of(), problems);
		assertTrue(asked > 200, "the look-ups were found: " + asked);
	}

	/** The English files of every bundle below the UI (the UI's NLS classes fail on a missing field themselves). */
	private static List<Path> textFiles() throws IOException {
		List<Path> found = new ArrayList<>();
		try (Stream<Path> bundles = Files.list(BUNDLES)) {
			for (Path bundle : bundles.filter(TextsTest::isProductBundle).sorted().toList()) {
				for (Path file : files(bundle, ".properties")) {
					String name = file.getFileName().toString();
					if (name.equals("messages.properties") || name.equals("labels.properties")
							|| name.equals("bundle.properties") && file.getParent().endsWith("OSGI-INF/l10n")) {
						found.add(file);
					}
				}
			}
		}
		return found;
	}

	private static boolean isProductBundle(Path bundle) {
		String name = bundle.getFileName().toString();
		return name.startsWith("cc.enet.mailbox.") && !name.endsWith(".tests") && !name.contains(".nl.ja.")
				&& !name.endsWith(".test.support") && !name.endsWith(".benchmarks") && Files.isDirectory(bundle);
	}

	private static List<Path> files(Path folder, String ending) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(f -> f.toString().endsWith(ending) && !f.toString().contains("/target/")).sorted().toList();
		}
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
			properties.load(in);
		}
		return properties;
	}
}
