package cc.enet.mailbox.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cc.enet.mailbox.AuthMethod;
import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.MailOption;
import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.MailboxFactory;
import cc.enet.mailbox.Retention;
import cc.enet.mailbox.ServiceEndpoint;
import cc.enet.mailbox.TlsMode;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.model.MailboxModels;
import cc.enet.mailbox.rules.ChangedObjects;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.IncrementalValidation;
import cc.enet.mailbox.rules.ServerForwards;
import cc.enet.mailbox.rules.Validation;

/**
 * After every edit, the incremental findings are exactly those of a full validation: random edits (seeded, so a
 * failure repeats) of everything the rules read, loops and shared addresses included.
 */
class IncrementalValidationTest {

	private static final String[] DOMAINS = { "x.jp", "y.jp", "z.jp", "w.jp" };

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8 })
	void randomEditsGiveTheFullFindings(long seed) {
		Random random = new Random(seed);
		Workspace workspace = Models.workspace(DOMAINS);
		for (int i = 0; i < 40; i++) {
			Models.mailbox(workspace, "u" + random.nextInt(25) + "@" + DOMAINS[random.nextInt(DOMAINS.length)]);
		}
		ChangedObjects changes = new ChangedObjects();
		workspace.eAdapters().add(changes);
		IncrementalValidation incremental = new IncrementalValidation(workspace);
		assertSame(workspace, new Validation().findings(workspace), incremental.findings(), "start");
		int loopsSeen = 0;
		for (int step = 0; step < 300; step++) {
			String edit = edit(workspace, random);
			List<Finding> updated = incremental.update(changes.drain());
			List<Finding> full = new Validation().findings(workspace);
			assertSame(workspace, full, updated, "seed " + seed + ", step " + step + ": " + edit);
			if (full.stream().anyMatch(f -> f.ruleId().equals("forward.loop"))) {
				loopsSeen++;
			}
		}
		assertTrue(loopsSeen > 0, "the edits never made a loop: the test would not see a wrong one");
	}

	/** The same with a server's forwarding: loops through addresses only the server holds open and close too. */
	@ParameterizedTest
	@ValueSource(longs = { 11, 12, 13, 14 })
	void randomEditsWithTheServersForwardingGiveTheFullFindings(long seed) {
		Random random = new Random(seed);
		Workspace workspace = Models.workspace(DOMAINS);
		for (int i = 0; i < 40; i++) {
			Models.mailbox(workspace, "u" + random.nextInt(25) + "@" + DOMAINS[random.nextInt(DOMAINS.length)]);
		}
		List<String> addresses = workspace.getCustomers().stream().flatMap(c -> c.getDomains().stream())
				.flatMap(d -> d.getMailboxes().stream()).map(Mailbox::getAddress).toList();
		Map<String, List<String>> held = new HashMap<>();
		for (int i = 0; i < 10; i++) {
			held.put("s" + i + "@w.jp", List.of(random.nextInt(4) == 0 ? "s" + random.nextInt(10) + "@w.jp"
					: addresses.get(random.nextInt(addresses.size()))));
		}
		ServerForwards server = ServerForwards.of("live", held);
		ChangedObjects changes = new ChangedObjects();
		workspace.eAdapters().add(changes);
		IncrementalValidation incremental = new IncrementalValidation(workspace, server);
		assertSame(workspace, new Validation().findings(workspace, server), incremental.findings(), "start");
		int serverLoopsSeen = 0;
		for (int step = 0; step < 300; step++) {
			String edit;
			List<Mailbox> all = workspace.getCustomers().stream().flatMap(c -> c.getDomains().stream())
					.flatMap(d -> d.getMailboxes().stream()).toList();
			if (random.nextInt(4) == 0 && !all.isEmpty()) {
				Mailbox mailbox = all.get(random.nextInt(all.size()));
				String target = "s" + random.nextInt(10) + "@w.jp";
				addNew(MailboxModels.forwarding(mailbox).getTargets(), target);
				edit = mailbox.getAddress() + " forwards to " + target + " (only on the server)";
			} else {
				edit = edit(workspace, random);
			}
			List<Finding> updated = incremental.update(changes.drain());
			List<Finding> full = new Validation().findings(workspace, server);
			assertSame(workspace, full, updated, "seed " + seed + ", step " + step + ": " + edit);
			if (full.stream().anyMatch(f -> f.messageKey().equals("forward.loop.server"))) {
				serverLoopsSeen++;
			}
		}
		assertTrue(serverLoopsSeen > 0, "no loop ever ran through the server: the test would not see a wrong one");
	}

	/** Enet's host list is a workspace-wide setting: editing it re-checks every endpoint, as a full run would. */
	@Test
	void editingEnetsHostListReChecksEveryEndpoint() {
		Workspace workspace = Models.workspace(DOMAINS);
		workspace.getEnetHosts().addAll(List.of("pop3.hetemail.jp", "imap4.hetemail.jp"));
		ChangedObjects changes = new ChangedObjects();
		workspace.eAdapters().add(changes);
		IncrementalValidation incremental = new IncrementalValidation(workspace);
		assertEquals(DOMAINS.length, incremental.findings().stream().filter(f -> f.ruleId().equals("endpoint.host")).count(),
				"every SMTP host is outside the list");
		workspace.getEnetHosts().add("SMTP.hetemail.jp");
		List<Finding> updated = incremental.update(changes.drain());
		assertSame(workspace, new Validation().findings(workspace), updated, "after adding the SMTP host");
		assertTrue(updated.stream().noneMatch(f -> f.ruleId().equals("endpoint.host")));
		workspace.getEnetHosts().remove("pop3.hetemail.jp");
		assertSame(workspace, new Validation().findings(workspace), incremental.update(changes.drain()), "after removing");
	}

	@Test
	void editingAServersHostNamesOrAddingAServerReChecksWhereEveryDomainLives() {
		Workspace workspace = Models.workspace(DOMAINS);
		MailServer east = server(workspace, "east");
		ChangedObjects changes = new ChangedObjects();
		workspace.eAdapters().add(changes);
		IncrementalValidation incremental = new IncrementalValidation(workspace);
		assertTrue(incremental.findings().stream().noneMatch(f -> f.ruleId().equals("domain.server")), "one server: all live on it");
		server(workspace, "west");
		List<Finding> two = incremental.update(changes.drain());
		assertSame(workspace, new Validation().findings(workspace), two, "after adding a second server");
		assertEquals(DOMAINS.length, two.stream().filter(f -> f.ruleId().equals("domain.server")).count());
		east.getHostNames().add(Models.POP3_HOST); // every domain's notified POP3 host
		List<Finding> served = incremental.update(changes.drain());
		assertSame(workspace, new Validation().findings(workspace), served, "after east lists the host names it serves");
		assertTrue(served.stream().noneMatch(f -> f.ruleId().equals("domain.server")));
	}

	private static MailServer server(Workspace workspace, String name) {
		MailServer server = MailboxFactory.eINSTANCE.createMailServer();
		server.setName(name);
		workspace.getServers().add(server);
		return server;
	}

	@Test
	void anEditChecksOnlyWhatItReaches() {
		Workspace workspace = Models.workspace(DOMAINS);
		for (int i = 0; i < 50; i++) {
			Models.mailbox(workspace, "u" + i + "@x.jp");
		}
		Mailbox a = Models.mailbox(workspace, "a@y.jp");
		Mailbox b = Models.mailbox(workspace, "b@z.jp");
		ChangedObjects changes = new ChangedObjects();
		workspace.eAdapters().add(changes);
		IncrementalValidation incremental = new IncrementalValidation(workspace);

		MailboxModels.forwarding(a).getTargets().add("b@z.jp");
		MailboxModels.forwarding(b).getTargets().add("a@y.jp");
		List<Finding> findings = incremental.update(changes.drain());

		assertEquals(2, findings.stream().filter(f -> f.ruleId().equals("forward.loop")).count());
		assertEquals(2, incremental.lastChecked(), "a loop of two mailboxes is two units to check, not 52");
	}

	@Test
	void theFastFullValidationReportsWhatTheDiagnosticianDoes() {
		Random random = new Random(11);
		Workspace workspace = Models.workspace(DOMAINS);
		for (int i = 0; i < 40; i++) {
			Models.mailbox(workspace, "u" + random.nextInt(25) + "@" + DOMAINS[random.nextInt(DOMAINS.length)]);
		}
		for (int step = 0; step < 200; step++) {
			edit(workspace, random);
		}
		List<Finding> fast = new Validation().findings(workspace);
		assertFalse(fast.isEmpty());
		assertEquals(new Validation().findingsByDiagnostician(workspace), fast);
	}

	/** Same findings, unit by unit (mailbox, domain, other object) and in model order within each. */
	private static void assertSame(Workspace workspace, List<Finding> full, List<Finding> incremental, String when) {
		assertEquals(full.size(), incremental.size(), () -> when + "\nfull:        " + describe(full) + "\nincremental: "
				+ describe(incremental));
		assertEquals(byUnit(full), byUnit(incremental), when);
	}

	private static List<String> describe(List<Finding> findings) {
		return findings.stream().map(f -> f.ruleId() + " " + f.place() + " " + f.featurePath() + " " + f.arguments())
				.sorted().toList();
	}

	private static Map<EObject, List<Finding>> byUnit(List<Finding> findings) {
		Map<EObject, List<Finding>> map = new HashMap<>();
		for (Finding finding : findings) {
			EObject unit = finding.target();
			for (EObject o = finding.target(); o != null; o = o.eContainer()) {
				if (o instanceof Mailbox || o instanceof Domain) {
					unit = o;
					break;
				}
			}
			map.computeIfAbsent(unit, k -> new ArrayList<>()).add(finding);
		}
		return map;
	}

	/** The model's lists hold an entry once. */
	private static void addNew(List<String> list, String entry) {
		if (!list.contains(entry)) {
			list.add(entry);
		}
	}

	/** One random edit, named for the failure message. */
	private static String edit(Workspace workspace, Random random) {
		List<Domain> domains = workspace.getCustomers().stream().flatMap(c -> c.getDomains().stream()).toList();
		List<Mailbox> mailboxes = domains.stream().flatMap(d -> d.getMailboxes().stream()).toList();
		Domain domain = domains.get(random.nextInt(domains.size()));
		if (mailboxes.isEmpty()) {
			Models.mailbox(workspace, "first@" + domain.getName());
			return "first mailbox";
		}
		Mailbox mailbox = mailboxes.get(random.nextInt(mailboxes.size()));
		Mailbox other = mailboxes.get(random.nextInt(mailboxes.size()));
		switch (random.nextInt(18)) {
		case 0, 1, 2:
			addNew(MailboxModels.forwarding(mailbox).getTargets(),
					random.nextInt(6) == 0 ? other.getAddress().toUpperCase() : other.getAddress());
			if (random.nextInt(4) == 0) {
				addNew(MailboxModels.forwarding(other).getTargets(), mailbox.getAddress()); // two edits at once
				return mailbox.getAddress() + " and " + other.getAddress() + " forward to each other";
			}
			return mailbox.getAddress() + " forwards to " + other.getAddress();
		case 3:
			if (!MailboxModels.forwarding(mailbox).getTargets().isEmpty()) {
				MailboxModels.forwarding(mailbox).getTargets().remove(0);
			}
			return mailbox.getAddress() + " drops its first target";
		case 4:
			mailbox.setAddress("u" + random.nextInt(25) + "@" + domain.getName());
			return "address now " + mailbox.getAddress();
		case 5:
			Mailbox added = MailboxModels.newMailbox(domain, "u" + random.nextInt(25) + "@" + domain.getName());
			domain.getMailboxes().add(random.nextInt(domain.getMailboxes().size() + 1), added);
			return "new mailbox " + added.getAddress();
		case 6:
			EcoreUtil.remove(mailbox);
			return "removed " + mailbox.getAddress();
		case 7:
			if (mailbox.getDomain() == domain) {
				domain.getMailboxes().move(0, mailbox);
			} else {
				domain.getMailboxes().add(0, mailbox); // takes it from its domain
			}
			return "moved " + mailbox.getAddress() + " to the top of " + domain.getName();
		case 8:
			mailbox.setDisplayName(random.nextBoolean() ? "髙橋" : random.nextBoolean() ? "田中" : "Tanaka");
			return "display name";
		case 9:
			mailbox.setRetention(Retention.get(random.nextInt(3)));
			mailbox.setRetentionDays(random.nextInt(3));
			return "retention";
		case 10:
			addNew(MailboxModels.filters(mailbox).getDenyDomains(), random.nextBoolean() ? "enet.cc" : "spam.example");
			MailboxModels.filters(mailbox).setRejectSpam(random.nextBoolean());
			return "deny list";
		case 11:
			mailbox.setForwarding(random.nextBoolean() ? null : MailboxModels.newMailbox(null, "t@x.jp").getForwarding());
			return "forwarding replaced";
		case 12:
			domain.setName(random.nextBoolean() ? DOMAINS[random.nextInt(DOMAINS.length)] : "bad..name");
			return "domain renamed " + domain.getName();
		case 13:
			ServiceEndpoint endpoint = domain.getEndpoints().get(random.nextInt(domain.getEndpoints().size()));
			endpoint.setTls(TlsMode.get(random.nextInt(3)));
			endpoint.setAuthentication(random.nextBoolean() ? AuthMethod.NORMAL_PASSWORD : AuthMethod.CRAM_MD5);
			endpoint.setPort(random.nextBoolean() ? 995 : 110);
			return "endpoint";
		case 14:
			domain.setCourseFreeForwarding(random.nextBoolean());
			domain.setMailOption(MailOption.get(random.nextInt(3)));
			domain.setDnsExternal(random.nextBoolean());
			return "domain contract";
		case 15:
			Customer customer = MailboxModels.newCustomer("c" + random.nextInt(100), "new");
			Domain fresh = MailboxModels.newDomain(DOMAINS[random.nextInt(DOMAINS.length)]);
			for (int i = 0; i < 3; i++) {
				Mailbox m = MailboxModels.newMailbox(fresh, "u" + random.nextInt(25) + "@" + fresh.getName());
				addNew(m.getForwarding().getTargets(), other.getAddress());
				fresh.getMailboxes().add(m);
			}
			customer.getDomains().add(fresh);
			workspace.getCustomers().add(customer);
			return "new customer with " + fresh.getName();
		case 16:
			if (workspace.getCustomers().size() > 2) {
				workspace.getCustomers().remove(random.nextInt(workspace.getCustomers().size()));
			}
			return "customer removed";
		default:
			domain.getDefaults().setRetention(Retention.get(random.nextInt(3)));
			domain.getDefaults().getFilters().getAllowDomains().clear();
			return "domain defaults";
		}
	}
}
