package cc.enet.mailbox.ui.tests.bots;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.core.csv.MailboxTsv;
import cc.enet.mailbox.model.Addresses;
import cc.enet.mailbox.ui.editors.MailboxTableEditor;
import cc.enet.mailbox.ui.internal.UiMessages;
import cc.enet.mailbox.ui.table.MailboxTableColumn;

/** One mailbox table: rows, cells, selection, the context menu's bulk edits, copy and paste. */
public final class MailboxTableBot {

	private final MailboxTableEditor editor;

	MailboxTableBot(MailboxTableEditor editor) {
		this.editor = editor;
	}

	public MailboxTableEditor editor() {
		return editor;
	}

	public void waitUntilLoaded() {
		Ui.waitUntil("the table " + editor.getTitle() + " shows its rows",
				() -> editor.allMailboxes() != null && editor.queriesDone() > 0 && !editor.isQueryRunning());
	}

	private Table table() {
		return editor.table().viewer().getTable();
	}

	public int rowCount() {
		return Ui.sync(() -> table().getItemCount());
	}

	public List<String> headers() {
		return Ui.sync(() -> Arrays.stream(table().getColumns()).map(TableColumn::getText).toList());
	}

	/** The text of one cell as the table draws it. */
	public String cell(String address, MailboxTableColumn column) {
		return Ui.sync(() -> {
			Mailbox[] rows = editor.table().rows();
			for (int i = 0; i < rows.length; i++) {
				if (Addresses.key(rows[i].getAddress()).equals(Addresses.key(address))) {
					return table().getItem(i).getText(column.ordinal());
				}
			}
			throw new AssertionError(address + " is not in the table");
		});
	}

	public Mailbox mailbox(String address) {
		return Ui.sync(() -> editor.allMailboxes().stream()
				.filter(m -> Addresses.key(m.getAddress()).equals(Addresses.key(address))).findFirst()
				.orElseThrow(() -> new AssertionError(address + " is not in the table's scope")));
	}

	public MailboxTableBot select(String... addresses) {
		List<Mailbox> mailboxes = Arrays.stream(addresses).map(this::mailbox).toList();
		int selected = Ui.sync(() -> editor.table().select(mailboxes, true));
		if (selected != addresses.length) {
			throw new AssertionError("only " + selected + " of " + addresses.length + " rows are shown");
		}
		return this;
	}

	public List<String> selectedAddresses() {
		return Ui.sync(() -> editor.table().selectedMailboxes().stream().map(Mailbox::getAddress).toList());
	}

	public MailboxTableBot search(String text) {
		long before = Ui.sync(editor::queriesDone);
		Ui.run(() -> editor.table().searchField().setText(text));
		Ui.waitUntil("the search shows its rows", () -> editor.queriesDone() > before && !editor.isQueryRunning());
		return this;
	}

	/** Selects the mailbox, context menu > Open: its form. */
	public MailboxFormBot openForm(String address) {
		select(address);
		clickMenu(menuLabel("command.openMailboxForm.menu"));
		return ConsoleBot.console().activeMailboxForm();
	}

	/** Context menu > Set Quota..., typed into the dialog, OK. */
	public void setQuota(int megabytes) {
		clickMenu(menuLabel("bulk.quota"));
		DialogBot.waitFor(UiMessages.Bulk_setQuotaTitle).setText(Integer.toString(megabytes)).ok();
	}

	/** A context-menu label as a UI bundle's plugin.xml gives it (its bundle.properties, in the console's language). */
	public static String menuLabel(String key) {
		for (String bundle : List.of("cc.enet.mailbox.ui", "cc.enet.mailbox.clientconfig.ui", "cc.enet.mailbox.connector.ui")) {
			ResourceBundle labels = Platform.getResourceBundle(Platform.getBundle(bundle));
			if (labels.containsKey(key)) {
				return labels.getString(key);
			}
		}
		throw new MissingResourceException("no UI bundle labels " + key, "bundle.properties", key);
	}

