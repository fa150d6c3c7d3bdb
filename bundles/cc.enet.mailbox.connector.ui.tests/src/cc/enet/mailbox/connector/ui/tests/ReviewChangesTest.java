package cc.enet.mailbox.connector.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.test.support.ConsoleHome;
import cc.enet.mailbox.test.support.SharedServer;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.MailboxFactory;
import cc.enet.mailbox.MailboxPackage;
import cc.enet.mailbox.core.credentials.MailboxPasswords;
import cc.enet.mailbox.core.credentials.SecureStorageCredentialStore;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.model.MailboxModels;
import cc.enet.mailbox.test.support.JamesServer;
import cc.enet.mailbox.ui.session.ConsoleSession;
import cc.enet.mailbox.ui.internal.UiMessages;
import cc.enet.mailbox.connector.ui.review.ReviewMessages;
import cc.enet.mailbox.connector.ui.review.ReviewView;
import cc.enet.mailbox.ui.tests.bots.AuditLogBot;
import cc.enet.mailbox.ui.tests.bots.ConsoleBot;
import cc.enet.mailbox.ui.tests.bots.DialogBot;
import cc.enet.mailbox.ui.tests.bots.ReviewViewBot;
import cc.enet.mailbox.ui.tests.bots.ReviewViewBot.Row;
import cc.enet.mailbox.ui.tests.bots.Screenshots;
import cc.enet.mailbox.ui.tests.bots.Ui;

/**
 * Review Changes against a real Apache James: the plan of a new workspace shows what to create, Apply is refused
 * while the workspace is unsaved, then applies; WebAdmin shows the accounts and the forward, the audit log lists them.
 */
class ReviewChangesTest {

	/** The console home of this class's own: its secure storage, demo workspace and logs. */
	@RegisterExtension
	static final ConsoleHome HOME = new ConsoleHome();

	/** The module's James, emptied for this class (it stays up for the next). */
	@RegisterExtension
	static final SharedServer<JamesServer> JAMES = SharedJames.JAMES;

	private static final String PW = "Review-Pa55word";
	private static JamesServer james;
	private static Path folder;

	@BeforeAll
	static void startJames() throws Exception {
		james = JAMES.get();
		folder = HOME.folder();
	}

	private static Path createWorkspace() throws Exception {
		Path ws = folder.resolve("ws");
		MailboxWorkspace workspace = WorkspaceStore.create(ws, "review");
		Customer customer = MailboxModels.newCustomer("C-100", "Review Trading");
		Domain domain = MailboxModels.newDomain("review.test");
		domain.getEndpoints().get(0).setHost("pop3.hetemail.jp"); // as Enet notified them
		domain.getEndpoints().get(2).setHost("smtp.hetemail.jp");
		domain.setServer("test"); // the workspace has two servers: each domain names its own
		customer.getDomains().add(domain);
		workspace.root().getCustomers().add(customer);
		Mailbox tanaka = MailboxModels.newMailbox(domain, "tanaka@review.test");
		Mailbox sato = MailboxModels.newMailbox(domain, "sato@review.test");
		sato.getForwarding().getTargets().add("tanaka@review.test");
		domain.getMailboxes().add(tanaka);
		domain.getMailboxes().add(sato);
		MailServer server = MailboxFactory.eINSTANCE.createMailServer();
		server.setName("test");
		server.setKind("james");
		server.getSettings().add("auth=none"); // this James takes no token, and the console knows it: nobody is asked
		server.setUrl(james.webAdminUrl());
		workspace.root().getServers().add(server);
		MailServer down = MailboxFactory.eINSTANCE.createMailServer();
		down.setName("down");
		down.setKind("james");
		down.setUrl("http://127.0.0.1:47999"); // nothing listens there
		workspace.root().getServers().add(down);
		WorkspaceStore.save(workspace);
		var passwords = MailboxPasswords
				.of(SecureStorageCredentialStore.openDefault(), workspace.folder());
		passwords.store("tanaka@review.test", PW.toCharArray());
		passwords.store("sato@review.test", PW.toCharArray());
		return ws;
	}

	private static List<String> targets(Mailbox mailbox) {
		return Ui.sync(() -> List.copyOf(mailbox.getForwarding().getTargets()));
	}

