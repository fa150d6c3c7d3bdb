package cc.enet.mailbox.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.model.MailboxModels;
import cc.enet.mailbox.test.support.ConsoleHome;

/**
 * The workspace cache (binary copies of the customer files in the console's folder) only ever shows what the files
 * say: an unchanged file comes from it whole and equal to parsing the file, a file changed on disk is read from the
 * file, a damaged cache is ignored, a value the XML cannot carry as is keeps its file out of the cache, and a
 * folder the console never saved (a team sync's scratch copy) is read without making a cache.
 */
class WorkspaceCacheTest {

	private static final int CUSTOMERS = 24;
	private static final String CACHE_SWITCH = "mailbox.workspaceCache";

	@RegisterExtension
	static final ConsoleHome HOME = new ConsoleHome();

	@TempDir
	Path folder;

	@AfterEach
	void cacheOnAgain() {
		System.clearProperty(CACHE_SWITCH);
	}

	@Test
	void anUnchangedWorkspaceComesFromTheCacheEqualToItsFiles() throws Exception {
		MailboxWorkspace saved = workspace();
		saveAndAwaitCache(saved);

		MailboxWorkspace parsed = openWithoutCache();
		MailboxWorkspace cached = WorkspaceStore.open(folder);

		assertEquals(0, parsed.filesFromCache());
		assertEquals(CUSTOMERS, cached.filesFromCache());
		assertTrue(EcoreUtil.equals(parsed.root(), cached.root()), "the cache gives what parsing the files gives");
		assertTrue(EcoreUtil.equals(saved.root(), cached.root()), "and what was saved");
		for (int c = 0; c < CUSTOMERS; c++) {
			Customer customer = cached.root().getCustomers().get(c);
			assertSame(cached.root(), customer.eContainer());
			assertEquals("customer" + c + ".xmi", customer.eResource().getURI().lastSegment());
		}
		Mailbox edited = cached.findMailbox(address(3, 1)).orElseThrow();
		edited.setQuotaMb(777);
		saveAndAwaitCache(cached);
		assertEquals(List.of(), otherThanWorkspaceFiles(), "the cache is never written into the workspace");
		MailboxWorkspace again = WorkspaceStore.open(folder);
		assertEquals(CUSTOMERS, again.filesFromCache(), "a save adds the files it wrote");
		assertEquals(777, again.findMailbox(address(3, 1)).orElseThrow().getQuotaMb());
	}

	/** Opened from the cache or parsed, every object of a customer file marks that file, and only it, changed. */
	@Test
	void aChangeDeepInsideACustomerMarksItsFileAlone() throws Exception {
		saveAndAwaitCache(workspace());
		for (boolean fromCache : new boolean[] { true, false }) {
			MailboxWorkspace opened = fromCache ? WorkspaceStore.open(folder) : openWithoutCache();
			assertEquals(fromCache ? CUSTOMERS : 0, opened.filesFromCache());
			Map<String, String> before = FolderSnapshot.of(folder);
			String tag = fromCache ? "cached" : "parsed";
			opened.findMailbox(address(1, 0)).orElseThrow().getForwarding().getTargets().add(tag + "@example.org");
			opened.findMailbox(address(2, 1)).orElseThrow().getFilters().getDenyDomains().add(tag + ".example");
			opened.root().getCustomers().get(3).getDomains().get(0).getEndpoints().get(0).setPort(fromCache ? 9951 : 9952);

			WorkspaceStore.save(opened);

			Map<String, String> after = FolderSnapshot.of(folder);
			Set<String> changed = Set.of("customers/customer1.xmi", "customers/customer2.xmi", "customers/customer3.xmi");
			for (String file : before.keySet()) {
				assertEquals(changed.contains(file), !before.get(file).equals(after.get(file)), tag + ": " + file);
			}
			assertTrue(opened.awaitCacheEntries(Duration.ofMinutes(1)));
		}
		MailboxWorkspace reopened = openWithoutCache();
		assertEquals(List.of("cached@example.org", "parsed@example.org"),
				reopened.findMailbox(address(1, 0)).orElseThrow().getForwarding().getTargets());
		assertTrue(reopened.findMailbox(address(2, 1)).orElseThrow().getFilters().getDenyDomains().contains("cached.example"));
		assertEquals(9952, reopened.root().getCustomers().get(3).getDomains().get(0).getEndpoints().get(0).getPort());
	}

	@Test
	void aFileChangedOnDiskIsReadFromTheFileNotFromTheCache() throws Exception {
		saveAndAwaitCache(workspace());
		assertEquals(CUSTOMERS, WorkspaceStore.open(folder).filesFromCache());
		Path file = folder.resolve("customers/customer5.xmi");
		String text = Files.readString(file, StandardCharsets.UTF_8);
		String changed = text.replace("User 5/2", "Changed By Hand");
		assertTrue(!changed.equals(text), "the display name is in the file");
		Files.writeString(file, changed, StandardCharsets.UTF_8);

		MailboxWorkspace reopened = WorkspaceStore.open(folder);

		assertEquals(CUSTOMERS - 1, reopened.filesFromCache(), "the changed file is parsed");
		assertEquals("Changed By Hand", reopened.findMailbox(address(5, 2)).orElseThrow().getDisplayName());
		assertTrue(EcoreUtil.equals(openWithoutCache().root(), reopened.root()));
		assertEquals(CUSTOMERS, WorkspaceStore.open(folder).filesFromCache(), "the parsed file is cached for next time");
	}

