package cc.enet.mailbox.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;

import cc.enet.mailbox.MailboxPackage;

/** Runs every rule over a workspace (or any part of it) through EMF's Diagnostician, without global registration. */
public final class Validation {

	private final Diagnostician diagnostician;

	public Validation() {
		EValidator.Registry registry = new EValidatorRegistryImpl();
		registry.put(MailboxPackage.eINSTANCE, new MailboxRulesValidator());
		this.diagnostician = new Diagnostician(registry);
	}

	/** The EMF diagnostic tree, messages in {@code locale}. */
	public Diagnostic diagnose(EObject root, Locale locale) {
		return diagnose(root, locale, ServerForwards.NONE);
	}

	/** The EMF diagnostic tree, messages in {@code locale}, loops followed through a server's forwarding too. */
	public Diagnostic diagnose(EObject root, Locale locale, ServerForwards server) {
		Map<Object, Object> context = new HashMap<>(diagnostician.createDefaultContext());
		context.put(Locale.class, locale);
		context.put(ServerForwards.class, server);
		BasicDiagnostic diagnostics = diagnostician.createDefaultDiagnostic(root);
		diagnostician.validate(root, diagnostics, context);
		return diagnostics;
	}

	/**
	 * Every finding under {@code root}, in model order: the same as {@link #diagnose}'s, without building diagnostics
	 * and formatting a message per finding, which took most of the time of a large workspace.
	 */
	public List<Finding> findings(EObject root) {
		return findings(root, ServerForwards.NONE);
	}

	/** Every finding under {@code root}, with loops followed through {@code server}'s forwarding as well. */
	public List<Finding> findings(EObject root, ServerForwards server) {
		WorkspaceIndex index = WorkspaceIndex.of(root, server);
		index.loopThrough(null); // every loop is found now: from here on the index is only read, by several threads
		List<Finding> findings = new ArrayList<>();
		try {
			RuleContext context = new RuleContext(index, findings::add);
			RuleRun.check(root, context);
			for (EReference containment : root.eClass().getEAllContainments()) {
				for (List<Finding> part : inParallel(children(root, containment), index)) {
					findings.addAll(part);
				}
			}
		} catch (RuntimeException e) {
			// A rule that crashed must not pass for a clean workspace.
			throw new IllegalStateException("validation failed: " + e, e);
		}
		return findings;
	}

	/**
	 * The findings of each subtree, in the subtrees' order. The root's children (a workspace's customers) are checked
	 * side by side: a rule reads its own object, its domain and the shared index, never another customer's objects.
	 */
	private static List<List<Finding>> inParallel(List<EObject> subtrees, WorkspaceIndex index) {
		return IntStream.range(0, subtrees.size()).parallel().mapToObj(i -> {
			List<Finding> found = new ArrayList<>();
			RuleContext context = new RuleContext(index, found::add);
			RuleRun.check(subtrees.get(i), context);
			checkContents(subtrees.get(i), context);
			return found;
		}).toList();
	}

	/** The children in one containment, resolved here: resolving a cross-file proxy changes the list. */
	private static List<EObject> children(EObject object, EReference containment) {
		Object value = object.eGet(containment);
		if (value instanceof List<?> list) {
			List<EObject> children = new ArrayList<>(list.size());
			for (int i = 0; i < list.size(); i++) {
				children.add((EObject) list.get(i));
			}
			return children;
		}
		return value instanceof EObject child ? List.of(child) : List.of();
	}

	/**
	 * Every object under {@code object}, in the order of {@code eAllContents()} (depth first, features in the class's
	 * order), walked by index: EMF's tree iterator took a third of a 100,000-mailbox validation.
	 */
	private static void checkContents(EObject object, RuleContext context) {
		for (EReference containment : object.eClass().getEAllContainments()) {
			if (RuleRun.isServerRecord(containment)) {
				continue;
			}
			Object value = object.eGet(containment);
			if (value instanceof List<?> children) {
				for (int i = 0; i < children.size(); i++) {
					EObject child = (EObject) children.get(i);
					RuleRun.check(child, context);
					checkContents(child, context);
				}
			} else if (value instanceof EObject child) {
				RuleRun.check(child, context);
				checkContents(child, context);
			}
		}
	}

	/** The findings as EMF's Diagnostician reports them; {@link #findings} must give the same. */
	public List<Finding> findingsByDiagnostician(EObject root) {
		List<Finding> findings = new ArrayList<>();
		collect(diagnose(root, Locale.ROOT), findings);
		return findings;
	}

	private static void collect(Diagnostic diagnostic, List<Finding> into) {
		for (Diagnostic child : diagnostic.getChildren()) {
			Finding finding = child.getData().stream().filter(Finding.class::isInstance).map(Finding.class::cast)
					.findFirst().orElse(null);
			if (finding != null) {
				into.add(finding);
			} else if (child.getSeverity() >= Diagnostic.ERROR && child.getChildren().isEmpty()) {
				// A rule that crashed must not pass for a clean workspace.
				throw new IllegalStateException("validation failed: " + child.getMessage(), child.getException());
			}
			collect(child, into);
		}
	}

	/** Counts per severity, as the CLI's summary prints them. */
	public record Summary(int errors, int warnings, int infos) {
		public static Summary of(List<Finding> findings) {
			int e = 0, w = 0, i = 0;
			for (Finding f : findings) {
				switch (f.severity()) {
				case ERROR -> e++;
				case WARNING -> w++;
				case INFO -> i++;
				}
			}
			return new Summary(e, w, i);
		}
	}
}
