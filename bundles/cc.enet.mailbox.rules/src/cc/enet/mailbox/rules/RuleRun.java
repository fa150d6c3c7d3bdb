package cc.enet.mailbox.rules;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import cc.enet.mailbox.MailboxPackage;

/** Runs every rule of an object's class on it; shared by the full and the incremental validation. */
final class RuleRun {

	private RuleRun() {
	}

	/**
	 * Whether a containment holds what a server was last seen to have (a mailbox's base states, with their own copy
	 * of forwarding and filters): a record of the server, not the model's settings, so no rule reads it. Else every
	 * apply would double the findings of what it applied.
	 */
	static boolean isServerRecord(EStructuralFeature containment) {
		return containment == MailboxPackage.Literals.MAILBOX__SERVER_STATES;
	}

	/** Whether {@code object} lies in such a record (the Diagnostician visits every object). */
	static boolean inServerRecord(EObject object) {
		for (EObject o = object; o != null && o.eContainer() != null; o = o.eContainer()) {
			if (isServerRecord(o.eContainmentFeature())) {
				return true;
			}
		}
		return false;
	}

	static void check(EObject object, RuleContext context) {
		for (Constraint<?> constraint : Rules.forClass(object.eClass())) {
			context.use(constraint);
			constraint.checkObject(object, context);
		}
	}
}
