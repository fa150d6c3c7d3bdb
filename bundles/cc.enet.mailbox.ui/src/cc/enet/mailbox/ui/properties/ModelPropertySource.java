package cc.enet.mailbox.ui.properties;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

import cc.enet.mailbox.model.EnumLabels;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.MailboxSettings;
import cc.enet.mailbox.provider.MailboxEditPlugin;
import cc.enet.mailbox.ui.internal.EditLabels;
import cc.enet.mailbox.ui.internal.UiMessages;

/**
 * The Properties view's rows for a model object, built from the EMF item property descriptors of the edit bundle
 * (labels and categories in the user's language). A mailbox also shows its forwarding and filters. Every change
 * is a SetCommand on the session's editing domain, so Undo reverses it.
 */
public final class ModelPropertySource implements IPropertySource {

	private static final String[] YES_NO = { UiMessages.Value_yes, UiMessages.Value_no };

	private final EObject object;
	private final AdapterFactory adapterFactory;
	private final EditingDomain domain;
	private List<Row> rows;

	public ModelPropertySource(EObject object, AdapterFactory adapterFactory, EditingDomain domain) {
		this.object = object;
		this.adapterFactory = adapterFactory;
		this.domain = domain;
	}

	/** One row: an owner (the object, or its forwarding/filters) and one of its attributes. */
	private record Row(String id, EObject owner, EAttribute attribute, IItemPropertyDescriptor itemDescriptor) {
	}

	private List<Row> rows() {
		if (rows == null) {
			rows = new ArrayList<>();
			addRows(object, "");
			if (object instanceof Mailbox mailbox) {
				if (mailbox.getForwarding() != null) {
					addRows(mailbox.getForwarding(), "forwarding.");
				}
			}
			if (object instanceof MailboxSettings settings && settings.getFilters() != null) {
				addRows(settings.getFilters(), "filters.");
			}
		}
		return rows;
	}