	private static void save(ConsoleSession session) {
		Ui.run(() -> {
			try {
				session.save();
			} catch (IOException e) {
				throw new AssertionError(e);
			}
		});
	}

	@Test
	void reviewsAppliesAndTheServerAndAuditLogShowIt() throws Exception {
		ConsoleBot console = ConsoleBot.console();
		ConsoleSession session = console.openWorkspace(createWorkspace());
		ReviewViewBot review = console.review().selectServer("test");

		review.pressPlan();
		review.waitUntilIdle().waitForStatus("Plan for server test: ");
		assertTrue(review.status().contains(" changes, 0 conflicts, 0 unmanaged, 0 unsupported"), review.status());
		List<Row> rows = review.rows();
		long changes = rows.stream().filter(r -> List.of("create", "update", "delete").contains(r.kind())).count();
		assertEquals(rows.size(), changes, rows::toString);
		assertTrue(review.status().contains(": " + changes + " changes"), review.status());
		assertTrue(rows.contains(new Row("review.test", "create", "account", "", "review.test", "", "", "")), rows::toString);
		assertTrue(rows.contains(new Row("tanaka@review.test", "create", "account", "", "tanaka@review.test", "", "", "")),
				rows::toString);
		assertTrue(rows.contains(new Row("sato@review.test", "create", "account", "", "sato@review.test", "", "", "")),
				rows::toString);
		assertTrue(rows.stream().anyMatch(r -> r.place().equals("sato@review.test") && r.kind().equals("update")
				&& r.field().equals("forwarding") && r.model().contains("tanaka@review.test")), rows::toString);
		assertEquals(List.of("review.test"), review.domains());

		// An unsaved edit: apply refuses and says why; undo returns to the saved state.
		Mailbox tanaka = session.workspace().findMailbox("tanaka@review.test").orElseThrow();
		Ui.run(() -> session.editingDomain().getCommandStack().execute(
				SetCommand.create(session.editingDomain(), tanaka, MailboxPackage.Literals.MAILBOX_SETTINGS__QUOTA_MB, 2048)));
		review.pressApply().waitForStatus("Apply refused: the workspace has unsaved changes");
		Ui.run(() -> session.commandStack().undo()); // no editor is open: undo on the session's stack
		console.waitForFindings();
		assertFalse(Ui.sync(session::isDirty));

		// A saved rule error (sato forwards to itself): apply refuses and says why.
		Mailbox sato = session.workspace().findMailbox("sato@review.test").orElseThrow();
		Ui.run(() -> session.editingDomain().getCommandStack().execute(AddCommand.create(session.editingDomain(),
				sato.getForwarding(), MailboxPackage.Literals.FORWARDING__TARGETS, "sato@review.test")));
		save(session);
		console.waitForFindings();
		review.pressApply().waitForStatus("Apply refused: the workspace has ");
		assertTrue(review.status().contains("1 rule error. Fix it first"), review.status());
		Ui.run(() -> session.commandStack().undo());
		save(session);
		console.waitForFindings();

		review.pressApply().waitUntilIdle().waitForStatus("Applied to test: " + changes + " done, 0 failed, 0 skipped, 0 not attempted");
		rows = review.rows();
		assertTrue(rows.stream().allMatch(r -> r.result().startsWith("done")), rows::toString);

		// While an apply writes the model, edits are refused with the reason.
		Ui.run(() -> session.setBusy("apply running"));
		Ui.async(() -> session.editingDomain().getCommandStack().execute(
				SetCommand.create(session.editingDomain(), tanaka, MailboxPackage.Literals.MAILBOX_SETTINGS__QUOTA_MB, 4096)));
		DialogBot.waitFor(UiMessages.Busy_title).ok();
		assertEquals(1024, (int) Ui.sync(tanaka::getQuotaMb));
		assertFalse(Ui.sync(session::isDirty));
		Ui.run(() -> session.setBusy(null));

		String users = james.get("/users");
		assertTrue(users.contains("tanaka@review.test") && users.contains("sato@review.test"), users);
		String forwards = james.get("/address/forwards/sato@review.test");
		assertTrue(forwards.contains("tanaka@review.test"), forwards);

		AuditLogBot audit = console.auditLog().waitForRows((int) changes);
		List<AuditLogBot.Row> lines = audit.rows();
		assertEquals(changes, lines.size(), lines::toString);
		assertTrue(lines.stream().allMatch(l -> l.server().equals("test") && l.result().equals("done")), lines::toString);
		assertTrue(lines.stream().anyMatch(l -> l.change().equals("Create mailbox sato@review.test")), lines::toString);
		assertTrue(lines.stream().anyMatch(l -> l.change().equals("Create domain review.test")), lines::toString);
		assertTrue(lines.get(0).time().compareTo(lines.get(lines.size() - 1).time()) >= 0, "newest first: " + lines);

		review.pressPlan().waitUntilIdle().waitForStatus("Plan for server test: 0 changes, 0 conflicts");

		// The customer redirects sato's mail in webmail: a conflict; taking theirs puts the server's value in the model.
		assertEquals(204, james.put("/address/forwards/sato@review.test/targets/other@review.test"));
		assertEquals(204, james.delete("/address/forwards/sato@review.test/targets/tanaka@review.test"));
		// Plan reads what staff changed (nothing); Refresh All reads every mailbox and finds the customer's change
		review.pressPlan().waitUntilIdle().waitForStatus("Plan for server test: 0 changes, 0 conflicts");
		assertTrue(review.status().contains("Read only the 0 mailboxes"), review.status());
		review.pressRefreshAll().waitUntilIdle().waitForStatus("Plan for server test: 0 changes, 1 conflict, 0 unmanaged");
		assertTrue(review.status().contains("Read every mailbox"), review.status());
		List<Row> drifted = review.rows();
		Row conflict = drifted.stream().filter(r -> r.kind().equals("conflict")).findFirst()
				.orElseThrow(() -> new AssertionError(drifted));
		assertEquals("sato@review.test", conflict.place());
		assertEquals("forwarding", conflict.field());
		assertTrue(conflict.server().contains("other@review.test") && conflict.model().contains("tanaka@review.test"), conflict::toString);
		assertEquals("Leave", conflict.decision());
		review.decide("sato@review.test", "Take theirs");
		assertTrue(review.rows().stream().anyMatch(r -> r.kind().equals("conflict") && r.decision().equals("Take theirs")));
		review.pressApply().waitUntilIdle().waitForStatus("Applied to test: 0 done, 0 failed, 0 skipped, 0 not attempted; 0 conflicts left alone, 1 taken from the server.");
		assertEquals(List.of("other@review.test"), targets(sato));
		// What the apply took into the model is one step on the undo stack, saved with the apply.
		assertEquals("Apply to test", Ui.sync(() -> session.commandStack().getUndoCommand().getLabel()));
		assertFalse(Ui.sync(session::isDirty));
		Ui.run(() -> session.commandStack().undo());
		assertEquals(List.of("tanaka@review.test"), targets(sato));
		assertTrue(Ui.sync(session::isDirty));
		Ui.run(() -> session.commandStack().redo());
		assertEquals(List.of("other@review.test"), targets(sato));
		assertFalse(Ui.sync(session::isDirty));
		review.pressPlan().waitUntilIdle().waitForStatus("Plan for server test: 0 changes, 0 conflicts, 0 unmanaged");

		// An account made on the server by hand: shown as unmanaged by a full refresh, never deleted.
		assertEquals(204, james.putJson("/users/extra@review.test", "{\"password\":\"" + PW + "\"}"));
		review.pressRefreshAll().waitUntilIdle().waitForStatus("Plan for server test: 0 changes, 0 conflicts, 1 unmanaged");
		assertTrue(review.rows().contains(new Row("extra@review.test", "unmanaged", "account", "extra@review.test", "", "", "", "")),
				() -> review.rows().toString());
		assertTrue(console.auditLog().rows().get(0).change().startsWith("Take the forwarding of sato@review.test from the server: "),
				() -> console.auditLog().rows().toString());

		// The customer changes sato's forward back in webmail; Pull takes it into the model as one undoable step.
		assertEquals(204, james.put("/address/forwards/sato@review.test/targets/tanaka@review.test"));
		assertEquals(204, james.delete("/address/forwards/sato@review.test/targets/other@review.test"));
		review.pressPull();
		DialogBot confirm = DialogBot.waitFor(ReviewMessages.Review_pullConfirmTitle);
		Screenshots.take("pull-confirm-en");
		confirm.ok();
		review.waitUntilIdle().waitForStatus("Pull from test: 1 mailbox took the server's values");
		Screenshots.take("review-pull-en");
		assertEquals(List.of("tanaka@review.test"), targets(sato));
		assertEquals("Pull from test", Ui.sync(() -> session.commandStack().getUndoCommand().getLabel()));
		assertFalse(Ui.sync(session::isDirty));
		assertTrue(WorkspaceStore.open(session.workspace().folder()).findMailbox("sato@review.test").orElseThrow()
				.getForwarding().getTargets().contains("tanaka@review.test"), "the pull is saved");
		Ui.run(() -> session.commandStack().undo());
		assertEquals(List.of("other@review.test"), targets(sato));
		Ui.run(() -> session.commandStack().redo());
		assertFalse(Ui.sync(session::isDirty));
		review.pressRefreshAll().waitUntilIdle().waitForStatus("Plan for server test: 0 changes, 0 conflicts, 1 unmanaged");
		assertTrue(console.auditLog().rows().get(0).change().equals("Take the values of sato@review.test from the server"),
				() -> console.auditLog().rows().toString());

		// A server that does not answer: named in a clear message, and nothing to apply. It holds no domain of the
		// workspace, so Plan has nothing to read there; Refresh All reads the whole server.
		review.selectServer("down").pressRefreshAll();
		DialogBot.waitFor(ReviewMessages.Review_secretTitle).ok(); // a server that takes a token: asked for, none typed
		review.waitUntilIdle().waitForStatus("Server down cannot be reached");
		assertFalse(review.isApplyEnabled());
		assertTrue(review.rows().isEmpty());
	}

