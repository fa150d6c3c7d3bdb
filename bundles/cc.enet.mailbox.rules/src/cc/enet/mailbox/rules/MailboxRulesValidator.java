package cc.enet.mailbox.rules;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;

/**
 * The guide's rules as an EMF {@link EValidator}: EMF's Diagnostician, the editors and the CLI all validate through
 * it. Each diagnostic carries its {@link Finding} as data, after the target object and feature.
 */
public final class MailboxRulesValidator implements EValidator {

	public static final String SOURCE = "cc.enet.mailbox.rules";

	@Override
	public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(eObject.eClass(), eObject, diagnostics, context);
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		List<Constraint<?>> constraints = Rules.forClass(eClass);
		if (constraints.isEmpty() || RuleRun.inServerRecord(eObject)) {
			return true;
		}
		boolean[] valid = { true };
		RuleContext ruleContext = new RuleContext(indexFor(eObject, context), finding -> {
			valid[0] &= finding.severity() != Severity.ERROR;
			if (diagnostics != null) {
				diagnostics.add(toDiagnostic(finding, localeOf(context)));
			}
		});
		for (Constraint<?> constraint : constraints) {
			ruleContext.use(constraint);
			constraint.checkObject(eObject, ruleContext);
		}
		return valid[0];
	}

	@Override
	public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/** One index per validation run: the Diagnostician hands every object the same context map. */
	private static WorkspaceIndex indexFor(EObject eObject, Map<Object, Object> context) {
		if (context == null) {
			return WorkspaceIndex.of(eObject);
		}
		Object server = context.get(ServerForwards.class);
		return (WorkspaceIndex) context.computeIfAbsent(WorkspaceIndex.class, k -> WorkspaceIndex.of(eObject,
				server instanceof ServerForwards forwards ? forwards : ServerForwards.NONE));
	}

	private static Locale localeOf(Map<Object, Object> context) {
		Object locale = context == null ? null : context.get(Locale.class);
		return locale instanceof Locale l ? l : Locale.getDefault();
	}

	static BasicDiagnostic toDiagnostic(Finding finding, Locale locale) {
		return new BasicDiagnostic(finding.severity().diagnosticSeverity(), SOURCE, Rules.codeOf(finding.ruleId()),
				finding.message(locale), new Object[] { finding.target(), finding.feature(), finding });
	}
}
