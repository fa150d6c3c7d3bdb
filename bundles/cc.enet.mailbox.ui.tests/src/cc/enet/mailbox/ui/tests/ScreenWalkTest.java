package cc.enet.mailbox.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.markers.MarkerItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.clientconfig.mail.StaffMailAccount;
import cc.enet.mailbox.connector.apply.AuditLog;
import cc.enet.mailbox.core.demo.DemoWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.connector.ui.review.ReviewMessages;
import cc.enet.mailbox.ui.internal.UiMessages;
import cc.enet.mailbox.clientconfig.ui.probe.ProbeResultsView;
import cc.enet.mailbox.connector.ui.review.AuditLogView;
import cc.enet.mailbox.connector.ui.review.ReviewView;
import cc.enet.mailbox.ui.tests.bots.ConsoleBot;
import cc.enet.mailbox.ui.tests.bots.DialogBot;
import cc.enet.mailbox.ui.tests.bots.MailboxTableBot;
import cc.enet.mailbox.ui.tests.bots.ScreenWalk;
import cc.enet.mailbox.ui.tests.bots.Ui;
import cc.enet.mailbox.ui.tests.bots.WizardBot;

/**
 * Walks every view, editor, dialog, wizard page and preference page of the console as a person would see them, and
 * fails on any text in the other language (EnglishScreenWalkTest: Japanese; JapaneseScreenWalkTest, run with -nl ja:
 * English beyond product, protocol and host names). Each screen's picture goes to the build output.
 */
abstract class ScreenWalkTest {

	private static final String DOMAIN = "sakura-trading.co.jp";
	private static final String MAILBOX = "tanaka@sakura-trading.co.jp";
	private static final String OTHER = "suzuki@sakura-trading.co.jp";

	@TempDir
	Path folder;

	/** A walk in this run's language. */
	abstract ScreenWalk walk();

	/** The language of the console this walk reads ("en", "ja"): the other run skips it. */
	abstract String language();

