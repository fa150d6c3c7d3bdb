package cc.enet.mailbox.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import cc.enet.mailbox.SendEncoding;
import cc.enet.mailbox.model.EnumLabels;
import cc.enet.mailbox.ui.session.ConsoleSession;
import cc.enet.mailbox.ui.internal.UiMessages;
import cc.enet.mailbox.ui.tests.bots.ConsoleBot;
import cc.enet.mailbox.ui.tests.bots.DialogBot;
import cc.enet.mailbox.ui.tests.bots.MailboxTableBot;
import cc.enet.mailbox.ui.tests.bots.NavigatorBot;
import cc.enet.mailbox.ui.tests.bots.Ui;

/** The console's menus are commands: bound to keys, enabled by the selection, and Help has About and Getting Started. */
class CommandsTest {

	private static final String OPEN_TABLE = "cc.enet.mailbox.ui.commands.openMailboxTable";
	private static final String EDIT_DOMAIN = "cc.enet.mailbox.ui.commands.editDomain";
	private static final String OPEN_ALL = "cc.enet.mailbox.ui.commands.openAllMailboxes";
	private static final String GETTING_STARTED = "cc.enet.mailbox.ui.commands.gettingStarted";
	private static final String ABOUT = "cc.enet.mailbox.ui.commands.about";
	private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
	private static final String BULK_EDIT = "cc.enet.mailbox.ui.commands.bulkEdit";

	@TempDir
	Path folder;
	ConsoleBot console;

	@BeforeEach
	void openDemo() {
		console = ConsoleBot.console();
		console.openWorkspace(folder.resolve("demo"));
	}

	@Test
	void everyConsoleCommandHasAKeyBindingTheMenuShows() {
		for (String id : List.of("cc.enet.mailbox.ui.commands.openWorkspace", "cc.enet.mailbox.ui.commands.importCsv",
				"cc.enet.mailbox.ui.commands.exportCsv", OPEN_ALL, OPEN_TABLE, EDIT_DOMAIN,
				"cc.enet.mailbox.ui.commands.gettingStarted")) {
			String binding = Ui.sync(() -> PlatformUI.getWorkbench().getService(IBindingService.class)
					.getBestActiveBindingFormattedFor(id));
			assertTrue(binding != null && !binding.isEmpty(), "no key binding for " + id);
		}
		String openTable = NavigatorBot.commandName(OPEN_TABLE);
		assertEquals(Ui.sync(() -> PlatformUI.getWorkbench().getService(IBindingService.class)
				.getBestActiveBindingFormattedFor(OPEN_TABLE)), console.navigator().contextMenuBinding("sakura-trading.co.jp", openTable));
		List<String> menus = console.menuLabels();
		for (String id : List.of("cc.enet.mailbox.ui.commands.openWorkspace", "cc.enet.mailbox.ui.commands.importCsv",
				"cc.enet.mailbox.ui.commands.exportCsv", "cc.enet.mailbox.ui.commands.mailServers",
				"cc.enet.mailbox.ui.commands.enetHosts", "cc.enet.mailbox.ui.commands.enetContact", GETTING_STARTED, ABOUT)) {
			assertTrue(menus.stream().map(CommandsTest::withoutMnemonic).anyMatch(NavigatorBot.commandName(id)::equals),
					id + " in " + menus);
		}
	}

	/** "はじめに(G)" is "はじめに": Japanese menus show the mnemonic after the text. */
	private static String withoutMnemonic(String label) {
		return label.replaceAll("\\([A-Z0-9]\\)", "");
	}

