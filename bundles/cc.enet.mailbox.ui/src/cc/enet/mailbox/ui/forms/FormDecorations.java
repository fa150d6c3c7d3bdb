package cc.enet.mailbox.ui.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;

import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.Severity;

/**
 * A ControlDecoration per field showing the rule findings on that field: the session's findings for the committed
 * value, or the findings of the value as typed while a text differs from the model. Error or warning icon by the
 * worst severity; the description is every message, in the user's language.
 */
public final class FormDecorations {

	private record Binding(ControlDecoration decoration, Supplier<EObject> target, Set<EStructuralFeature> features) {
	}

	private final Map<Control, Binding> bindings = new LinkedHashMap<>();
	private final Map<Control, List<Finding>> typed = new LinkedHashMap<>();
	private final Locale locale;
	private List<Finding> committed = List.of();

	public FormDecorations(Locale locale) {
		this.locale = locale;
	}

	public void bind(Control control, Supplier<EObject> target, EStructuralFeature... features) {
		ControlDecoration decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
		decoration.setMarginWidth(2);
		decoration.hide();
		bindings.put(control, new Binding(decoration, target, Set.of(features)));
		control.addDisposeListener(e -> decoration.dispose());
	}

	/** The findings of the value as typed in {@code control}; null returns it to the committed value's findings. */
	public void setTyped(Control control, List<Finding> findings) {
		if (findings == null) {
			typed.remove(control);
		} else {
			typed.put(control, findings);
		}
		update(control);
	}

	/** The session's latest findings; every field shows those of its object and features. */
	public void setCommitted(List<Finding> findings) {
		committed = findings;
		bindings.keySet().forEach(this::update);
	}

	public List<Finding> shownOn(Control control) {
		List<Finding> t = typed.get(control);
		if (t != null) {
			return t;
		}
		Binding binding = bindings.get(control);
		if (binding == null) {
			return List.of();
		}
		EObject target = binding.target().get();
		if (target == null) {
			return List.of();
		}
		List<Finding> result = new ArrayList<>();
		for (Finding finding : committed) {
			if (finding.target() == target && binding.features().contains(finding.feature()) && finding.severity() != Severity.INFO) {
				result.add(finding);
			}
		}
		return result;
	}

	/** The decoration of a field, for tests. */
	public ControlDecoration decorationOf(Control control) {
		Binding binding = bindings.get(control);
		return binding == null ? null : binding.decoration();
	}

	private void update(Control control) {
		Binding binding = bindings.get(control);
		if (binding == null || control.isDisposed()) {
			return;
		}
		List<Finding> shown = shownOn(control);
		ControlDecoration decoration = binding.decoration();
		if (shown.isEmpty()) {
			decoration.setDescriptionText(null);
			decoration.hide();
			return;
		}
		boolean error = shown.stream().anyMatch(f -> f.severity() == Severity.ERROR);
		decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(
				error ? FieldDecorationRegistry.DEC_ERROR : FieldDecorationRegistry.DEC_WARNING).getImage());
		decoration.setDescriptionText(shown.stream().map(f -> f.message(locale)).distinct().collect(Collectors.joining("\n")));
		decoration.show();
	}

	/** Rule ids shown on a field, for tests. */
	public List<String> ruleIdsOn(Control control) {
		return shownOn(control).stream().map(Finding::ruleId).distinct().toList();
	}
}
