package cc.enet.mailbox.test.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A bundle's messages.properties and messages_ja.properties: the same keys, each with the same arguments. */
public final class Translations {

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

	private Translations() {
	}

	/**
	 * @param owner a class of the bundle that holds the files
	 * @param folder the files' folder inside the bundle, e.g. "cc/enet/mailbox/connector/james"
	 */
	public static void assertComplete(Class<?> owner, String folder) throws IOException {
		Properties english = load(owner, folder + "/messages.properties");
		Properties japanese = load(owner, folder + "/messages_ja.properties");
		assertFalse(english.isEmpty(), folder);
		assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(japanese.stringPropertyNames()),
				folder + ": the same keys in English and Japanese");
		for (String key : english.stringPropertyNames()) {
			assertEquals(arguments(english.getProperty(key)), arguments(japanese.getProperty(key)),
					folder + ": " + key + " takes the same arguments in both languages");
		}
	}

	private static Set<String> arguments(String pattern) {
		Set<String> found = new TreeSet<>();
		Matcher m = ARGUMENT.matcher(pattern);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	private static Properties load(Class<?> owner, String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = owner.getClassLoader().getResourceAsStream(path)) {
			assertNotNull(in, path);
			properties.load(in);
		}
		return properties;
	}
}
