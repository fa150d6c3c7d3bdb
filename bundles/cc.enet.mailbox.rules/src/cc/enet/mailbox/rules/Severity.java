package cc.enet.mailbox.rules;

import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;

/** How bad a finding is; the names are the ones the CLI prints and JSON carries. */
public enum Severity {
	ERROR(Diagnostic.ERROR), WARNING(Diagnostic.WARNING), INFO(Diagnostic.INFO);

	private final int diagnosticSeverity;

	Severity(int diagnosticSeverity) {
		this.diagnosticSeverity = diagnosticSeverity;
	}

	public int diagnosticSeverity() {
		return diagnosticSeverity;
	}

	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}
}
