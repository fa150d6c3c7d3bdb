package cc.enet.mailbox.clientconfig;

/**
 * A value a connection cannot use (a port out of range, a host with a line break, a file that holds no certificate):
 * {@link #field()} names where it came from (an option, a key of a file), {@link #problem()} what is wrong, so that
 * each caller can say it in the user's language.
 */
public final class BadValueException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	/** What is wrong; {@link #key()} names its text ({@code input.port}, ...) in the callers' messages. */
	public enum Problem {
		PORT("port"), HOST("host"), ROUTE("route"), LINE_BREAK("lineBreak"), ADDRESS("address"), NO_FILE("noFile"),
		UNREADABLE("unreadable"), NOT_A_CERTIFICATE("notCertificate");

		private final String key;

		Problem(String key) {
			this.key = key;
		}

		public String key() {
			return key;
		}
	}

	private final String field;
	private final Problem problem;
	private final String value;
	private final String part;

	/**
	 * @param value the whole value as given
	 * @param part the piece of it that is wrong (the port of a route), or a detail such as the reason a file is
	 *        unreadable
	 */
	public BadValueException(String field, Problem problem, String value, String part) {
		super(field + " \"" + shown(value) + "\": " + problem.key() + " " + shown(part));
		this.field = field;
		this.problem = problem;
		this.value = value;
		this.part = part;
	}

	public String field() {
		return field;
	}

	public Problem problem() {
		return problem;
	}

	/** The value with control characters made visible ({@code \n}), so a message shows what was really given. */
	public String shownValue() {
		return shown(value);
	}

	public String shownPart() {
		return shown(part);
	}

	private static String shown(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder shown = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
			case '\n' -> shown.append("\\n");
			case '\r' -> shown.append("\\r");
			case '\t' -> shown.append("\\t");
			default -> shown.append(Character.isISOControl(c) ? String.format("\\u%04X", (int) c) : String.valueOf(c));
			}
		}
		return shown.toString();
	}
}
