package cc.enet.mailbox.connector.dovecot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import cc.enet.mailbox.connector.ConnectorException;

/** Where a user's script file is, by Dovecot's variables; an address that could leave its folder is not turned into a path. */
class SieveDirTest {

	@Test
	void theVariablesOfDovecotGiveTheFile() throws Exception {
		assertEquals(Optional.of("/srv/mail/abc.test/tanaka/sieve/mailbox-console.sieve"),
				SieveDir.of("s", "/srv/mail/%d/%n/sieve/").file("tanaka@abc.test", SieveScript.NAME));
		assertEquals(Optional.of("/home/tanaka@abc.test/sieve/x.sieve"), SieveDir.of("s", "/home/%u/sieve").file("tanaka@abc.test", "x"));
	}

	@Test
	void anAddressThatCouldLeaveItsFolderIsNoPath() throws Exception {
		SieveDir dir = SieveDir.of("s", "/srv/mail/%d/%n/sieve");
		for (String address : new String[] { "../x@abc.test", "..@abc.test", "a@..", "a/b@abc.test", "a@abc.test/..", "%d@abc.test",
				"noat" }) {
			assertEquals(Optional.empty(), dir.file(address, SieveScript.NAME), address);
		}
	}

	@Test
	void aRelativeFolderOrOneWithoutTheUserIsRefusedNamingTheServer() {
		for (String template : new String[] { "mail/%d/%n/sieve", "/srv/sieve" }) {
			ConnectorException e = assertThrows(ConnectorException.class, () -> SieveDir.of("stack", template));
			assertTrue(e.getMessage().contains("server stack: sieve-dir") && e.getMessage().contains(template), e.getMessage());
		}
	}
}
