package cc.enet.mailbox.ui.forms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.ui.internal.ConsoleSession;
import cc.enet.mailbox.ui.internal.SessionEditorPart;
import cc.enet.mailbox.ui.internal.UiMessages;

/**
 * A form on one model object. Every change is a command on the session's editing domain (so Undo/Redo, the dirty
 * marker and Save are the table's); an adapter on the object refreshes the form after changes made elsewhere
 * (undo, bulk edits, quick fixes), and refreshing never issues a command.
 */
public abstract class ModelFormEditor extends SessionEditorPart implements ConsoleSession.Listener {

	protected ConsoleSession session;
	protected FormDecorations decorations;
	private final List<Runnable> refreshers = new ArrayList<>();
	private boolean refreshing;
	private boolean refreshQueued;
	private Composite body;
	private final EContentAdapter adapter = new EContentAdapter() {
		@Override
		protected void addAdapter(Notifier notifier) {
			// a domain's form follows the domain, not each of its (possibly 100,000) mailboxes
			if (notifier == object() || !(notifier instanceof Mailbox)) {
				super.addAdapter(notifier);
			}
		}

		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (!notification.isTouch()) {
				queueRefresh();
			}
		}
	};

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

	@Override
	public final void createPartControl(Composite parent) {
		decorations = new FormDecorations(session.locale());
		ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		body = new Composite(scroll, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		createForm(body);
		scroll.setContent(body);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		object().eAdapters().add(adapter);
		refresh();
		decorations.setCommitted(session.findings().list());
	}

	protected abstract void createForm(Composite parent);

	// ---- commands

	/** Executes {@code command} on the session's stack; nothing while the form is being refreshed. */
	protected void execute(Command command) {
		if (refreshing || command == null) {
			return;
		}
		if (command.canExecute()) {
			session.commandStack().execute(command);
		}
	}

	/** Sets {@code feature} of the contained object {@code ref} of {@code owner}, creating it in the same command when missing. */
	protected Command setIn(EObject owner, EReference ref, EStructuralFeature feature, Object value) {
		EObject child = (EObject) owner.eGet(ref);
		if (child != null) {
			return SetCommand.create(session.editingDomain(), child, feature, value);
		}
		EObject created = EcoreUtil.create(ref.getEReferenceType());
		created.eSet(feature, value);
		return SetCommand.create(session.editingDomain(), owner, ref, created);
	}

	@SuppressWarnings("unchecked")
	protected Command addIn(EObject owner, EReference ref, EStructuralFeature feature, Object value) {
		EObject child = (EObject) owner.eGet(ref);
		if (child != null) {
			return AddCommand.create(session.editingDomain(), child, feature, value);
		}
		EObject created = EcoreUtil.create(ref.getEReferenceType());
		((Collection<Object>) created.eGet(feature)).add(value);
		return SetCommand.create(session.editingDomain(), owner, ref, created);
	}

	protected Command removeIn(EObject owner, EReference ref, EStructuralFeature feature, Collection<?> values) {
		EObject child = (EObject) owner.eGet(ref);
		return child == null ? null : RemoveCommand.create(session.editingDomain(), child, feature, values);
	}

	protected Command set(EObject owner, EStructuralFeature feature, Object value) {
		return SetCommand.create(session.editingDomain(), owner, feature, value);
	}

	// ---- widgets

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

	/** A text committed on Enter or when it loses focus, refreshed from {@code read}. */
	protected Text text(Composite parent, Supplier<String> read, Consumer<String> commit) {
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.horizontalIndent = 8;
		data.widthHint = 200;
		text.setLayoutData(data);
		Runnable doCommit = () -> {
			String value = read.get();
			if (!text.getText().equals(value == null ? "" : value)) {
				commit.accept(text.getText());
			}
		};
		text.addListener(SWT.DefaultSelection, e -> doCommit.run());
		text.addListener(SWT.FocusOut, e -> doCommit.run());
		refreshers.add(() -> {
			String value = read.get();
			if (!text.getText().equals(value == null ? "" : value)) {
				text.setText(value == null ? "" : value); // e.g. undo: the typed value's findings no longer apply
				decorations.setTyped(text, null);
			}
		});
		return text;
	}

	protected Button check(Composite parent, String label, Supplier<Boolean> read, Consumer<Boolean> commit) {
		Button button = new Button(parent, SWT.CHECK);
		button.setText(label);
		GridData data = new GridData();
		data.horizontalIndent = 8;
		button.setLayoutData(data);
		button.addListener(SWT.Selection, e -> commit.accept(Boolean.valueOf(button.getSelection())));
		refreshers.add(() -> button.setSelection(Boolean.TRUE.equals(read.get())));
		return button;
	}

	protected <T> Combo combo(Composite parent, List<T> values, Function<T, String> labels, Supplier<T> read, Consumer<T> commit) {
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		GridData data = new GridData();
		data.horizontalIndent = 8;
		combo.setLayoutData(data);
		values.forEach(v -> combo.add(labels.apply(v)));
		combo.addListener(SWT.Selection, e -> {
			int index = combo.getSelectionIndex();
			if (index >= 0 && values.get(index) != read.get()) {
				commit.accept(values.get(index));
			}
		});
		refreshers.add(() -> combo.select(values.indexOf(read.get())));
		return combo;
	}

	/** A list with an entry field, Add and Remove; {@code typed} checks an entry as it is typed (null: nothing to show). */
	protected EntryList entryList(Composite parent, String title, Supplier<List<String>> read, Consumer<String> add,
			Consumer<List<String>> remove, Function<String, List<Finding>> typed) {
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
		Runnable doAdd = () -> {
			String value = entry.getText().trim();
			if (!value.isEmpty()) {
				add.accept(value);
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
				remove.accept(List.of(list.getSelection()));
			}
		});
		refreshers.add(() -> {
			List<String> values = read.get();
			if (!List.of(list.getItems()).equals(values)) {
				list.setItems(values.toArray(String[]::new));
			}
		});
		return new EntryList(list, entry, addButton, removeButton);
	}

	/** The widgets of an editable list, for the form's decorations and for tests. */
	public record EntryList(org.eclipse.swt.widgets.List list, Text entry, Button add, Button remove) {
	}

	// ---- refresh

	private void queueRefresh() {
		if (refreshQueued || body == null || body.isDisposed()) {
			return;
		}
		refreshQueued = true;
		Display.getDefault().asyncExec(() -> {
			refreshQueued = false;
			if (body != null && !body.isDisposed()) {
				refresh();
			}
		});
	}

	/** Shows the model's values; issues no command. */
	public void refresh() {
		refreshing = true;
		try {
			refreshers.forEach(Runnable::run);
			afterRefresh();
		} finally {
			refreshing = false;
		}
	}

	protected void afterRefresh() {
	}

	protected boolean isRefreshing() {
		return refreshing;
	}

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
		object().eAdapters().remove(adapter);
		super.dispose();
	}

	/** Focuses a control and sets its text as a user typing would (Modify fires); for the page objects. */
	public static void typeInto(Control control, String value) {
		control.setFocus();
		((Text) control).setText(value);
	}
}
