package cc.enet.mailbox.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.team.RemoteCredentials;
import cc.enet.mailbox.team.RemoteUrls;
import cc.enet.mailbox.team.SshHostKeys;
import cc.enet.mailbox.test.support.GitHttpServer;
import cc.enet.mailbox.test.support.GitSshServer;
import cc.enet.mailbox.test.support.MailboxCli;

/**
 * A team workspace over SSH (127.0.0.1:54010): Apache MINA SSHD's server running git's own upload-pack and
 * receive-pack, with a host key of its own, a staff key made by OpenSSH's ssh-keygen and a password. The host key is
 * pinned as a server's certificate is; another key is refused before any credential is sent.
 */
class TeamSshTest {

	static final int PORT = 54010;
	static final String USER = "git";

	@TempDir
	static Path dir;
	static GitSshServer server;
	static Path staffKey;
	/** Made per run, so no password is written in the sources; it must never show in any output. */
	static final char[] PASSWORD = HexFormat.of().formatHex(new SecureRandom().generateSeed(12)).toCharArray();

	@BeforeAll
	static void start() throws Exception {
		staffKey = dir.resolve("id_ed25519");
		sshKeygen(staffKey);
		server = new GitSshServer(dir.resolve("remote"), PORT, USER).acceptPassword(PASSWORD)
				.acceptAuthorizedKeys(dir.resolve("id_ed25519.pub")).start();
	}

	@AfterAll
	static void stop() throws Exception {
		server.close();
	}

	@Test
	void twoClonesOverSshWithAKeyFromSshKeygenSynchronize() throws Exception {
		String url = repository("keyed");
		MailboxCli cli = new MailboxCli();
		assertEquals(0, cli.run("team", "login", url, "--pin-presented", "--key", staffKey.toString()), cli.both());
		assertTrue(cli.out().contains(server.hostKeyFingerprint()), "the pinned fingerprint is shown: " + cli.out());
		Path origin = workspace(cli, "keyed-origin");
		assertEquals(0, cli.run("team", "share", origin.toString(), url, "--name", "Origin", "--mail", "o@enet.cc"), cli.both());
		Path a = clone(cli, url, "keyed-a", "Aoki Staff");
		Path b = clone(cli, url, "keyed-b", "Baba Staff");
		TeamFixture.edit(a, "tanaka@abc.test", m -> m.setQuotaMb(700));
		TeamFixture.edit(b, "suzuki@xyz.test", m -> m.setQuotaMb(900));

		assertEquals(0, cli.run("team", "sync", a.toString()), cli.both());
		assertEquals(0, cli.run("team", "sync", b.toString()), cli.both());
		assertTrue(cli.out().contains("merged and pushed"), cli.out());
		assertEquals(0, cli.run("team", "sync", a.toString()), cli.both());
		for (Path clone : List.of(a, b)) {
			assertEquals(700, TeamFixture.mailbox(clone, "tanaka@abc.test").getQuotaMb(), clone.toString());
			assertEquals(900, TeamFixture.mailbox(clone, "suzuki@xyz.test").getQuotaMb(), clone.toString());
			String config = Files.readString(clone.resolve(".git/config"));
			assertFalse(config.contains("PRIVATE KEY") || config.contains("identity"), "no key in the clone: " + config);
		}
		String remoteLog = GitHttpServer.git(dir.resolve("remote/keyed.git"), "log", "--format=%an", "main");
		assertTrue(remoteLog.contains("Aoki Staff") && remoteLog.contains("Baba Staff"), remoteLog);
	}

	@Test
	void aPasswordKeptForTheOriginClones() throws Exception {
		String url = repository("password");
		MailboxCli cli = new MailboxCli();
		assertEquals(0, cli.run("team", "login", url, "--pin-sha256", server.hostKeyFingerprint(), "--key", staffKey.toString()), cli.both());
		Path origin = workspace(cli, "password-origin");
		assertEquals(0, cli.run("team", "share", origin.toString(), url, "--name", "Origin", "--mail", "o@enet.cc"), cli.both());

		MailboxCli other = new MailboxCli();
		SshHostKeys.pin(other.credentials, url, server.hostKeyFingerprint());
		RemoteCredentials.store(other.credentials, url, USER, PASSWORD);
		Path clone = dir.resolve("password-clone");
		assertEquals(0, other.run("team", "clone", url, clone.toString(), "--name", "Chiba Staff", "--mail", "c@enet.cc"),
				other.both());
		assertEquals(500, TeamFixture.mailbox(clone, "tanaka@abc.test").getQuotaMb());
		assertFalse(other.both().contains(new String(PASSWORD)));
	}