	/** The items of the context menu (or of its submenu along {@code path}): label without "&" to enabled. */
	public Map<String, Boolean> contextMenu(String... path) {
		return Ui.sync(() -> {
			ConsoleBot.page().activate(editor);
			Menu menu = table().getMenu();
			for (String step : path) {
				Ui.notify(menu, SWT.Show, null);
				menu = Arrays.stream(menu.getItems()).filter(i -> step.replace("&", "").equals(i.getText().replace("&", "")))
						.findFirst().orElseThrow(() -> new AssertionError("no submenu " + step)).getMenu();
			}
			Ui.notify(menu, SWT.Show, null);
			Map<String, Boolean> items = new LinkedHashMap<>();
			for (MenuItem item : menu.getItems()) {
				if ((item.getStyle() & SWT.SEPARATOR) == 0) {
					items.put(item.getText().replace("&", "").replaceAll("\\t.*", ""), Boolean.valueOf(item.isEnabled()));
				}
			}
			Ui.notify(menu, SWT.Hide, null);
			return items;
		});
	}

	/** Clicks a context-menu item by its text, in the menu or one of its submenus, as a user would. */
	public void clickMenu(String... path) {
		MenuItem item = Ui.sync(() -> {
			ConsoleBot.page().activate(editor); // a right-click makes the table the active part
			Menu menu = table().getMenu();
			MenuItem found = null;
			for (String step : path) {
				Ui.notify(menu, SWT.Show, null); // the MenuManager fills the menu when it is about to show
				found = Arrays.stream(menu.getItems()).filter(i -> step.replace("&", "").equals(i.getText().replace("&", ""))).findFirst()
						.orElseThrow(() -> new AssertionError("no menu item " + step));
				if (!found.isEnabled()) {
					throw new AssertionError("menu item " + step + " is disabled");
				}
				menu = found.getMenu() != null ? found.getMenu() : menu;
			}
			return found;
		});
		Ui.async(() -> Ui.click(item)); // may open a modal dialog: do not wait here
		Ui.sync(() -> null);
	}

	public String copy() {
		return Ui.sync(() -> {
			editor.clipboard().copySelection();
			Clipboard clipboard = new Clipboard(Ui.display());
			try {
				return (String) clipboard.getContents(TextTransfer.getInstance());
			} finally {
				clipboard.dispose();
			}
		});
	}

	/** Pastes TSV text as Edit > Paste does with it on the clipboard; returns the rejected lines. */
	public List<MailboxTsv.Problem> paste(String tsv) {
		return Ui.sync(() -> editor.clipboard().paste(tsv));
	}

	/** The field a finding outlined (Problems view > double-click), or null. */
	public MailboxTableColumn markedField() {
		return Ui.sync(() -> editor.table().markedField());
	}

	/** Whether the selected row's cell in {@code column} lies wholly inside the table as it is scrolled now. */
	public boolean selectedCellInView(MailboxTableColumn column) {
		return Ui.sync(() -> {
			Table table = table();
			int[] selected = table.getSelectionIndices();
			int index = -1;
			for (int i = 0; i < table.getColumnCount(); i++) {
				if (table.getColumn(i).getData() == column) {
					index = i;
				}
			}
			if (selected.length == 0 || index < 0) {
				return false;
			}
			Rectangle cell = table.getItem(selected[0]).getBounds(index);
			Rectangle area = table.getClientArea();
			return cell.x >= area.x && cell.x + cell.width <= area.x + area.width && cell.y >= area.y
					&& cell.y + cell.height <= area.y + area.height;
		});
	}

	/** Waits until {@code address} is among the selected rows (a selection the table makes itself, e.g. after a jump). */
	public void waitForSelection(String address) {
		Ui.waitUntil(address + " is selected", () -> editor().table().selectedMailboxes().stream()
				.anyMatch(m -> m.getAddress().equals(address)));
	}
}
