package cc.enet.mailbox.connector.json;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON for server APIs, plans and journals: parse to Map/List/String/Long/Double/Boolean/null, and write
 * the same back. Kept small on purpose; the target platform has no JSON library.
 */
public final class Json {

	/** Nesting a plan, journal or server answer never needs; deeper is an attack on the stack, refused. */
	public static final int MAX_DEPTH = 64;

	private final String text;
	private int pos;
	private int depth;

	private Json(String text) {
		this.text = text;
	}

	public static Object parse(String text) {
		Json parser = new Json(text);
		try {
			parser.skipSpace();
			Object value = parser.value();
			parser.skipSpace();
			if (parser.pos != text.length()) {
				throw parser.error("trailing text");
			}
			return value;
		} catch (IndexOutOfBoundsException | NumberFormatException e) {
			throw parser.error("malformed value"); // a cut escape or number: bad input, not a bug
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

	private Object value() {
		if (pos >= text.length()) {
			throw error("unexpected end");
		}
		char c = text.charAt(pos);
		switch (c) {
		case '{':
			return objectValue();
		case '[':
			return arrayValue();
		case '"':
			return string();
		case 't':
			return literal("true", Boolean.TRUE);
		case 'f':
			return literal("false", Boolean.FALSE);
		case 'n':
			return literal("null", null);
		default:
			return number();
		}
	}

	private Map<String, Object> objectValue() {
		enter();
		Map<String, Object> map = new LinkedHashMap<>();
		pos++;
		skipSpace();
		if (peek() == '}') {
			pos++;
			depth--;
			return map;
		}
		while (true) {
			skipSpace();
			String key = string();
			skipSpace();
			expect(':');
			skipSpace();
			map.put(key, value());
			skipSpace();
			if (peek() == ',') {
				pos++;
			} else {
				expect('}');
				depth--;
				return map;
			}
		}
	}

	private List<Object> arrayValue() {
		enter();
		List<Object> list = new ArrayList<>();
		pos++;
		skipSpace();
		if (peek() == ']') {
			pos++;
			depth--;
			return list;
		}
		while (true) {
			skipSpace();
			list.add(value());
			skipSpace();
			if (peek() == ',') {
				pos++;
			} else {
				expect(']');
				depth--;
				return list;
			}
		}
	}

	private String string() {
		expect('"');
		StringBuilder out = new StringBuilder();
		while (true) {
			if (pos >= text.length()) {
				throw error("unterminated string");
			}
			char c = text.charAt(pos++);
			if (c == '"') {
				return out.toString();
			}
			if (c != '\\') {
				out.append(c);
				continue;
			}
			char e = text.charAt(pos++);
			switch (e) {
			case 'n' -> out.append('\n');
			case 'r' -> out.append('\r');
			case 't' -> out.append('\t');
			case 'b' -> out.append('\b');
			case 'f' -> out.append('\f');
			case 'u' -> {
				out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
				pos += 4;
			}
			default -> out.append(e);
			}
		}
	}

	private Object number() {
		int start = pos;
		while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
			pos++;
		}
		String number = text.substring(start, pos);
		if (number.isEmpty()) {
			throw error("unexpected character");
		}
		return number.contains(".") || number.contains("e") || number.contains("E") ? (Object) Double.valueOf(number)
				: (Object) Long.valueOf(number);
	}

	private Object literal(String word, Object value) {
		if (!text.startsWith(word, pos)) {
			throw error("unexpected word");
		}
		pos += word.length();
		return value;
	}

	private void enter() {
		if (++depth > MAX_DEPTH) {
			throw error("nested deeper than " + MAX_DEPTH + " levels");
		}
	}

	private char peek() {
		return pos < text.length() ? text.charAt(pos) : '\0';
	}

	private void expect(char c) {
		if (peek() != c) {
			throw error("expected '" + c + "'");
		}
		pos++;
	}

	private void skipSpace() {
		while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
			pos++;
		}
	}

	private IllegalArgumentException error(String what) {
		return new IllegalArgumentException("JSON " + what + " at character " + pos);
	}

	/** Writes maps, lists, strings, numbers, booleans and null. */
	public static String write(Object value) {
		StringBuilder out = new StringBuilder();
		write(value, out);
		return out.toString();
	}

	private static void write(Object value, StringBuilder out) {
		if (value == null) {
			out.append("null");
		} else if (value instanceof String s) {
			quote(s, out);
		} else if (value instanceof Number || value instanceof Boolean) {
			out.append(value);
		} else if (value instanceof Map<?, ?> map) {
			out.append('{');
			Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
			while (it.hasNext()) {
				Map.Entry<?, ?> entry = it.next();
				quote(String.valueOf(entry.getKey()), out);
				out.append(':');
				write(entry.getValue(), out);
				if (it.hasNext()) {
					out.append(',');
				}
			}
			out.append('}');
		} else if (value instanceof Iterable<?> list) {
			out.append('[');
			Iterator<?> it = list.iterator();
			while (it.hasNext()) {
				write(it.next(), out);
				if (it.hasNext()) {
					out.append(',');
				}
			}
			out.append(']');
		} else {
			quote(value.toString(), out);
		}
	}

	private static void quote(String s, StringBuilder out) {
		out.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				if (c < 0x20) {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		out.append('"');
	}
}