	@Test
	void aHostKeyOtherThanThePinnedOneIsRefusedBeforeAnythingIsSent() throws Exception {
		String url = repository("spoofed");
		String elsewhere = GitSshServer.fingerprint(GitSshServer.newKeyPair().getPublic());
		MailboxCli cli = new MailboxCli();
		SshHostKeys.pin(cli.credentials, url, elsewhere);
		RemoteCredentials.store(cli.credentials, url, USER, PASSWORD);
		int attempts = server.authentications();
		Path clone = dir.resolve("spoofed-clone");

		assertEquals(3, cli.run("team", "clone", url, clone.toString(), "--name", "Aoki Staff", "--mail", "a@enet.cc"));
		assertTrue(cli.err().contains("presented the host key " + server.hostKeyFingerprint())
				&& cli.err().contains("not the pinned " + elsewhere), cli.err());
		assertEquals(attempts, server.authentications(), "no password or key was offered to that server");
		assertFalse(Files.exists(clone), "a refused clone leaves no folder");

		MailboxCli unpinned = new MailboxCli();
		RemoteCredentials.store(unpinned.credentials, url, USER, PASSWORD);
		assertEquals(3, unpinned.run("team", "clone", url, clone.toString(), "--name", "Aoki Staff", "--mail", "a@enet.cc"));
		assertTrue(unpinned.err().contains("none is pinned")
				&& unpinned.err().contains("--pin-sha256 " + server.hostKeyFingerprint()), unpinned.err());
		assertEquals(attempts, server.authentications(), "nothing offered without a pin either");
	}

	@Test
	void aWrongPasswordOrKeyIsRefusedWithAClearError() throws Exception {
		String url = repository("refused");
		MailboxCli cli = new MailboxCli();
		SshHostKeys.pin(cli.credentials, url, server.hostKeyFingerprint());
		RemoteCredentials.store(cli.credentials, url, USER, "not-the-password".toCharArray());
		assertEquals(3, cli.run("team", "clone", url, dir.resolve("refused-a").toString(), "--name", "A", "--mail", "a@enet.cc"));
		assertTrue(cli.err().contains("refused the credentials"), cli.err());

		Path strangerKey = dir.resolve("stranger");
		sshKeygen(strangerKey);
		assertEquals(0, cli.run("team", "login", url, "--key", strangerKey.toString()), cli.both());
		assertEquals(3, cli.run("team", "clone", url, dir.resolve("refused-b").toString(), "--name", "A", "--mail", "a@enet.cc"));
		assertTrue(cli.err().contains("refused the credentials"), cli.err());
		assertFalse(Files.exists(dir.resolve("refused-b")));
	}

	@Test
	void pinsAndRemotesAreCheckedBeforeAnyConnection() {
		MailboxCli cli = new MailboxCli();
		String url = server.url("any.git");
		assertEquals(2, cli.run("team", "login", url, "--pin-sha256", "SHA256:short"));
		assertTrue(cli.err().contains("not an SSH host key fingerprint"), cli.err());
		assertEquals(2, cli.run("team", "login", url, "--key", staffKey.toString()));
		assertTrue(cli.err().contains("no host key is pinned"), cli.err());
		assertEquals(2, cli.run("team", "login", "https://git.example.test/ws.git", "--user", "u", "--pin-presented"));
		assertTrue(cli.err().contains("are for ssh:// remotes"), cli.err());
		assertEquals(RemoteUrls.origin("ssh://git@Git.Example.test/ws.git"), RemoteUrls.origin("git@git.example.test:ws.git"));
		assertEquals("ssh://git.example.test:2222", RemoteUrls.origin("ssh://git@git.example.test:2222/ws.git"));
	}

	/** An ed25519 key without passphrase, as staff make one with OpenSSH. */
	private static void sshKeygen(Path file) throws Exception {
		Process process = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "staff", "-f", file.toString())
				.redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertEquals(0, process.waitFor(), output);
	}

	private static String repository(String name) throws Exception {
		Path remote = dir.resolve("remote");
		Files.createDirectories(remote);
		GitHttpServer.git(remote, "init", "--quiet", "--bare", "--initial-branch=main", remote.resolve(name + ".git").toString());
		return server.url(name + ".git");
	}

	private static Path workspace(MailboxCli cli, String name) throws Exception {
		Path ws = dir.resolve(name);
		Path csv = dir.resolve(name + ".csv");
		Files.writeString(csv, "address,quota_mb,display_name\ntanaka@abc.test,500,Tanaka\nsuzuki@xyz.test,500,Suzuki\n");
		assertEquals(0, cli.run("import", csv.toString(), "--into", ws.toString()), cli.both());
		cli.importNotifiedHosts(ws, "abc.test", "xyz.test");
		return ws;
	}

	private static Path clone(MailboxCli cli, String url, String folder, String name) {
		Path clone = dir.resolve(folder);
		assertEquals(0, cli.run("team", "clone", url, clone.toString(), "--name", name, "--mail",
				name.toLowerCase().replace(' ', '.') + "@enet.cc"), cli.both());
		return clone;
	}
}
