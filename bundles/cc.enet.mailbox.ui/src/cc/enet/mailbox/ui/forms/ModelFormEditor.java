package cc.enet.mailbox.ui.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.core.databinding.Binding;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.observable.IObservable;
import org.eclipse.core.databinding.observable.Realm;
import org.eclipse.core.databinding.observable.list.IObservableList;
import org.eclipse.core.databinding.observable.value.DecoratingObservableValue;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.validation.ValidationStatus;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.databinding.EMFProperties;
import org.eclipse.emf.databinding.FeaturePath;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.databinding.swt.DisplayRealm;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;

import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.Severity;
import cc.enet.mailbox.rules.Validation;
import cc.enet.mailbox.ui.session.ConsoleSession;
import cc.enet.mailbox.ui.parts.SessionEditorPart;
import cc.enet.mailbox.ui.internal.UiMessages;

/**
 * A form on one model object, its fields bound to the model by data binding (a context per form, in the display's
 * realm). Every edit is one command on the session's editing domain (so Undo/Redo, the dirty marker and Save are the
 * table's); changes made elsewhere (undo, bulk edits, quick fixes) reach the fields through the EMF observables,
 * and showing them issues no command.
 */
public abstract class ModelFormEditor extends SessionEditorPart implements ConsoleSession.Listener {

	protected ConsoleSession session;
	protected FormDecorations decorations;
	private Realm realm;
	private DataBindingContext bindings;
	private final List<IObservable> observables = new ArrayList<>();
	/** Each text field and its model value: a text showing the model's value shows the session's findings. */
	private final Map<Text, IObservableValue<Object>> texts = new LinkedHashMap<>();
	private Composite body;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		session = ConsoleSession.current();
		if (session == null) {
			throw new PartInitException(UiMessages.Editor_noWorkspace);
		}
		if (!(input instanceof ModelFormInput)) {
			throw new PartInitException("not a form input: " + input);
		}
		setSite(site);
		setInputWithNotify(input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
		ConsoleSession.addListener(this);
	}

	public EObject object() {
		return ((ModelFormInput) getEditorInput()).object();
	}

	@Override
	public ConsoleSession session() {
		return session;
	}

	public FormDecorations decorations() {
		return decorations;
	}

	/** The composite holding the form's groups, inside the editor's scrolled area. */
	public Composite body() {
		return body;
	}

