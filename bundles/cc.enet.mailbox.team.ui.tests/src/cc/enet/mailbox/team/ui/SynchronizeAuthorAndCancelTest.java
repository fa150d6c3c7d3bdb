package cc.enet.mailbox.team.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
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
import cc.enet.mailbox.test.support.GitHttpServer;
import cc.enet.mailbox.test.support.MailboxCli;
import cc.enet.mailbox.ui.session.WorkspaceOpener;
import cc.enet.mailbox.ui.tests.bots.ConsoleBot;
import cc.enet.mailbox.ui.tests.bots.DialogBot;
import cc.enet.mailbox.ui.tests.bots.ProgressBot;
import cc.enet.mailbox.ui.tests.bots.Ui;

/**
 * Team > Synchronize in the console against a real Git remote (git http-backend on 127.0.0.1:54004): the staff
 * member's name and mail are asked once per clone and kept in it, Cancel on that prompt does nothing, and Cancel of a
 * running synchronize leaves the clone whole.
 */
class SynchronizeAuthorAndCancelTest {

	private static final String COMMAND = "cc.enet.mailbox.ui.commands.teamSynchronize";

	@TempDir
	Path dir;
	private String oldHome;
	private String oldTimeout;
	private GitHttpServer server;
	private MailboxCli cli;
	private Path remote;
	private String url;

