package cc.enet.mailbox.rules;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * One rule of Enet's guide, checked on objects of one model class. Its id is a public contract: the CLI, JSON
 * output, the docs and the quick fixes all name rules by it.
 */
public abstract class Constraint<T extends EObject> {

	private final String id;
	private final Severity severity;
	private final EClass target;

	protected Constraint(String id, Severity severity, EClass target) {
		this.id = id;
		this.severity = severity;
		this.target = target;
	}

	public final String id() {
		return id;
	}

	public final Severity severity() {
		return severity;
	}

	/** Whether this rule checks objects of {@code eClass}; by default, of the target class and its subclasses. */
	public boolean appliesTo(EClass eClass) {
		return target.isSuperTypeOf(eClass);
	}

	@SuppressWarnings("unchecked")
	final void checkObject(EObject object, RuleContext context) {
		check((T) object, context);
	}

	/** Reports every breach of this rule on {@code object} through {@code context}. */
	protected abstract void check(T object, RuleContext context);
}