	private void addRows(EObject owner, String prefix) {
		IItemPropertySource source = (IItemPropertySource) adapterFactory.adapt(owner, IItemPropertySource.class);
		if (source == null) {
			return;
		}
		for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(owner)) {
			if (descriptor.getFeature(owner) instanceof EAttribute attribute) {
				rows.add(new Row(prefix + attribute.getName(), owner, attribute, descriptor));
			}
		}
	}

	private Row row(Object id) {
		return rows().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
	}

	@Override
	public Object getEditableValue() {
		return object;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		return rows().stream().map(this::descriptor).toArray(IPropertyDescriptor[]::new);
	}

	private IPropertyDescriptor descriptor(Row row) {
		EObject owner = row.owner();
		IItemPropertyDescriptor item = row.itemDescriptor();
		boolean editable = item.canSetProperty(owner) && row.attribute().isChangeable();
		EAttribute attribute = row.attribute();
		PropertyDescriptor descriptor = new PropertyDescriptor(row.id(), item.getDisplayName(owner)) {
			@Override
			public CellEditor createPropertyEditor(Composite parent) {
				if (!editable) {
					return null;
				}
				if (attribute.getEAttributeType() instanceof EEnum eEnum) {
					return new ComboBoxCellEditor(parent, enumLabels(eEnum, item, owner), SWT.READ_ONLY);
				}
				if (isBoolean(attribute)) {
					return new ComboBoxCellEditor(parent, YES_NO, SWT.READ_ONLY);
				}
				TextCellEditor editor = new TextCellEditor(parent);
				if (isInt(attribute)) {
					editor.setValidator(value -> {
						try {
							Integer.parseInt(String.valueOf(value).strip());
							return null;
						} catch (NumberFormatException e) {
							return UiMessages.Bulk_notWholeNumber;
						}
					});
				}
				return editor;
			}
		};
		descriptor.setCategory(category(owner));
		descriptor.setDescription(item.getDescription(owner));
		descriptor.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object value) {
				return display(attribute, value, item, owner);
			}
		});
		return descriptor;
	}

	private static String category(EObject owner) {
		return MailboxEditPlugin.INSTANCE.getString("_UI_" + owner.eClass().getName() + "_type");
	}

	/** The value as its cell editor takes it: an index for enums and booleans, text otherwise. */
	@Override
	public Object getPropertyValue(Object id) {
		Row row = row(id);
		if (row == null) {
			return null;
		}
		Object value = row.owner().eGet(row.attribute());
		EAttribute attribute = row.attribute();
		if (attribute.getEAttributeType() instanceof EEnum eEnum) {
			return Integer.valueOf(value == null ? 0 : eEnum.getELiterals().indexOf(eEnum.getEEnumLiteral(((Enumerator) value).getValue())));
		}
		if (isBoolean(attribute)) {
			return Integer.valueOf(Boolean.TRUE.equals(value) ? 0 : 1);
		}
		if (attribute.isMany()) {
			return String.join("; ", ((List<?>) value).stream().map(String::valueOf).toList());
		}
		return value == null ? "" : String.valueOf(value);
	}

	private String display(EAttribute attribute, Object editorValue, IItemPropertyDescriptor item, EObject owner) {
		if (attribute.getEAttributeType() instanceof EEnum eEnum && editorValue instanceof Integer index) {
			String[] labels = enumLabels(eEnum, item, owner);
			return index >= 0 && index < labels.length ? labels[index] : "";
		}
		if (isBoolean(attribute) && editorValue instanceof Integer index) {
			return index >= 0 && index < 2 ? YES_NO[index] : "";
		}
		return editorValue == null ? "" : String.valueOf(editorValue);
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// no defaults to go back to: values come from the domain's defaults when a mailbox is made
	}

	@Override
	public void setPropertyValue(Object id, Object editorValue) {
		Row row = row(id);
		if (row == null) {
			return;
		}
		Object value = modelValue(row.attribute(), editorValue);
		if (value == null || value.equals(row.owner().eGet(row.attribute()))) {
			return;
		}
		Command command = EditLabels.set(SetCommand.create(domain, row.owner(), row.attribute(), value), row.owner(),
				row.attribute(), value);
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	private static Object modelValue(EAttribute attribute, Object editorValue) {
		if (attribute.getEAttributeType() instanceof EEnum eEnum) {
			int index = editorValue instanceof Integer i ? i : -1;
			return index >= 0 && index < eEnum.getELiterals().size() ? eEnum.getELiterals().get(index).getInstance() : null;
		}
		if (isBoolean(attribute)) {
			return editorValue instanceof Integer i && i >= 0 ? Boolean.valueOf(i == 0) : null;
		}
		String text = editorValue == null ? "" : String.valueOf(editorValue);
		if (attribute.isMany()) {
			return Arrays.stream(text.split("[;,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		}
		if (isInt(attribute)) {
			try {
				return Integer.valueOf(text.strip());
			} catch (NumberFormatException e) {
				return null;
			}
		}
		return text;
	}

	/** The values in the guide's words, in the user's language (never a literal such as NORMAL_PASSWORD). */
	private static String[] enumLabels(EEnum eEnum, IItemPropertyDescriptor item, EObject owner) {
		return eEnum.getELiterals().stream().map(l -> EnumLabels.label(l.getInstance())).toArray(String[]::new);
	}

	private static boolean isBoolean(EAttribute attribute) {
		EDataType type = attribute.getEAttributeType();
		return !attribute.isMany() && (type.getInstanceClass() == boolean.class || type.getInstanceClass() == Boolean.class);
	}

	private static boolean isInt(EAttribute attribute) {
		EDataType type = attribute.getEAttributeType();
		return type.getInstanceClass() == int.class || type.getInstanceClass() == Integer.class;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ModelPropertySource source && source.object == object;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(object);
	}

	public EObject object() {
		return object;
	}

	static boolean isEditable(EStructuralFeature feature) {
		return feature.isChangeable();
	}
}