	@BeforeEach
	void remote() throws Exception {
		oldHome = System.getProperty("mailbox.console.home");
		System.setProperty("mailbox.console.home", dir.resolve("home").toString());
		char[] password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12)).toCharArray();
		server = new GitHttpServer(dir.resolve("remote"), 54004, "staff", password).start();
		remote = server.createRepository("ws.git");
		url = server.url("ws.git");
		CredentialStore store = SecureStorageCredentialStore.openDefault();
		RemoteCredentials.store(store, url, "staff", password);
		cli = new MailboxCli(store);
		Path origin = dir.resolve("origin");
		Path csv = dir.resolve("m.csv");
		Files.writeString(csv, "address,quota_mb\ntanaka@abc.test,500\n");
		assertEquals(0, cli.run("import", csv.toString(), "--into", origin.toString()), cli.both());
		cli.importNotifiedHosts(origin, "abc.test");
		assertEquals(0, cli.run("team", "share", origin.toString(), url, "--name", "Origin", "--mail", "o@enet.cc"), cli.both());
	}

	@AfterEach
	void restore() throws Exception {
		GitHttpServer.releasePushes(remote);
		server.close(); // ends a push still held in git's hook, so no job below waits for it
		Job.getJobManager().join(SynchronizeJob.FAMILY, null);
		Job.getJobManager().join(WorkspaceOpener.class, null);
		Ui.run(() -> {
			PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
			// without a window manager nothing activates the window again after the dialogs this test closed
			Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
			window.forceActive();
			window.notifyListeners(SWT.Activate, new Event());
		});
		restore("mailbox.console.home", oldHome);
		restore("mailbox.team.timeoutSeconds", oldTimeout);
	}

	@Test
	void theAuthorIsAskedOncePerCloneAndKept() throws Exception {
		Path mine = cloneWithoutAuthor("mine");
		setQuota(mine, 600);
		ConsoleBot console = ConsoleBot.console();
		console.openWorkspace(mine);

		console.executeOpeningDialog(COMMAND);
		DialogBot prompt = DialogBot.waitFor(TeamMessages.Sync_title, SynchronizeHandler.authorPrompt());
		prompt.setText("Aoki Taro");
		assertFalse(prompt.isEnabled(IDialogConstants.OK_ID), "a name without a mail is not taken");
		prompt.setText("Aoki Taro <aoki@enet.cc>");
		prompt.ok();
		DialogBot.waitFor(TeamMessages.Sync_title, "commit").ok();
		assertEquals("Aoki Taro", git(mine, "config", "user.name"));
		assertEquals("aoki@enet.cc", git(mine, "config", "user.email"));
		assertEquals("Aoki Taro <aoki@enet.cc>", GitHttpServer.git(remote, "log", "-1", "--format=%an <%ae>", "main").strip(),
				"the remote holds the change under the name given");

		console.executeOpeningDialog(COMMAND); // a second prompt would show, not hang the test
		DialogBot done = DialogBot.waitFor(TeamMessages.Sync_title, "commit");
		assertTrue(done.texts().stream().noneMatch(t -> t.contains(SynchronizeHandler.authorPrompt())),
				"no second prompt for this clone: " + done.texts());
		done.ok();
	}

	@Test
	void cancelOnThePromptDoesNothing() throws Exception {
		Path mine = cloneWithoutAuthor("mine");
		setQuota(mine, 600);
		String head = git(mine, "rev-parse", "HEAD");
		String remoteHead = GitHttpServer.git(remote, "rev-parse", "main").strip();
		ConsoleBot console = ConsoleBot.console();
		console.openWorkspace(mine);

		console.executeOpeningDialog(COMMAND);
		DialogBot.waitFor(TeamMessages.Sync_title, SynchronizeHandler.authorPrompt()).cancel();
		Job.getJobManager().join(SynchronizeJob.FAMILY, null);

		assertEquals(0, Job.getJobManager().find(SynchronizeJob.FAMILY).length, "no synchronize was started");
		assertEquals(head, git(mine, "rev-parse", "HEAD"), "nothing was committed");
		assertTrue(git(mine, "status", "--porcelain").contains("customers/"), "the saved change waits, uncommitted");
		assertEquals(remoteHead, GitHttpServer.git(remote, "rev-parse", "main").strip(), "nothing was pushed");
		assertFalse(Files.readString(mine.resolve(".git/config")).contains("[user]"), "no author was kept");
	}

	@Test
	void cancelOfARunningSynchronizeLeavesTheCloneWhole() throws Exception {
		oldTimeout = System.getProperty("mailbox.team.timeoutSeconds");
		// JGit waits ten times the timeout for the answer to a push, and notices Cancel only after it: 20 s here
		System.setProperty("mailbox.team.timeoutSeconds", "2");
		Path mine = cloneWithoutAuthor("mine");
		git(mine, "config", "user.name", "Aoki Taro");
		git(mine, "config", "user.email", "aoki@enet.cc");
		setQuota(mine, 600);
		String remoteHead = GitHttpServer.git(remote, "rev-parse", "main").strip();
		Path arrived = dir.resolve("push-arrived");
		GitHttpServer.holdPushes(remote, arrived);
		ConsoleBot console = ConsoleBot.console();
		console.openWorkspace(mine);

		console.execute(COMMAND);
		Ui.waitUntil("the push to reach git's pre-receive hook", () -> Files.exists(arrived));
		ProgressBot.cancel(SynchronizeJob.FAMILY);
		DialogBot failed = DialogBot.waitFor(TeamMessages.Sync_failed, "Cancelled");
		failed.ok();
		Job.getJobManager().join(SynchronizeJob.FAMILY, null);

		assertEquals(remoteHead, GitHttpServer.git(remote, "rev-parse", "main").strip(), "the remote's branch did not move");
		git(mine, "fsck", "--no-progress");
		assertEquals("", git(mine, "status", "--porcelain"), "what was saved is committed, nothing half-written");
		assertEquals(600, WorkspaceStore.open(mine).findMailbox("tanaka@abc.test").orElseThrow().getQuotaMb());
		assertEquals(0, cli.run("team", "log", mine.toString()), cli.both());
		assertTrue(cli.out().startsWith("* "), "the commit waits to be pushed: " + cli.out());

		GitHttpServer.releasePushes(remote);
		console.execute(COMMAND);
		DialogBot.waitFor(TeamMessages.Sync_title, "commit").ok();
		assertEquals(git(mine, "rev-parse", "HEAD"), GitHttpServer.git(remote, "rev-parse", "main").strip(),
				"the next synchronize delivers it");
	}

	/** A clone made by git itself, so it has no staff name and mail yet (as a clone copied from elsewhere). */
	private Path cloneWithoutAuthor(String name) throws Exception {
		Path clone = dir.resolve(name);
		assertEquals(0, cli.run("team", "clone", url, clone.toString(), "--name", "X", "--mail", "x@enet.cc"), cli.both());
		git(clone, "config", "--remove-section", "user");
		return clone;
	}

	private static String git(Path folder, String... args) throws Exception {
		return GitHttpServer.git(folder, args).strip();
	}

	private static void setQuota(Path workspace, int quota) throws Exception {
		MailboxWorkspace opened = WorkspaceStore.open(workspace);
		opened.findMailbox("tanaka@abc.test").orElseThrow().setQuotaMb(quota);
		WorkspaceStore.save(opened);
	}

	private static void restore(String property, String value) {
		if (value == null) {
			System.clearProperty(property);
		} else {
			System.setProperty(property, value);
		}
	}
}
