package cc.enet.mailbox.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cc.enet.mailbox.connector.json.Json;

/** The JSON layer every server answer, plan file, journal and audit line goes through. */
class JsonTest {

	@Test
	void readsEveryKindOfValueKeepingTheOrderOfMembers() {
		Map<String, Object> object = Json.object(Json.parse(
				" {\"z\": 1, \"a\": -2.5, \"m\": [true, false, null], \"s\": \"\\u00e9\\n\\\"\\\\\\/\", \"e\": 1e3, \"o\": {}} "));
		assertEquals(List.of("z", "a", "m", "s", "e", "o"), new ArrayList<>(object.keySet()));
		assertEquals(1L, object.get("z"), "a whole number is a Long (quota bytes do not fit an int)");
		assertEquals(-2.5, object.get("a"));
		assertEquals(Arrays.asList(true, false, null), object.get("m"));
		assertEquals("é\n\"\\/", object.get("s"));
		assertEquals(1000.0, object.get("e"));
		assertEquals(Map.of(), object.get("o"));
		assertEquals(9_007_199_254_740_993L, Json.parse("9007199254740993"), "no precision lost through a double");
		assertEquals("😀", Json.parse("\"\\ud83d\\ude00\""), "a surrogate pair");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"abc\\", "\"abc\\\"", "\"\\u12", "\"\\u12g4\"", "\"\\x\"", "\"open", "[1, 2", "{\"a\":1",
			"{\"a\" 1}", "{\"a\":1,}", "[1,]", "{} x", "[] []", "", "   ", "nul", "tru", "'single'", "{a:1}",
			"[1 2]", "// comment\n1", "NaN", "01", "1.", "-", "[\"tab\there\"]" })
	void malformedTextIsARefusalNamingThePlace(String text) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse(text));
		assertTrue(e.getMessage().startsWith("JSON "), e.getMessage());
		assertEquals(-1, e.getMessage().indexOf('\n'), "one line, for a command's error line: " + e.getMessage());
	}

	@Test
	void aTrailingBackslashSaysWhere() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> Json.parse("{\"message\":\"cut here\\"));
		assertTrue(e.getMessage().contains("line 1 column"), e.getMessage());
	}

	@Test
	void nestingUpToTheLimitIsReadAndBeyondItIsRefused() {
		String atLimit = "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH);
		Object value = Json.parse(atLimit);
		for (int depth = 1; depth < Json.MAX_DEPTH; depth++) {
			value = Json.array(value).get(0);
		}
		assertEquals(List.of(), value);

		String objects = "{\"a\":".repeat(Json.MAX_DEPTH + 1) + "1" + "}".repeat(Json.MAX_DEPTH + 1);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse(objects));
		assertTrue(e.getMessage().contains("nested deeper than " + Json.MAX_DEPTH), e.getMessage());
		String mixed = "[{\"a\":".repeat(40) + "1" + "}]".repeat(40);
		assertThrows(IllegalArgumentException.class, () -> Json.parse(mixed), "arrays and objects count alike");
	}

	@Test
	void writesOneLineThatReadsBackTheSame() {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("event", "intent");
		line.put("pid", 4242L);
		line.put("server", null);
		line.put("message", "quote \" backslash \\ newline \n tab \t bell \u0007 <b>=1&'x'");
		line.put("list", List.of(1L, 2.5, true, "日本語"));
		line.put("nested", Map.of("k", List.of()));

		String text = Json.write(line);

		assertEquals(-1, text.indexOf('\n'), "one line, as the audit log and the journal need");
		assertTrue(text.startsWith("{\"event\":\"intent\",\"pid\":4242,\"server\":null,"), text);
		assertTrue(text.contains("<b>=1&'x'"), "no HTML escaping: the audit line says what was sent " + text);
		assertTrue(text.contains("\\u0007"), text);
		assertEquals(line, Json.parse(text));
	}

	@Test
	void writesScalarsAsJson() {
		assertEquals("\"a\\\"b\"", Json.write("a\"b"));
		assertEquals("null", Json.write(null));
		assertEquals("12", Json.write(12));
		assertEquals("[[\"expunge\",{\"user\":\"u@x\"},\"e\"]]",
				Json.write(List.of(List.of("expunge", Map.of("user", "u@x"), "e"))));
	}

	@Test
	void objectAndArraySayWhatTheyGotInstead() {
		assertEquals("not a JSON object: [1]",
				assertThrows(IllegalArgumentException.class, () -> Json.object(Json.parse("[1]"))).getMessage());
		assertEquals("not a JSON array: {}",
				assertThrows(IllegalArgumentException.class, () -> Json.array(Json.parse("{}"))).getMessage());
	}
}
