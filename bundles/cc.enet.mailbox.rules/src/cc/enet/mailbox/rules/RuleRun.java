package cc.enet.mailbox.rules;

import org.eclipse.emf.ecore.EObject;

/** Runs every rule of an object's class on it; shared by the full and the incremental validation. */
final class RuleRun {

	private RuleRun() {
	}

	static void check(EObject object, RuleContext context) {
		for (Constraint<?> constraint : Rules.forClass(object.eClass())) {
			context.use(constraint);
			constraint.checkObject(object, context);
		}
	}
}
