package cc.enet.mailbox.core.csv;

import java.util.List;
import java.util.stream.Collectors;

/** The import was refused: every problem found, and nothing was changed. */
public final class CsvImportException extends Exception {
	private static final long serialVersionUID = 1L;
	private final transient List<CsvProblem> problems;

	public CsvImportException(List<CsvProblem> problems) {
		super(problems.stream().map(CsvProblem::toString).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public List<CsvProblem> problems() {
		return problems;
	}
}
