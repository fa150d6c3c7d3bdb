package cc.enet.mailbox.rules;

import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

/** The obvious repair of a finding, as an EMF command so the editors can undo it and the CLI can run it. */
public interface QuickFix {

	/** The rules this fix repairs. */
	boolean fixes(String ruleId);

	String label(Locale locale, Finding finding);

	/** A command that repairs {@code finding}, or an unexecutable command when there is nothing left to repair. */
	Command createCommand(EditingDomain domain, Finding finding);
}