	/**
	 * All servers: every server planned side by side and shown per server, the one that does not answer saying so on
	 * its own line while the other's plan is there; a domain on no server is named as left out.
	 */
	@Test
	void allServersShowsThePlanOfEveryServerGroupedPerServer() throws Exception {
		Path ws = folder.resolve("ws-fleet");
		MailboxWorkspace workspace = WorkspaceStore.create(ws, "fleet");
		Customer customer = MailboxModels.newCustomer("C-300", "Fleet Trading");
		workspace.root().getCustomers().add(customer);
		var passwords = MailboxPasswords.of(SecureStorageCredentialStore.openDefault(), workspace.folder());
		for (String[] domainAndServer : new String[][] { { "east.test", "test" }, { "west.test", "down" }, { "loose.test", null } }) {
			Domain domain = MailboxModels.newDomain(domainAndServer[0]);
			domain.getEndpoints().get(0).setHost("pop3.hetemail.jp");
			domain.getEndpoints().get(2).setHost("smtp.hetemail.jp");
			domain.setServer(domainAndServer[1]);
			customer.getDomains().add(domain);
			domain.getMailboxes().add(MailboxModels.newMailbox(domain, "info@" + domain.getName()));
			passwords.store("info@" + domain.getName(), PW.toCharArray());
		}
		for (String[] nameAndUrl : new String[][] { { "test", james.webAdminUrl() }, { "down", "http://127.0.0.1:47999" } }) {
			MailServer server = MailboxFactory.eINSTANCE.createMailServer();
			server.setName(nameAndUrl[0]);
			server.setKind("james");
			server.getSettings().add("auth=none");
			server.setUrl(nameAndUrl[1]);
			workspace.root().getServers().add(server);
		}
		WorkspaceStore.save(workspace);

		ConsoleBot console = ConsoleBot.console();
		console.openWorkspace(ws);
		ReviewViewBot review = console.review().selectAllServers();
		review.pressPlan().waitUntilIdle().waitForStatus("Planned 2 servers: 1 read, 1 not");
		assertTrue(review.status().contains("left out of every plan and apply (rule domain.server): loose.test"), review.status());
		List<String> servers = review.serverRows();
		assertEquals(2, servers.size(), servers::toString);
		assertTrue(servers.get(0).startsWith("Server test | Plan for server test: "), servers::toString);
		assertTrue(servers.get(1).startsWith("Server down | Server down cannot be reached"), servers::toString);
		List<Row> rows = review.rows();
		assertTrue(rows.stream().anyMatch(r -> r.place().equals("info@east.test") && r.kind().equals("create")), rows::toString);
		assertTrue(rows.stream().noneMatch(r -> r.place().contains("west.test") || r.place().contains("loose.test")),
				rows::toString);
		Screenshots.take("review-all-servers-en");
		review.pressApply();
		review.waitForStatus("Apply goes to one server at a time here");
		assertFalse(james.get("/users").contains("info@east.test"), "nothing applied from the fleet view");
		console.closeView(ReviewView.ID);
	}