	/** The menu bar's label for a command, as a user reads it (mnemonic included, "&" left out). */
	private String shownAs(String id) {
		String name = NavigatorBot.commandName(id);
		return console.menuLabels().stream().filter(l -> withoutMnemonic(l).equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no menu item for " + id));
	}

	@Test
	void theNavigatorsCommandsFollowItsSelection() {
		String openTable = NavigatorBot.commandName(OPEN_TABLE);
		String editDomain = NavigatorBot.commandName(EDIT_DOMAIN);

		String editCustomer = NavigatorBot.commandName("cc.enet.mailbox.ui.commands.editCustomer");

		Map<String, Boolean> onCustomer = console.navigator().contextMenu("さくら商事");
		assertEquals(Boolean.TRUE, onCustomer.get(openTable), onCustomer::toString);
		assertEquals(Boolean.FALSE, onCustomer.get(editDomain), onCustomer::toString);
		assertEquals(Boolean.TRUE, onCustomer.get(editCustomer), onCustomer::toString);

		Map<String, Boolean> onDomain = console.navigator().contextMenu("sakura-trading.co.jp");
		assertEquals(Boolean.TRUE, onDomain.get(openTable), onDomain::toString);
		assertEquals(Boolean.TRUE, onDomain.get(editDomain), onDomain::toString);
		assertEquals(Boolean.FALSE, onDomain.get(editCustomer), onDomain::toString);
		assertTrue(onDomain.containsKey(NavigatorBot.commandName(OPEN_ALL)), onDomain::toString);
	}

	@Test
	void aKeyBindingRunsTheCommandAsTheMenuWould() {
		Ui.run(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false));
		Ui.run(() -> {
			try {
				PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(OPEN_ALL, null);
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		});
		assertEquals(28, console.activeTable().rowCount());
	}

	@Test
	void helpShowsGettingStartedAndAboutWithTheLibrariesAndTheirLicences() {
		String help = UiMessages.Menu_help.replace("&", "");
		console.clickMainMenu(help, shownAs(GETTING_STARTED));
		DialogBot steps = DialogBot.waitFor(UiMessages.GettingStarted_title);
		assertTrue(steps.texts().contains(UiMessages.GettingStarted_steps), steps.texts()::toString);
		assertTrue(UiMessages.GettingStarted_steps.contains("demo"), "the walk starts from the demo workspace");
		steps.press(IDialogConstants.OK_ID);

		console.clickMainMenu(help, shownAs(ABOUT));
		DialogBot about = DialogBot.waitFor(UiMessages.About_title);
		String version = Ui.sync(() -> FrameworkUtil.getBundle(ConsoleSession.class).getVersion().getQualifier());
		assertTrue(about.texts().stream().anyMatch(t -> t.contains("0.1.0") && t.contains(version)), about.texts()::toString);
		List<List<String>> libraries = about.tableRows();
		assertTrue(libraries.stream().anyMatch(r -> r.get(0).contains("EMF") || r.get(0).contains("emf")), libraries::toString);
		assertTrue(libraries.stream().noneMatch(r -> r.get(2).isEmpty()), "a library without a licence");
		assertFalse(libraries.stream().anyMatch(r -> r.get(0).startsWith("cc.enet.mailbox")), "the product's own bundles");
		assertEquals(List.of(), about.tableCellsCutOff(), "every library, version and licence reads whole");
		about.press(IDialogConstants.OK_ID);
	}

	@Test
	void theMailboxTablesMenuIsCommandsEnabledByTheSelection() {
		MailboxTableBot table = console.navigator().open("sakura-trading.co.jp");
		Ui.run(() -> table.editor().table().select(List.of(), true));
		Map<String, Boolean> none = table.contextMenu();
		String open = MailboxTableBot.menuLabel("command.openMailboxForm.menu").replace("&", "");
		String quota = MailboxTableBot.menuLabel("bulk.quota");
		assertEquals(Boolean.FALSE, none.get(open), none::toString);
		assertEquals(Boolean.FALSE, none.get(quota), none::toString);
		assertFalse(console.isEnabled(BULK_EDIT));

		table.select("tanaka@sakura-trading.co.jp", "suzuki@sakura-trading.co.jp");
		Map<String, Boolean> two = table.contextMenu();
		assertEquals(Boolean.TRUE, two.get(open), two::toString);
		assertEquals(Boolean.TRUE, two.get(quota), two::toString);
		assertTrue(console.isEnabled(BULK_EDIT));
		assertEquals(Arrays.stream(SendEncoding.values()).map(EnumLabels::label).toList(),
				List.copyOf(table.contextMenu(MailboxTableBot.menuLabel("bulk.encoding")).keySet()), "the guide's words");

		table.clickMenu(MailboxTableBot.menuLabel("bulk.encoding"), EnumLabels.label(SendEncoding.UTF_8));
		assertEquals(SendEncoding.UTF_8, table.mailbox("suzuki@sakura-trading.co.jp").getSendEncoding());
		assertEquals(SendEncoding.UTF_8, table.mailbox("tanaka@sakura-trading.co.jp").getSendEncoding());
		console.undo();
		assertFalse(console.isDirty(), "the two rows were one command");
	}

	@Test
	void everyCommandAndMenuLabelIsInEnglishAndJapanese() throws IOException {
		Properties japanese = new Properties();
		for (String name : List.of("cc.enet.mailbox.ui", "cc.enet.mailbox.connector.ui", "cc.enet.mailbox.clientconfig.ui",
				"cc.enet.mailbox.team.ui")) {
			Bundle bundle = Platform.getBundle(name);
			Properties ownJapanese = load(bundle, "OSGI-INF/l10n/bundle_ja.properties");
			assertEquals(load(bundle, "OSGI-INF/l10n/bundle.properties").keySet(), ownJapanese.keySet(), name);
			japanese.putAll(ownJapanese);
		}
		for (String key : List.of("command.openMailboxForm", "command.bulkEdit", "bulk.quota", "bulk.encoding", "bulk.retention",
				"bulk.keepCopy", "bulk.filters", "bulk.filters.add", "command.decide", "command.setupFiles",
				"command.testSettings", "command.teamSynchronize", "view.review", "view.probeResults")) {
			assertTrue(JAPANESE.matcher(japanese.getProperty(key, "")).find(), key + " = " + japanese.getProperty(key));
		}
	}

	private static Properties load(Bundle bundle, String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = bundle.getEntry(path).openStream()) {
			properties.load(in);
		}
		return properties;
	}
}
