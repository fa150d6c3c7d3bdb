package cc.enet.mailbox.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.team.RemoteCredentials;
import cc.enet.mailbox.test.support.GitHttpServer;
import cc.enet.mailbox.test.support.MailboxCli;

/**
 * One staff machine's ./mailbox (in-process, its secure storage in memory) against a real Git remote on loopback:
 * a workspace of two customers (abc.test with tanaka and sato, xyz.test with suzuki) without rule errors, shared
 * and cloned through the CLI as staff would.
 */
final class TeamFixture {

	static final String USER = "staff";
	/** Made per run, so no password is written in the sources; it must never show in any output. */
	final char[] password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12)).toCharArray();
	final MailboxCli cli = new MailboxCli();
	final GitHttpServer server;
	final Path root;

	TeamFixture(Path root, int port) throws IOException {
		this.root = root;
		this.server = new GitHttpServer(root.resolve("remote"), port, USER, password).start();
	}

	/** A new remote repository with the two-customer workspace shared onto it by staff A; its URL. */
	String shared(String name) throws Exception {
		server.createRepository(name + ".git");
		String url = server.url(name + ".git");
		RemoteCredentials.store(cli.credentials, url, USER, password);
		Path ws = root.resolve(name + "-origin");
		Path csv = root.resolve(name + ".csv");
		Files.writeString(csv, "address,quota_mb,display_name\ntanaka@abc.test,500,Tanaka\nsato@abc.test,500,Sato\n"
				+ "suzuki@xyz.test,500,Suzuki\n");
		assertEquals(0, cli.run("import", csv.toString(), "--into", ws.toString()), cli.both());
		cli.importNotifiedHosts(ws, "abc.test", "xyz.test");
		assertEquals(0, run("team", "share", ws.toString(), url, "--name", "Staff Origin", "--mail", "origin@enet.cc"));
		return url;
	}

	Path cloneAs(String url, String folder, String name) {
		Path clone = root.resolve(folder);
		assertEquals(0, run("team", "clone", url, clone.toString(), "--name", name, "--mail",
				name.toLowerCase().replace(' ', '.') + "@enet.cc"));
		return clone;
	}

	/** Runs ./mailbox; the exit code. No output ever holds the remote's password. */
	int run(String... args) {
		int code = cli.run(args);
		if (cli.both().contains(new String(password))) {
			throw new AssertionError("the password was printed: " + String.join(" ", args));
		}
		return code;
	}

	static void edit(Path workspace, String address, Consumer<Mailbox> change) throws Exception {
		MailboxWorkspace opened = WorkspaceStore.open(workspace);
		change.accept(opened.findMailbox(address).orElseThrow());
		WorkspaceStore.save(opened);
	}

	static Mailbox mailbox(Path workspace, String address) throws Exception {
		return WorkspaceStore.open(workspace).findMailbox(address).orElseThrow();
	}

	/** Whether any file of the workspace holds Git's conflict markers. */
	static boolean hasConflictMarkers(Path workspace) throws IOException {
		try (Stream<Path> files = Files.walk(workspace)) {
			return files.filter(Files::isRegularFile).filter(f -> !f.toString().contains("/.git/")).anyMatch(f -> {
				try {
					String text = Files.readString(f);
					return text.contains("<<<<<<<") || text.contains(">>>>>>>");
				} catch (IOException e) {
					return false;
				}
			});
		}
	}
}