	/**
	 * A domain whose mail is off (its option lost to the course's free forwarding): the plan shows its changes as
	 * refused with the reason, Apply applies the other domain and refuses those. The columns fit what they show.
	 */
	@Test
	void aDomainWhoseMailIsOffIsRefusedWhileTheOtherIsApplied() throws Exception {
		Path ws = folder.resolve("ws-off");
		MailboxWorkspace workspace = WorkspaceStore.create(ws, "mail-off");
		Customer customer = MailboxModels.newCustomer("C-200", "Mail Off Trading");
		workspace.root().getCustomers().add(customer);
		var passwords = MailboxPasswords.of(SecureStorageCredentialStore.openDefault(), ws);
		for (String name : List.of("on.test", "off.test")) {
			Domain domain = MailboxModels.newDomain(name);
			domain.getEndpoints().get(0).setHost("pop3.hetemail.jp");
			domain.getEndpoints().get(2).setHost("smtp.hetemail.jp");
			customer.getDomains().add(domain);
			domain.getMailboxes().add(MailboxModels.newMailbox(domain, "info@" + name));
			passwords.store("info@" + name, PW.toCharArray());
		}
		customer.getDomains().get(1).setMailOptionLost(true);
		MailServer server = MailboxFactory.eINSTANCE.createMailServer();
		server.setName("test");
		server.setKind("james");
		server.getSettings().add("auth=none");
		server.setUrl(james.webAdminUrl());
		workspace.root().getServers().add(server);
		WorkspaceStore.save(workspace);

		ConsoleBot console = ConsoleBot.console();
		console.openWorkspace(ws);
		ReviewViewBot review = console.review().selectServer("test");
		assertEquals(List.of(), review.buttonsCutOff(), "every button of Review Changes shows whole");
		review.pressPlan().waitUntilIdle().waitForStatus("Plan for server test: ");
		assertTrue(review.status().contains("The mail of off.test is off"), review.status());
		List<Row> planned = review.rows();
		assertTrue(planned.stream().filter(r -> r.place().contains("off.test"))
				.allMatch(r -> r.result().startsWith("Will be refused: not sent while the domain's mail is off")), planned::toString);
		assertTrue(planned.stream().filter(r -> r.place().contains("on.test")).allMatch(r -> r.result().isEmpty()),
				planned::toString);
		assertEquals(List.of(), review.cellsCutOff(500), "addresses, values and results read whole");
		Screenshots.take("review-mail-off-en");

		review.pressApply().waitUntilIdle().waitForStatus("Applied to test: ");
		List<Row> applied = review.rows();
		assertTrue(applied.stream().filter(r -> r.place().contains("on.test")).allMatch(r -> r.result().startsWith("done")),
				applied::toString);
		assertTrue(applied.stream().filter(r -> r.place().contains("off.test")).allMatch(r -> r.result().startsWith("not attempted")),
				applied::toString);
		String users = james.get("/users");
		assertTrue(users.contains("info@on.test") && !users.contains("info@off.test"), users);

		// a width the user set is kept, also when the view is made again; the others still follow their content
		int kind = review.columnWidths().get(ReviewView.COL_KIND) + 40;
		review.resizeColumn(ReviewView.COL_KIND, kind);
		console.closeView(ReviewView.ID);
		review = console.review();
		assertEquals(kind, (int) review.columnWidths().get(ReviewView.COL_KIND), "the width the user set");
		review.selectServer("test").pressPlan().waitUntilIdle().waitForStatus("Plan for server test: ");
		assertEquals(kind, (int) review.columnWidths().get(ReviewView.COL_KIND), "not fitted over");
		assertEquals(List.of(), review.cellsCutOff(500));
		// the next test starts from the console's own widths again
		Ui.run(() -> InstanceScope.INSTANCE.getNode("cc.enet.mailbox.ui/columns").remove(ReviewView.ID + "." + ReviewView.COL_KIND));
		console.closeView(ReviewView.ID);
	}
}
