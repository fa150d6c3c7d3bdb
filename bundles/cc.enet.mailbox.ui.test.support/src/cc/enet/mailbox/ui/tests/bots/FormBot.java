package cc.enet.mailbox.ui.tests.bots;

import java.util.List;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

import cc.enet.mailbox.ui.forms.ModelFormEditor;

/** What every form's fields have in common: typing, committing, choosing, and the decoration a field shows. */
public abstract class FormBot {

	/** What a field's decoration shows: visible, its message, and the rule ids behind it. */
	public record Decoration(boolean visible, String message, List<String> ruleIds) {
		public boolean shows(String ruleId) {
			return visible && ruleIds.contains(ruleId);
		}
	}

	protected abstract ModelFormEditor form();

	/** Types {@code value} into the text as a user would, without committing it. */
	protected void type(Text text, String value) {
		Ui.run(() -> {
			text.setFocus();
			text.setText(value);
		});
	}

	/** Types and presses Enter: the value becomes a command. */
	protected void enter(Text text, String value) {
		type(text, value);
		Ui.run(() -> Ui.notify(text, SWT.DefaultSelection, null));
	}

	protected void choose(Combo combo, String item) {
		Ui.run(() -> {
			int index = combo.indexOf(item);
			if (index < 0) {
				throw new AssertionError("no choice " + item + " in " + List.of(combo.getItems()));
			}
			combo.select(index);
			Ui.notify(combo, SWT.Selection, null);
		});
	}

	protected void click(Button button, boolean selected) {
		Ui.run(() -> {
			button.setSelection(selected);
			Ui.notify(button, SWT.Selection, null);
		});
	}

	protected Decoration decorationOf(Control control) {
		return Ui.sync(() -> {
			ControlDecoration decoration = form().decorations().decorationOf(control);
			return new Decoration(decoration.isVisible(), decoration.getDescriptionText(), form().decorations().ruleIdsOn(control));
		});
	}

	/** Waits until the field's decoration shows (or no longer shows) the rule, e.g. after validation caught up. */
	protected Decoration waitForDecoration(Control control, String ruleId, boolean shown) {
		Ui.waitUntil(ruleId + (shown ? " shows" : " does not show") + " on the field", () -> {
			ControlDecoration decoration = form().decorations().decorationOf(control);
			boolean on = decoration.isVisible() && form().decorations().ruleIdsOn(control).contains(ruleId);
			return on == shown;
		});
		return decorationOf(control);
	}

	public String title() {
		return Ui.sync(() -> form().getTitle());
	}

	/**
	 * How many pixels the form needs beyond the editor's width (0 when it fits): what runs past the right edge can
	 * only be seen by scrolling sideways.
	 */
	public int widthBeyondEditor() {
		return Ui.sync(() -> {
			Composite body = form().body();
			int width = body.getParent().getClientArea().width;
			return Math.max(0, body.computeSize(width, SWT.DEFAULT).x - width); // long labels wrap to the width
		});
	}
}