	@Test
	void aDamagedCacheIsIgnored() throws Exception {
		saveAndAwaitCache(workspace());
		Path cache = onlyCacheFile();
		byte[] bytes = Files.readAllBytes(cache);
		for (int i = bytes.length / 3; i < bytes.length; i += 97) {
			bytes[i] ^= 0x5A; // damage spread over most entries
		}
		Files.write(cache, bytes);

		MailboxWorkspace reopened = WorkspaceStore.open(folder);

		assertTrue(reopened.filesFromCache() < CUSTOMERS, "damaged entries are not used");
		assertTrue(EcoreUtil.equals(openWithoutCache().root(), reopened.root()));

		Files.write(cache, "not a cache".getBytes(StandardCharsets.US_ASCII));
		MailboxWorkspace ignored = WorkspaceStore.open(folder);
		assertEquals(0, ignored.filesFromCache());
		assertTrue(EcoreUtil.equals(openWithoutCache().root(), ignored.root()));
	}

	@Test
	void aValueTheXmlCannotCarryAsIsKeepsItsFileOutOfTheCache() throws Exception {
		MailboxWorkspace workspace = workspace();
		workspace.findMailbox(address(7, 0)).orElseThrow().setDisplayName("two\rlines");
		saveAndAwaitCache(workspace);

		MailboxWorkspace reopened = WorkspaceStore.open(folder);

		assertEquals(CUSTOMERS - 1, reopened.filesFromCache());
		assertTrue(EcoreUtil.equals(openWithoutCache().root(), reopened.root()));
	}

	@Test
	void aCopyThisConsoleNeverSavedIsReadWithoutMakingACache(@TempDir Path elsewhere) throws Exception {
		saveAndAwaitCache(workspace());
		Path copy = elsewhere.resolve("checked-out");
		Files.createDirectories(copy.resolve("customers"));
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Files.copy(file, copy.resolve(folder.relativize(file)));
			}
		}
		long cachesBefore = cacheFiles().size();

		MailboxWorkspace read = WorkspaceStore.open(copy);

		assertEquals(0, read.filesFromCache());
		assertEquals(cachesBefore, cacheFiles().size(), "a scratch copy (a team sync's) is read once, not cached");
		assertTrue(EcoreUtil.equals(WorkspaceStore.open(folder).root(), read.root()));
	}

	@Test
	void aFileChangedRightAfterItsSaveIsNeverServedFromTheCache() throws Exception {
		MailboxWorkspace saved = workspace();
		WorkspaceStore.save(saved); // its cache entries are made after it returns, from the files on disk
		Path file = folder.resolve("customers/customer9.xmi");
		Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace("User 9/1", "Edited At Once"),
				StandardCharsets.UTF_8);
		assertTrue(saved.awaitCacheEntries(Duration.ofMinutes(1)));

		MailboxWorkspace reopened = WorkspaceStore.open(folder);

		assertEquals("Edited At Once", reopened.findMailbox(address(9, 1)).orElseThrow().getDisplayName());
		assertEquals(CUSTOMERS - 1, reopened.filesFromCache(), "the file edited after the save is parsed");
		assertTrue(EcoreUtil.equals(openWithoutCache().root(), reopened.root()));
	}

	private static void saveAndAwaitCache(MailboxWorkspace workspace) throws IOException {
		WorkspaceStore.save(workspace);
		assertTrue(workspace.awaitCacheEntries(Duration.ofMinutes(1)), "the cache entries of the save are made");
	}

	private static List<Path> cacheFiles() throws IOException {
		try (Stream<Path> files = Files.walk(HOME.home().resolve("cache"))) {
			return files.filter(Files::isRegularFile).toList();
		}
	}

	private MailboxWorkspace openWithoutCache() throws Exception {
		System.setProperty(CACHE_SWITCH, "false");
		try {
			return WorkspaceStore.open(folder);
		} finally {
			System.clearProperty(CACHE_SWITCH);
		}
	}

	private Path onlyCacheFile() throws IOException {
		try (Stream<Path> files = Files.walk(HOME.home().resolve("cache"))) {
			List<Path> caches = files.filter(Files::isRegularFile).toList();
			Path mine = caches.stream().filter(p -> p.getFileName().toString().endsWith(".bin")).filter(p -> {
				try {
					return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1)
							.contains(folder.toAbsolutePath().normalize().toString());
				} catch (IOException e) {
					return false;
				}
			}).findFirst().orElseThrow();
			return mine;
		}
	}

	private List<Path> otherThanWorkspaceFiles() throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".xmi")).toList();
		}
	}

	private MailboxWorkspace workspace() {
		MailboxWorkspace workspace = WorkspaceStore.create(folder, "cached");
		for (int c = 0; c < CUSTOMERS; c++) {
			Customer customer = MailboxModels.newCustomer("customer" + c, "顧客 " + c);
			Domain domain = MailboxModels.newDomain("customer" + c + ".co.jp");
			customer.getDomains().add(domain);
			for (int m = 0; m < 4; m++) {
				Mailbox mailbox = MailboxModels.newMailbox(domain, address(c, m));
				mailbox.setDisplayName(m == 0 ? "髙橋 一郎" : "User " + c + "/" + m);
				mailbox.setQuotaMb(100 + c);
				if (m == 3) {
					mailbox.getForwarding().getTargets().addAll(List.of(address(c, 0), "someone@outside.example"));
				}
				domain.getMailboxes().add(mailbox);
			}
			workspace.root().getCustomers().add(customer);
		}
		return workspace;
	}

	private static String address(int customer, int mailbox) {
		return "user" + mailbox + "@customer" + customer + ".co.jp";
	}
}
