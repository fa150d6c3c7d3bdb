package cc.enet.mailbox.connector.json;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.ToNumberPolicy;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;

/**
 * JSON for server APIs, plans and journals, through Gson: text to Map/List/String/Long/Double/Boolean/null and the
 * same back. Every malformed text is an {@link IllegalArgumentException} naming the place, so callers report bad
 * input instead of crashing.
 */
public final class Json {

	/** Nesting a plan, journal or server answer never needs; deeper is an attack on the stack, refused. */
	public static final int MAX_DEPTH = 64;

	/**
	 * Strict RFC 8259; whole numbers as Long (quota bytes, counts), others as Double; null members kept (a plan
	 * entry's missing server value is data); no HTML escaping (an audit line keeps its {@code =} and {@code <}).
	 */
	private static final Gson GSON = new GsonBuilder().setStrictness(Strictness.STRICT)
			.setObjectToNumberStrategy(ToNumberPolicy.LONG_OR_DOUBLE).serializeNulls().disableHtmlEscaping().create();

	private Json() {
	}

	/** The value {@code text} holds; malformed, trailing or nested deeper than {@link #MAX_DEPTH}: refused. */
	public static Object parse(String text) {
		try (JsonReader reader = new DepthLimitedReader(text)) {
			if (reader.peek() == JsonToken.END_DOCUMENT) {
				throw new IllegalArgumentException("JSON unexpected end: no value"); // Gson would answer null
			}
			Object value = GSON.fromJson(reader, Object.class);
			if (reader.peek() != JsonToken.END_DOCUMENT) {
				throw new IllegalArgumentException("JSON trailing text at " + reader.getPath());
			}
			return value;
		} catch (JsonParseException | IOException | IllegalStateException e) {
			// Gson's first line names the place (line, column, path); the next ones point to its website, which is
			// nothing for staff reading "apply: bad plan file". Its exception types are no caller's business.
			String place = String.valueOf(innermost(e).getMessage()).lines().findFirst().orElse("");
			throw new IllegalArgumentException("JSON " + place, e);
		}
	}

	private static Throwable innermost(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	/**
	 * Gson's reader counting nesting itself, so that the refusal says "nested deeper than 64 levels" as the console
	 * always has (callers and tests look for it), not Gson's wording of its own limit.
	 */
	private static final class DepthLimitedReader extends JsonReader {
		private int depth;

		DepthLimitedReader(String text) {
			super(new StringReader(text));
			setStrictness(Strictness.STRICT);
		}

		@Override
		public void beginArray() throws IOException {
			enter();
			super.beginArray();
		}

		@Override
		public void endArray() throws IOException {
			super.endArray();
			depth--;
		}

		@Override
		public void beginObject() throws IOException {
			enter();
			super.beginObject();
		}

		@Override
		public void endObject() throws IOException {
			super.endObject();
			depth--;
		}

		private void enter() throws MalformedJsonException {
			if (++depth > MAX_DEPTH) {
				throw new MalformedJsonException("nested deeper than " + MAX_DEPTH + " levels at " + getPath());
			}
		}
	}

	@SuppressWarnings("unchecked")
	public static Map<String, Object> object(Object value) {
		if (value instanceof Map<?, ?> map) {
			return (Map<String, Object>) map;
		}
		throw new IllegalArgumentException("not a JSON object: " + value);
	}

	@SuppressWarnings("unchecked")
	public static List<Object> array(Object value) {
		if (value instanceof List<?> list) {
			return (List<Object>) list;
		}
		throw new IllegalArgumentException("not a JSON array: " + value);
	}

	/** Writes maps, lists, strings, numbers, booleans and null on one line. */
	public static String write(Object value) {
		return GSON.toJson(value);
	}
}
