package cc.enet.mailbox.clientconfig;

import java.util.List;
import java.util.Locale;

import cc.enet.mailbox.clientconfig.internal.ClientConfigText;

/** A setup file was not written: a file that carries a wrong setting must never leave. */
public final class SetupRefusedException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String place;
	private final transient List<SetupProblem> problems;

	public SetupRefusedException(String place, List<SetupProblem> problems) {
		super(place + ": " + problems.size() + " problems");
		this.place = place;
		this.problems = List.copyOf(problems);
	}

	/** The mailbox or domain the file was asked for. */
	public String place() {
		return place;
	}

	public List<SetupProblem> problems() {
		return problems;
	}

	public String summary(Locale locale) {
		return ClientConfigText.get(locale, "refused", place, problems.size());
	}
}
