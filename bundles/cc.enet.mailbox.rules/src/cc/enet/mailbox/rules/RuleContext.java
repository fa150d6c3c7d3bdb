package cc.enet.mailbox.rules;

import java.util.Arrays;
import java.util.Collections;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import cc.enet.mailbox.rules.internal.Places;

/** What a constraint sees while it checks one object: the workspace-wide index and a way to report. */
public final class RuleContext {

	private final WorkspaceIndex index;
	private final FindingSink sink;
	private Constraint<?> current;

	/** Receives findings as the checks produce them. */
	public interface FindingSink {
		void accept(Finding finding);
	}

	public RuleContext(WorkspaceIndex index, FindingSink sink) {
		this.index = index;
		this.sink = sink;
	}

	public WorkspaceIndex index() {
		return index;
	}

	void use(Constraint<?> constraint) {
		this.current = constraint;
	}

	/** Reports the current rule on {@code target}'s {@code feature}, with the rule id as message key. */
	public void report(EObject target, EStructuralFeature feature, Object... arguments) {
		reportWithMessage(current.id(), target, feature, arguments);
	}

	/**
	 * Reports the current rule with a message of its own (a rule with more than one way to break). An argument may be
	 * null (a field not filled in yet): that must not abort the validation of the object and everything under it.
	 */
	public void reportWithMessage(String messageKey, EObject target, EStructuralFeature feature, Object... arguments) {
		reportWithSeverity(current.severity(), messageKey, target, feature, arguments);
	}

	/**
	 * Reports the current rule with a severity of its own: a rule whose lighter breach is only questionable (a host
	 * name outside Enet's list) is a warning, its real breach (no host at all) the rule's own severity.
	 */
	public void reportWithSeverity(Severity severity, String messageKey, EObject target, EStructuralFeature feature,
			Object... arguments) {
		sink.accept(new Finding(current.id(), severity, target, feature, Places.featurePath(target, feature),
				Places.mailboxOf(target), Places.domainOf(target), messageKey,
				Collections.unmodifiableList(Arrays.asList(arguments.clone()))));
	}
}