	@Test
	void everyScreenReadsInTheConsolesLanguage() throws Exception {
		assumeTrue(Locale.getDefault().getLanguage().equals(language()), "a walk of the " + language() + " console");
		Path demo = folder.resolve("walk");
		WorkspaceStore.save(DemoWorkspace.create(demo));
		// what an apply writes, so that the Audit Log shows changes and results in words
		AuditLog log = new AuditLog(demo);
		log.record("demo", "set filters of " + MAILBOX + " to allow [] [enet-corp.com, enet.cc], deny [] []", "done", null);
		log.record("demo", "set forwarding of " + MAILBOX + " to sato@sakura-trading.co.jp (keep copy)", "done", null);
		log.record("demo", "create mailbox new@sakura-trading.co.jp", "failed", null);
		ConsoleBot console = ConsoleBot.console();
		console.openWorkspace(demo);
		ScreenWalk walk = walk();
		Shell window = Ui.sync(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());

		// the views, each shown, and the window around them
		AuditLogView audit = (AuditLogView) show(AuditLogView.ID);
		console.auditLog().waitForRows(3);
		walk.wordsIn(Ui.sync(() -> audit.viewer().getTable()), 3, 4); // change, result (not user, server, a server's answer)
		ReviewView review = (ReviewView) show(ReviewView.ID);
		walk.wordsIn(Ui.sync(() -> review.viewer().getTree()), 1, 2, 3, 4, 5, 6, 7); // all but the addresses
		ProbeResultsView results = (ProbeResultsView) show(ProbeResultsView.ID);
		walk.wordsIn(Ui.sync(() -> results.viewer().getTable()), 3, 4, 5); // step, result, detail
		IViewPart problems = show(IPageLayout.ID_PROBLEM_VIEW);
		Tree problemsTree = Ui.sync(() -> ((TreeViewer) problems.getSite().getSelectionProvider()).getTree());
		walk.wordsIn(problemsTree, 0); // the description
		Ui.run(() -> ((TreeViewer) problems.getSite().getSelectionProvider()).expandAll()); // every finding is read
		show(IPageLayout.ID_PROP_SHEET);
		MailboxTableBot table = console.navigator().open(DOMAIN);
		walk.look("window-mailbox-table", window);
		for (String id : List.of(AuditLogView.ID, ReviewView.ID, ProbeResultsView.ID, IPageLayout.ID_PROBLEM_VIEW)) {
			show(id);
			walk.look("view-" + id.substring(id.lastIndexOf('.') + 1), window);
		}

		// the editors
		table.openForm(MAILBOX);
		walk.look("editor-mailbox-form", window);
		console.navigator().doubleClickDomain("midori-clinic.jp");
		walk.look("editor-domain-form", window);

		// the dialogs, wizards and preference pages the commands open
		for (String command : List.of("about", "gettingStarted", "enetHosts", "importCsv", "exportCsv")) {
			Shell dialog = byCommand("cc.enet.mailbox.ui.commands." + command);
			walk.look("dialog-" + command, dialog);
			close(dialog);
		}
		Shell servers = byCommand("cc.enet.mailbox.ui.commands.mailServers");
		walk.look("dialog-mailServers", servers);
		Set<Shell> before = shells();
		Ui.async(() -> Ui.click(DialogBot.button(servers, DialogBot.withoutMnemonic(ReviewMessages.Servers_add))));
		Shell add = newShell(before);
		Ui.run(() -> {
			Combo kind = DialogBot.control(add, Combo.class, "server.kind");
			kind.setText("dovecot"); // the kind with the most settings and named secrets
		});
		walk.look("dialog-mailServers-add-dovecot", add);
		close(add);
		close(servers);

		table = console.navigator().open(DOMAIN);
		before = shells();
		table.select(MAILBOX).clickMenu(MailboxTableBot.menuLabel("command.setupFiles.menu"));
		Shell setup = newShell(before);
		walk.look("dialog-setupFiles", setup);
		close(setup);

		// the bulk edits' dialogs on two rows, the allow/deny entry dialog among them
		table = console.navigator().open(DOMAIN);
		table.select(MAILBOX, OTHER);
		look(walk, "dialog-bulk-quota", table, MailboxTableBot.menuLabel("bulk.quota"));
		look(walk, "dialog-bulk-retentionDays", table, MailboxTableBot.menuLabel("bulk.retention"), UiMessages.Bulk_retentionDays);
		look(walk, "dialog-bulk-filter-add", table, MailboxTableBot.menuLabel("bulk.filters"),
				MailboxTableBot.menuLabel("bulk.filters.add"));
		look(walk, "dialog-bulk-filter-remove", table, MailboxTableBot.menuLabel("bulk.filters"),
				MailboxTableBot.menuLabel("bulk.filters.remove"));

		// Send Setup Mail: with a staff account its own dialog opens (nothing is sent: it is closed)
		new StaffMailAccount("smtp.enet-demo.example", 465, "staff@enet-demo.example", null, null).save(demo);
		table.select(MAILBOX);
		look(walk, "dialog-sendSetup", table, MailboxTableBot.menuLabel("command.sendSetup.menu"));

		// the CSV import's preview of a file
		Path csv = folder.resolve("walk.csv");
		Files.writeString(csv, "address,display_name,quota_mb\r\nnew1@" + DOMAIN + ",New One,1024\r\n"
				+ MAILBOX + ",田中 太郎,2048\r\n");
		Shell wizard = byCommand("cc.enet.mailbox.ui.commands.importCsv");
		WizardBot.of(wizard).file(csv).preview();
		walk.look("dialog-importCsv-preview", wizard);
		close(wizard);

		Shell quickFix = quickFix(problems, problemsTree);
		walk.look("dialog-quickFix", quickFix);
		close(quickFix);

		assertTrue(walk.wrong().isEmpty(), () -> "text in the wrong language on " + walk.wrong().size() + " of "
				+ walk.screens().size() + " screens:\n" + walk.wrong().entrySet().stream()
						.map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n")));
	}

	/** Chooses the table's context-menu item along {@code menu}, reads the dialog it opens, and closes it. */
	private static void look(ScreenWalk walk, String screen, MailboxTableBot table, String... menu) {
		Set<Shell> before = shells();
		table.clickMenu(menu);
		Shell dialog = newShell(before);
		walk.look(screen, dialog);
		close(dialog);
	}

	private static IViewPart show(String id) {
		return Ui.sync(() -> {
			try {
				return page().showView(id);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Runs the command as its menu item would (it opens a modal dialog: not waited for) and returns the new shell. */
	private static Shell byCommand(String id) {
		Set<Shell> before = shells();
		Ui.async(() -> {
			try {
				PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(id, null);
			} catch (Exception e) {
				throw new IllegalStateException(id, e);
			}
		});
		return newShell(before);
	}

	/** The Problems view's Quick Fix on the domain's STARTTLS finding (it has a fix), as Ctrl+1 opens it. */
	private static Shell quickFix(IViewPart problems, Tree tree) {
		Ui.run(() -> {
			page().activate(problems);
			((TreeViewer) problems.getSite().getSelectionProvider()).expandAll();
			TreeItem item = starttls(tree.getItems());
			if (item == null) {
				throw new AssertionError("no STARTTLS finding in the Problems view");
			}
			tree.setSelection(item);
			Ui.notify(tree, SWT.Selection, item);
		});
		return byCommand("org.eclipse.jdt.ui.edit.text.java.correction.assist.proposals");
	}

	private static TreeItem starttls(TreeItem[] items) {
		for (TreeItem item : items) {
			if (item.getData() instanceof MarkerItem marker && marker.getMarker() != null
					&& "tls.starttls".equals(marker.getMarker().getAttribute("ruleId", ""))) {
				return item;
			}
			TreeItem child = starttls(item.getItems());
			if (child != null) {
				return child;
			}
		}
		return null;
	}

	private static Set<Shell> shells() {
		return Ui.sync(() -> new HashSet<>(Arrays.asList(Ui.display().getShells())));
	}

	private static Shell newShell(Set<Shell> before) {
		Ui.waitUntil("a dialog opens", () -> Arrays.stream(Ui.display().getShells())
				.anyMatch(s -> !before.contains(s) && !s.isDisposed() && s.isVisible()));
		Shell shell = Ui.sync(() -> Arrays.stream(Ui.display().getShells())
				.filter(s -> !before.contains(s) && !s.isDisposed() && s.isVisible()).findFirst().orElseThrow());
		Ui.sync(() -> {
			shell.layout(true, true);
			return null;
		});
		return shell;
	}

	private static void close(Shell shell) {
		Ui.run(() -> {
			if (!shell.isDisposed()) {
				shell.close();
			}
		});
		Ui.waitUntil("the dialog closed", shell::isDisposed);
	}
}