	@Override
	public final void createPartControl(Composite parent) {
		decorations = new FormDecorations(session.locale());
		realm = DisplayRealm.getRealm(parent.getDisplay());
		bindings = new DataBindingContext(realm);
		ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		body = new Composite(scroll, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		createForm(body);
		scroll.setContent(body);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		// laid out to the editor's width, so long labels wrap; only what cannot wrap scrolls sideways
		scroll.addListener(SWT.Resize, e -> scroll.setMinSize(body.computeSize(scroll.getClientArea().width, SWT.DEFAULT)));
		scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		decorations.setCommitted(session.findings().list());
	}

	protected abstract void createForm(Composite parent);

	// ---- observables

	/**
	 * The value at the end of {@code path} from {@code owner}, followed through EMF data binding (undo, bulk edits
	 * and quick fixes show without a command), set as one command on the session's stack ({@link PathCommands}).
	 */
	@SuppressWarnings("unchecked")
	protected IObservableValue<Object> observe(EObject owner, EStructuralFeature... path) {
		IObservableValue<Object> value = EMFProperties.value(FeaturePath.fromList(path)).observe(realm, owner);
		return track(new DecoratingObservableValue<>(value, true) {
			@Override
			public void setValue(Object newValue) {
				checkRealm();
				execute(PathCommands.set(session.editingDomain(), owner, List.of(path), newValue));
			}
		});
	}

	@SuppressWarnings("unchecked")
	private IObservableList<String> observeList(EObject owner, List<EStructuralFeature> path) {
		return track(EMFProperties.list(FeaturePath.fromList(path.toArray(EStructuralFeature[]::new))).observe(realm, owner));
	}

	private <T extends IObservable> T track(T observable) {
		observables.add(observable);
		return observable;
	}

	/**
	 * The rule findings on a detached copy holding a value as typed, those {@code shown} by the field (INFO never);
	 * none where a rule cannot judge a copy: the committed value is still checked by the session.
	 */
	static List<Finding> typedFindings(EObject copy, Predicate<Finding> shown) {
		try {
			return new Validation().findings(copy).stream().filter(f -> f.severity() != Severity.INFO && shown.test(f)).toList();
		} catch (RuntimeException e) {
			return List.of();
		}
	}

	/** Whether the finding is about {@code entry} (one of its arguments, case aside). */
	static boolean names(Finding finding, String entry) {
		return finding.arguments().stream().anyMatch(a -> String.valueOf(a).equalsIgnoreCase(entry));
	}

	protected void execute(Command command) {
		if (command.canExecute()) {
			session.commandStack().execute(command);
		}
	}

	// ---- widgets

	/** A checkbox label longer than this is a sentence (the guide's explanations), wrapped to the form's width. */
	private static final int SENTENCE = 40;

	protected Group group(Composite parent, String title, int columns) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		group.setLayout(new GridLayout(columns, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return group;
	}

	protected Label label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		return label;
	}

	/**
	 * A text bound to {@code model}, committed on Enter or when it loses focus. While it differs from the model,
	 * {@code typed} (may be null) gives the findings of the value as typed.
	 */
	protected Text text(Composite parent, IObservableValue<Object> model, Function<String, List<Finding>> typed) {
		return text(parent, model, typed, s -> s);
	}

	/** A whole number bound to {@code model}, as {@link #text}. */
	protected Text number(Composite parent, IObservableValue<Object> model, Function<String, List<Finding>> typed) {
		return text(parent, model, typed, s -> Integer.valueOf(s.trim()));
	}

	/**
	 * A text whose typed value {@code parse} reads into the model's value; what it refuses (an
	 * IllegalArgumentException) goes back to the model's value, as no command.
	 */
	protected Text text(Composite parent, IObservableValue<Object> model, Function<String, List<Finding>> typed,
			Function<String, Object> parse) {
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.horizontalIndent = 8;
		data.widthHint = 200;
		text.setLayoutData(data);
		texts.put(text, model);
		// also runs when an undo shows the model's value: the typed value's findings no longer apply then
		text.addListener(SWT.Modify, e -> decorations.setTyped(text,
				showsModel(text) || typed == null ? null : typed.apply(text.getText())));
		UpdateValueStrategy<String, Object> toModel = UpdateValueStrategy.create(IConverter.create(String.class, Object.class, parse::apply));
		toModel.setAfterGetValidator(s -> {
			try {
				parse.apply(s);
				return ValidationStatus.ok();
			} catch (NumberFormatException e) {
				return ValidationStatus.error(UiMessages.Bulk_notWholeNumber);
			} catch (IllegalArgumentException e) {
				return ValidationStatus.error(String.valueOf(e.getMessage()));
			}
		});
		Binding binding = bindings.bindValue(WidgetProperties.text(SWT.DefaultSelection, SWT.FocusOut).observe(text), model,
				toModel, UpdateValueStrategy.create(IConverter.create(Object.class, String.class, ModelFormEditor::shown)));
		// what is not a value of the field (a quota of "many") goes back to the model's value, as no command
		binding.getValidationStatus().addValueChangeListener(e -> {
			if (!e.diff.getNewValue().isOK()) {
				binding.updateModelToTarget();
			}
		});
		return text;
	}

	private boolean showsModel(Text text) {
		return text.getText().equals(shown(texts.get(text).getValue()));
	}

	private static String shown(Object value) {
		return value == null ? "" : value.toString();
	}

	protected Button check(Composite parent, String label, IObservableValue<Object> model) {
		boolean sentence = label.length() > SENTENCE;
		Button button = new Button(parent, SWT.CHECK | (sentence ? SWT.WRAP : SWT.NONE));
		button.setText(label);
		// a label that is a sentence wraps within the form's width rather than run past the editor's right edge
		GridData data = sentence ? new GridData(SWT.FILL, SWT.CENTER, true, false) : new GridData();
		data.horizontalIndent = 8;
		button.setLayoutData(data);
		bindings.bindValue(WidgetProperties.buttonSelection().observe(button), model,
				UpdateValueStrategy.create(IConverter.create(Boolean.class, Object.class, b -> b)),
				UpdateValueStrategy.create(IConverter.create(Object.class, Boolean.class, Boolean.TRUE::equals)));
		return button;
	}

	protected <T> Combo combo(Composite parent, List<T> values, Function<T, String> labels, IObservableValue<Object> model) {
		ComboViewer viewer = comboViewer(parent, values, labels);
		bindings.bindValue(ViewerProperties.singleSelection().observe(viewer), model);
		return viewer.getCombo();
	}

	/**
	 * A combo of names bound to a text attribute that is null when none is chosen: {@code names} holds "" for that
	 * choice, which {@code labels} names.
	 */
	protected ComboViewer nameCombo(Composite parent, List<String> names, Function<String, String> labels,
			IObservableValue<Object> model) {
		ComboViewer viewer = comboViewer(parent, names, labels);
		bindings.bindValue(ViewerProperties.singleSelection().observe(viewer), model,
				UpdateValueStrategy.create(IConverter.create(Object.class, Object.class, v -> "".equals(v) ? null : v)),
				UpdateValueStrategy.create(IConverter.create(Object.class, Object.class, v -> v == null ? "" : v)));
		return viewer;
	}

	private <T> ComboViewer comboViewer(Composite parent, List<T> values, Function<T, String> labels) {
		ComboViewer viewer = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		GridData data = new GridData();
		data.horizontalIndent = 8;
		viewer.getCombo().setLayoutData(data);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		@SuppressWarnings("unchecked")
		Function<Object, String> label = element -> labels.apply((T) element);
		viewer.setLabelProvider(LabelProvider.createTextProvider(label));
		viewer.setInput(values);
		return viewer;
	}

	/**
	 * The list at the end of {@code path} with an entry field, Add (while fewer than {@code max}) and Remove, each one
	 * command; {@code typed} checks an entry as it is typed (null: nothing to show).
	 */
	protected EntryList entryList(Composite parent, String title, EObject owner, List<EStructuralFeature> path, int max,
			Function<String, List<Finding>> typed) {
		Group group = group(parent, title, 3);
		org.eclipse.swt.widgets.List list = new org.eclipse.swt.widgets.List(group, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
		GridData listData = new GridData(SWT.FILL, SWT.FILL, true, false, 3, 1);
		listData.heightHint = 70;
		listData.horizontalIndent = 8;
		list.setLayoutData(listData);
		Text entry = new Text(group, SWT.BORDER | SWT.SINGLE);
		GridData entryData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		entryData.horizontalIndent = 8;
		entry.setLayoutData(entryData);
		Button addButton = new Button(group, SWT.PUSH);
		addButton.setText(UiMessages.Form_add);
		Button removeButton = new Button(group, SWT.PUSH);
		removeButton.setText(UiMessages.Form_remove);

		IObservableList<String> values = observeList(owner, path);
		Runnable show = () -> {
			if (!list.isDisposed()) {
				list.setItems(values.toArray(String[]::new));
				addButton.setEnabled(values.size() < max);
			}
		};
		values.addListChangeListener(e -> show.run());
		show.run();

		Runnable doAdd = () -> {
			String value = entry.getText().trim();
			if (!value.isEmpty() && values.size() < max) {
				execute(PathCommands.add(session.editingDomain(), owner, path, value));
				entry.setText("");
			}
		};
		addButton.addListener(SWT.Selection, e -> doAdd.run());
		entry.addListener(SWT.DefaultSelection, e -> doAdd.run());
		entry.addListener(SWT.Modify, e -> {
			String value = entry.getText().trim();
			decorations.setTyped(entry, value.isEmpty() || typed == null ? null : typed.apply(value));
		});
		removeButton.addListener(SWT.Selection, e -> {
			if (list.getSelectionCount() > 0) {
				execute(PathCommands.remove(session.editingDomain(), owner, path, List.of(list.getSelection())));
			}
		});
		return new EntryList(list, entry, addButton, removeButton);
	}

	/** The widgets of an editable list, for the form's decorations and for tests. */
	public record EntryList(org.eclipse.swt.widgets.List list, Text entry, Button add, Button remove) {
	}

	// ---- session events

	@Override
	public void modelChanged(ConsoleSession changed) {
		if (changed == session) {
			firePropertyChange(PROP_DIRTY);
			if (object().eResource() == null && body != null && !body.isDisposed()) {
				// the mailbox or domain left the workspace (a delete, or the undo of its creation): nothing to edit
				Display.getDefault().asyncExec(() -> getSite().getPage().closeEditor(this, false));
			}
		}
	}

	@Override
	public void findingsChanged(ConsoleSession changed) {
		if (changed == session && decorations != null && body != null && !body.isDisposed()) {
			texts.keySet().stream().filter(this::showsModel).forEach(text -> decorations.setTyped(text, null));
			decorations.setCommitted(session.findings().list());
		}
	}

	@Override
	public void sessionOpened(ConsoleSession opened) {
		if (opened != session) {
			getSite().getPage().closeEditor(this, false);
		}
	}

	@Override
	public void setFocus() {
		if (body != null && !body.isDisposed()) {
			body.setFocus();
		}
	}

	@Override
	public void dispose() {
		ConsoleSession.removeListener(this);
		if (bindings != null) {
			bindings.dispose();
		}
		observables.forEach(IObservable::dispose); // the EMF observables leave the model objects' adapters
		super.dispose();
	}

}
