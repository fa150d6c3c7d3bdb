package cc.enet.mailbox.ui.tests.bots;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Reads what a screen shows a person (shell titles, labels, buttons, groups, tabs, column headings, the choices of a
 * read-only combo, and the rows of the tables whose cells are the console's words rather than the user's data),
 * keeps each screen's texts that are in the wrong language, and takes a picture of every screen into
 * {@code mailbox.walk.screenshots} (the build output).
 */
public final class ScreenWalk {

	private final String language;
	private final Predicate<String> foreign;
	private final Map<Control, Set<Integer>> wordTables = new HashMap<>();
	private final Map<String, List<String>> wrong = new LinkedHashMap<>();
	private final List<String> screens = new ArrayList<>();

	/** @param foreign whether one text is not in the walk's language */
	public ScreenWalk(String language, Predicate<String> foreign) {
		this.language = language;
		this.foreign = foreign;
	}

	/**
	 * A table or tree whose {@code columns} hold the console's words (a change, a step, a result), not the user's data
	 * (an address, a user name): their cells count.
	 */
	public ScreenWalk wordsIn(Control table, Integer... columns) {
		wordTables.put(table, Set.of(columns));
		return this;
	}

	/** Reads a screen (a dialog's shell or the window) and takes its picture. */
	public void look(String screen, Control root) {
		List<String> texts = Ui.sync(() -> {
			List<String> found = new ArrayList<>();
			if (root instanceof Shell shell) {
				found.add(shell.getText());
			}
			collect(root, found);
			return found;
		});
		screens.add(screen);
		List<String> bad = texts.stream().filter(t -> t != null && !t.isBlank()).filter(foreign).distinct().toList();
		if (!bad.isEmpty()) {
			wrong.put(screen, bad);
		}
		picture(screen, root);
	}

	/** Every screen's texts in the wrong language, by screen; empty when all read in the walk's language. */
	public Map<String, List<String>> wrong() {
		return wrong;
	}

	public List<String> screens() {
		return screens;
	}

	private void collect(Control control, List<String> into) {
		if (!control.isVisible()) {
			return;
		}
		switch (control) {
		case Label label -> into.add(label.getText());
		case CLabel label -> into.add(label.getText());
		case Button button -> into.add(button.getText());
		case Link link -> into.add(link.getText().replaceAll("</?a[^>]*>", ""));
		case Group group -> into.add(group.getText());
		case Combo combo when (combo.getStyle() & SWT.READ_ONLY) != 0 -> into.addAll(Arrays.asList(combo.getItems()));
		case Table table -> {
			Arrays.stream(table.getColumns()).map(TableColumn::getText).forEach(into::add);
			Set<Integer> words = wordTables.getOrDefault(table, Set.of());
			for (TableItem item : words.isEmpty() ? new TableItem[0] : table.getItems()) {
				words.forEach(i -> into.add(item.getText(i)));
			}
		}
		case Tree tree -> {
			Arrays.stream(tree.getColumns()).map(TreeColumn::getText).forEach(into::add);
			collect(tree.getItems(), wordTables.getOrDefault(tree, Set.of()), into);
		}
		case TabFolder folder -> Arrays.stream(folder.getItems()).map(TabItem::getText).forEach(into::add);
		case CTabFolder folder -> Arrays.stream(folder.getItems()).filter(CTabItem::isShowing).map(CTabItem::getText)
				.forEach(into::add);
		default -> {
		}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, into);
			}
		}
	}

	private static void collect(TreeItem[] items, Set<Integer> columns, List<String> into) {
		for (TreeItem item : columns.isEmpty() ? new TreeItem[0] : items) {
			columns.forEach(i -> into.add(item.getText(i)));
			if (item.getExpanded()) {
				collect(item.getItems(), columns, into);
			}
		}
	}

	/** What the display shows of the control, as a PNG; SWT reads the screen, no outside tool is needed. */
	private void picture(String screen, Control root) {
		String dir = System.getProperty("mailbox.walk.screenshots");
		if (dir == null || dir.isBlank()) {
			return;
		}
		Path file = Path.of(dir, language, screen + ".png");
		Ui.run(() -> {
			root.getDisplay().update();
			Rectangle bounds = root instanceof Shell shell ? shell.getBounds()
					: root.getDisplay().map(root.getParent(), null, root.getBounds());
			Image image = new Image(root.getDisplay(), bounds.width, bounds.height);
			GC gc = new GC(root.getDisplay());
			try {
				gc.copyArea(image, bounds.x, bounds.y);
				ImageLoader loader = new ImageLoader();
				loader.data = new ImageData[] { image.getImageData() };
				Files.createDirectories(file.getParent());
				loader.save(file.toString(), SWT.IMAGE_PNG);
			} catch (java.io.IOException e) {
				throw new AssertionError("no picture " + file + ": " + e.getMessage(), e);
			} finally {
				gc.dispose();
				image.dispose();
			}
		});
	}
}
