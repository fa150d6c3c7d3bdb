package cc.enet.mailbox.team.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.credentials.SecureStorageCredentialStore;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.team.RemoteCredentials;
import cc.enet.mailbox.team.merge.MergeConflict;
import cc.enet.mailbox.team.merge.MergeDecisions;
import cc.enet.mailbox.test.support.GitHttpServer;
import cc.enet.mailbox.test.support.MailboxCli;
import cc.enet.mailbox.ui.session.ConsoleSession;
import cc.enet.mailbox.ui.session.WorkspaceOpener;
import cc.enet.mailbox.ui.tests.bots.ConsoleBot;
import cc.enet.mailbox.ui.tests.bots.DialogBot;
import cc.enet.mailbox.ui.tests.bots.Ui;

/**
 * Team > Synchronize in the console against a real Git remote (git http-backend on 127.0.0.1:54003): another staff
 * member pushed a different quota for the same mailbox, the console lists the conflict with base, mine and theirs,
 * OK waits for a decision, and "take theirs" merges, pushes and shows the merged workspace.
 */
class TeamSynchronizeTest {

	private static final String COMMAND = "cc.enet.mailbox.ui.commands.teamSynchronize";

	@TempDir
	Path dir;
	private String oldHome;
	private GitHttpServer server;

	@BeforeEach
	void home() {
		oldHome = System.getProperty("mailbox.console.home");
		System.setProperty("mailbox.console.home", dir.resolve("home").toString());
	}

	@AfterEach
	void restore() throws InterruptedException {
		// nothing of this test still runs or stays open when the next one starts
		Job.getJobManager().join(SynchronizeJob.FAMILY, null);
		Job.getJobManager().join(WorkspaceOpener.class, null);
		Ui.run(() -> {
			PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
			// the dialogs this test closed were the last active shells; without a window manager nothing activates the
			// window again, and a later handler's active shell would still be a disposed dialog
			Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
			window.forceActive();
			window.notifyListeners(SWT.Activate, new Event());
		});
		if (server != null) {
			server.close();
		}
		if (oldHome == null) {
			System.clearProperty("mailbox.console.home");
		} else {
			System.setProperty("mailbox.console.home", oldHome);
		}
	}

	@Test
	void aConflictIsDecidedInTheConsoleAndTheMergeIsPushed() throws Exception {
		char[] password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12)).toCharArray();
		server = new GitHttpServer(dir.resolve("remote"), 54003, "staff", password).start();
		server.createRepository("ws.git");
		String url = server.url("ws.git");
		CredentialStore store = SecureStorageCredentialStore.openDefault();
		RemoteCredentials.store(store, url, "staff", password);
		MailboxCli cli = new MailboxCli(store);
		Path origin = dir.resolve("origin");
		Path csv = dir.resolve("m.csv");
		Files.writeString(csv, "address,quota_mb\ntanaka@abc.test,500\n");
		assertEquals(0, cli.run("import", csv.toString(), "--into", origin.toString()), cli.both());
		cli.importNotifiedHosts(origin, "abc.test");
		assertEquals(0, cli.run("team", "share", origin.toString(), url, "--name", "Origin", "--mail", "o@enet.cc"), cli.both());
		Path mine = dir.resolve("mine");
		Path theirs = dir.resolve("theirs");
		assertEquals(0, cli.run("team", "clone", url, mine.toString(), "--name", "Aoki Taro", "--mail", "aoki@enet.cc"));
		assertEquals(0, cli.run("team", "clone", url, theirs.toString(), "--name", "Baba Jiro", "--mail", "baba@enet.cc"));
		setQuota(theirs, 700);
		assertEquals(0, cli.run("team", "sync", theirs.toString()), cli.both());
		setQuota(mine, 600);

		ConsoleBot console = ConsoleBot.console();
		console.openWorkspace(mine);
		console.execute(COMMAND);
		DialogBot conflicts = DialogBot.waitFor(TeamMessages.Conflicts_title);
		assertEquals(List.of(List.of("tanaka@abc.test", "quotaMb", "500", "600", "700", TeamMessages.Conflicts_undecided)),
				conflicts.tableRows());
		Shell shell = Ui.sync(TeamSynchronizeTest::conflictsShell);
		Button ok = Ui.sync(() -> DialogBot.button(shell, IDialogConstants.OK_LABEL));
		assertFalse(Ui.sync(ok::isEnabled), "OK waits until every conflict is decided");
		ConflictsDialog dialog = (ConflictsDialog) Ui.sync(shell::getData);
		Ui.run(() -> dialog.decide((MergeConflict) dialog.viewer().getElementAt(0), MergeDecisions.Take.THEIRS));
		assertEquals(TeamMessages.Conflicts_takeTheirs, conflicts.tableRows().get(0).get(5));
		conflicts.ok();

		DialogBot.waitFor(TeamMessages.Sync_title).ok();
		Ui.waitUntil("the merged workspace is open", () -> ConsoleSession.current() != null
				&& ConsoleSession.current().workspace().findMailbox("tanaka@abc.test").get().getQuotaMb() == 700);
		String remoteLog = GitHttpServer.git(dir.resolve("remote/ws.git"), "log", "-1", "--format=%an %P", "main");
		assertTrue(remoteLog.startsWith("Aoki Taro ") && remoteLog.strip().split(" ").length == 4,
				"a merge commit by the console's staff member reached the remote: " + remoteLog);
		assertFalse(cli.both().contains(new String(password)));
	}

	private static Shell conflictsShell() {
		for (Shell shell : Ui.display().getShells()) {
			if (!shell.isDisposed() && TeamMessages.Conflicts_title.equals(shell.getText())) {
				return shell;
			}
		}
		throw new AssertionError("no conflicts dialog");
	}

	private static void setQuota(Path workspace, int quota) throws Exception {
		MailboxWorkspace opened = WorkspaceStore.open(workspace);
		opened.findMailbox("tanaka@abc.test").orElseThrow().setQuotaMb(quota);
		WorkspaceStore.save(opened);
	}
}
