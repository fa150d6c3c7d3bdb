package cc.enet.mailbox.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.core.demo.DemoWorkspace;
import cc.enet.mailbox.core.store.WorkspaceException;
import cc.enet.mailbox.core.store.WorkspaceStore;

/** A workspace someone sent: it may name only its own customer files, and its XML may not pull anything in. */
class HostileWorkspaceTest {

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1:1/evil.xmi", "../elsewhere/sakura-trading.xmi", "FILE_ELSEWHERE" })
	void aReferenceOutsideTheCustomersFolderIsRefusedWithFileAndLine(String reference) throws Exception {
		Path folder = dir.resolve("ws");
		WorkspaceStore.save(DemoWorkspace.create(folder));
		Path elsewhere = dir.resolve("elsewhere");
		Files.createDirectories(elsewhere);
		Files.copy(folder.resolve("customers/sakura-trading.xmi"), elsewhere.resolve("sakura-trading.xmi"));
		String target = reference.equals("FILE_ELSEWHERE") ? elsewhere.resolve("sakura-trading.xmi").toUri().toString()
				: reference;
		Path rootFile = folder.resolve("workspace.xmi");
		String text = Files.readString(rootFile);
		assertTrue(text.contains("customers/sakura-trading.xmi"), text);
		Files.writeString(rootFile, text.replace("customers/sakura-trading.xmi", target));
		int line = lineOf(Files.readString(rootFile), target);

		WorkspaceException e = assertThrows(WorkspaceException.class, () -> WorkspaceStore.open(folder));

		assertEquals(rootFile, e.file());
		assertEquals(line, e.line(), e.getMessage());
		assertTrue(e.getMessage().contains("not a file in"), e.getMessage());
	}

	@Test
	void anExternalEntityIsNeverResolved() throws Exception {
		Path folder = dir.resolve("ws");
		WorkspaceStore.save(DemoWorkspace.create(folder));
		Path secret = dir.resolve("secret.txt");
		Files.writeString(secret, "TOP-SECRET-CONTENT");
		Path customer = folder.resolve("customers/midori-clinic.xmi");
		String text = Files.readString(customer);
		int afterDeclaration = text.indexOf("?>") + 2;
		String hostile = text.substring(0, afterDeclaration) + "\n<!DOCTYPE x [<!ENTITY leak SYSTEM \""
				+ secret.toUri() + "\">]>" + text.substring(afterDeclaration).replace("受付", "&leak;");
		Files.writeString(customer, hostile);

		WorkspaceException e = assertThrows(WorkspaceException.class, () -> WorkspaceStore.open(folder));

		assertEquals(customer, e.file());
		assertEquals(2, e.line(), e.getMessage());
		assertFalse(e.getMessage().contains("TOP-SECRET-CONTENT"));
	}

	private static int lineOf(String text, String needle) {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].contains(needle)) {
				return i + 1;
			}
		}
		return -1;
	}
}
