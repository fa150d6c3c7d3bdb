package cc.enet.mailbox.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.MailboxFactory;
import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.Protocol;
import cc.enet.mailbox.TlsMode;
import cc.enet.mailbox.model.EnumLabels;
import cc.enet.mailbox.ui.internal.UiMessages;
import cc.enet.mailbox.ui.session.ConsoleSession;
import cc.enet.mailbox.ui.tests.bots.ConsoleBot;
import cc.enet.mailbox.ui.tests.bots.DomainFormBot;
import cc.enet.mailbox.ui.tests.bots.FormBot.Decoration;
import cc.enet.mailbox.ui.tests.bots.MailboxFormBot;
import cc.enet.mailbox.ui.tests.bots.Screenshots;
import cc.enet.mailbox.ui.tests.bots.Ui;

/** The mailbox and domain forms: rule decorations as values are typed, and every change one undoable command. */
class FormEditorTest {

	private static final String TANAKA = "tanaka@sakura-trading.co.jp";

	@TempDir
	Path folder;

	private ConsoleBot console;

	@BeforeEach
	void openDemo() {
		console = ConsoleBot.console();
		console.openWorkspace(folder.resolve("demo"));
	}

	@Test
	void aDisplayNameIsCheckedAsItIsTypedBeforeAnySave() {
		MailboxFormBot form = console.navigator().open("sakura-trading.co.jp").openForm(TANAKA);
		assertEquals(TANAKA, form.title());
		assertFalse(form.displayNameDecoration().shows("displayname.unencodable"), "田中 太郎 can be sent");

		form.typeDisplayName("髙橋");
		Decoration unencodable = form.displayNameDecoration();
		assertTrue(unencodable.shows("displayname.unencodable"), unencodable::toString);
		assertTrue(unencodable.message().contains("ISO-2022-JP") && unencodable.message().contains("髙"), unencodable.message());
		Screenshots.take("mailbox-form-en");
		assertFalse(console.isDirty(), "typing alone changes nothing in the model");
		assertEquals("田中 太郎", form.mailbox().getDisplayName());

		form.typeDisplayName("高橋");
		assertFalse(form.displayNameDecoration().shows("displayname.unencodable"), form.displayNameDecoration()::toString);
		form.typeDisplayName("Ichiro Takahashi");
		assertFalse(form.displayNameDecoration().visible(), form.displayNameDecoration()::toString);

		form.enterDisplayName("高橋 一郎");
		assertEquals("高橋 一郎", form.mailbox().getDisplayName());
		assertTrue(console.isDirty());
		console.undo();
		assertEquals("田中 太郎", form.mailbox().getDisplayName());
		assertEquals("田中 太郎", form.displayName(), "the form follows the undo");
	}

	@Test
	void theServerADomainLivesOnIsChosenAsOneCommandAndOneUndoTakesItBack() {
		ConsoleSession session = console.session();
		Ui.run(() -> {
			for (String name : List.of("first", "second")) {
				MailServer server = MailboxFactory.eINSTANCE.createMailServer();
				server.setName(name);
				server.setKind("james");
				server.setUrl("http://127.0.0.1:1");
				session.commandStack().execute(AddCommand.create(session.editingDomain(), session.workspace().root(),
						Literals.WORKSPACE__SERVERS, server));
			}
		});
		List<String> servers = Ui.sync(() -> session.workspace().root().getServers().stream().map(MailServer::getName).toList());
		DomainFormBot form = console.navigator().doubleClickDomain("sakura-trading.co.jp");
		Domain domain = (Domain) form.endpoint(Protocol.POP3).eContainer();
		List<String> choices = new ArrayList<>(List.of(UiMessages.Form_serverNone));
		choices.addAll(servers);
		assertEquals(choices, form.serverChoices());
		assertEquals(UiMessages.Form_serverNone, form.server(), "several servers and none named: lives on none (domain.server)");

		form.chooseServer("second");
		assertEquals("second", Ui.sync(domain::getServer));
		assertTrue(console.undoLabel().contains("sakura-trading.co.jp"), console.undoLabel());
		console.undo();
		assertNull(Ui.sync(domain::getServer));
		assertEquals(UiMessages.Form_serverNone, form.server(), "the form follows the undo");

		form.chooseServer("first");
		Ui.run(() -> {
			MailServer third = MailboxFactory.eINSTANCE.createMailServer();
			third.setName("third");
			third.setKind("james");
			third.setUrl("http://127.0.0.1:2");
			session.commandStack().execute(AddCommand.create(session.editingDomain(), session.workspace().root(),
					Literals.WORKSPACE__SERVERS, third));
		});
		List<String> withThird = new ArrayList<>(choices);
		withThird.add("third");
		assertEquals(withThird, form.serverChoices(), "a server added while the form is open is offered at once");
		assertEquals("first", form.server(), "the choice made stays");
		console.undo();
		assertEquals(choices, form.serverChoices(), "a server removed (undo of its addition) is offered no more");
		assertEquals("first", Ui.sync(domain::getServer), "the list changing edits nothing");
	}

	@Test
	void aForwardingTargetIsAddedAsOneCommandAndOneUndoRemovesIt() {
		MailboxFormBot form = console.navigator().open("sakura-trading.co.jp").openForm(TANAKA);
		List<String> before = new ArrayList<>(form.targets());

		assertTrue(form.typeTarget("not an address").targetEntryDecoration().shows("forward.address"));
		assertTrue(form.typeTarget(TANAKA).targetEntryDecoration().shows("forward.self"));
		assertFalse(form.typeTarget("info@sakura-trading.co.jp").targetEntryDecoration().visible());
		// sales@ forwards to tanaka@ already: the loop is seen across the workspace before the target is added
		Decoration loop = form.typeTarget("sales@sakura-trading.co.jp").targetEntryDecoration();
		assertTrue(loop.shows("forward.loop"), loop::toString);
		assertTrue(loop.message().contains(TANAKA + " \u2192 sales@sakura-trading.co.jp \u2192 " + TANAKA), loop.message());

		form.addTarget("info@sakura-trading.co.jp");
		List<String> after = new ArrayList<>(before);
		after.add("info@sakura-trading.co.jp");
		assertEquals(after, form.mailbox().getForwarding().getTargets());
		assertEquals(after, form.targets());
		assertTrue(console.isDirty(), "the form shows * after the edit");

		console.undo();
		assertEquals(before, form.mailbox().getForwarding() == null ? List.of() : form.mailbox().getForwarding().getTargets());
		assertEquals(before, form.targets());
		assertFalse(console.isDirty());
	}

	@Test
	void atMostTenForwardingTargets() {
		MailboxFormBot form = console.navigator().open("sakura-trading.co.jp").openForm(TANAKA);
		int added = 0;
		while (form.canAddTarget()) {
			form.addTarget("target" + added++ + "@example.com");
			assertTrue(added <= 10, "Add stays enabled beyond 10 targets");
		}
		assertEquals(10, form.targets().size());
		Decoration limit = form.typeTarget("one-more@example.com").targetEntryDecoration();
		assertTrue(limit.shows("forward.limit"), limit::toString);
		for (int i = 0; i < added; i++) {
			console.undo();
		}
		assertTrue(form.canAddTarget());
		assertFalse(console.isDirty());
	}

	@Test
	void keepACopyWithoutAForwardingCreatesItInOneCommandAndOneUndoTakesBothBack() {
		MailboxFormBot form = console.navigator().open("sakura-trading.co.jp").openForm(TANAKA);
		Mailbox tanaka = form.mailbox();
		ConsoleSession session = console.session();
		Ui.run(() -> session.commandStack().execute(
				SetCommand.create(session.editingDomain(), tanaka, Literals.MAILBOX__FORWARDING, null)));
		assertEquals(List.of(), form.targets(), "the form follows a change made elsewhere");
		assertFalse(form.keepCopy());

		form.clickKeepCopy(true);
		assertTrue(tanaka.getForwarding() != null && tanaka.getForwarding().isKeepCopy());
		console.undo();
		assertNull(tanaka.getForwarding(), "one undo takes the created forwarding back too");
		assertFalse(form.keepCopy(), "the form follows the undo");
		console.redo(); // still there: showing the undo issued no command of its own
		assertTrue(form.keepCopy());
		assertTrue(tanaka.getForwarding().isKeepCopy());
		console.undo();
		console.undo();
		assertFalse(console.isDirty());
	}

	@Test
	void aQuotaThatIsNotANumberGoesBackToTheModelsValueWithoutACommand() {
		MailboxFormBot form = console.navigator().open("sakura-trading.co.jp").openForm(TANAKA);
		String before = Integer.toString(form.mailbox().getQuotaMb());
		assertEquals(before, form.quota());
		form.enterQuota("a lot");
		assertEquals(before, form.quota());
		assertFalse(console.isDirty());

		form.enterQuota("250");
		assertEquals(250, form.mailbox().getQuotaMb());
		console.undo();
		assertEquals(before, form.quota());
		assertFalse(console.isDirty());
	}

	@Test
	void anAllowEntryThatIsAlsoDeniedIsMarkedAsItIsTyped() {
		MailboxFormBot form = console.navigator().open("sakura-trading.co.jp").openForm(TANAKA);
		form.addDenyAddress("spam@example.com");
		assertTrue(form.denyAddresses().contains("spam@example.com"));
		assertTrue(form.typeAllowAddress("spam@example.com").allowAddressEntryDecoration().shows("filter.conflict"));
		assertFalse(form.typeAllowAddress("friend@example.com").allowAddressEntryDecoration().visible());
		assertTrue(form.typeAllowAddress("friend@@example.com").allowAddressEntryDecoration().shows("filter.entry"),
				"an entry the server cannot match is marked as typed");
		console.undo();
		assertFalse(form.denyAddresses().contains("spam@example.com"));
	}

	@Test
	void theDomainFormNamesEveryValueInTheGuidesWords() {
		DomainFormBot form = console.navigator().doubleClickDomain("midori-clinic.jp");
		assertEquals(List.of("SSL/TLS from the start", "STARTTLS", "No SSL/TLS"), form.tlsChoices(Protocol.IMAP));
		assertEquals("Normal password", form.authentication(Protocol.SMTP));
		assertEquals(List.of("Normal password", "APOP", "CRAM-MD5", "NTLM", "Kerberos (GSSAPI)", "SPA"),
				form.authenticationChoices(Protocol.SMTP));
		assertEquals(List.of("None", "Independent mailbox (POP3) option, type B", "E-mail pack 10 (old)"),
				form.mailOptionChoices());
		assertFalse(form.course().contains("_"), form.course());
	}

	@Test
	void thePop3EndpointLosesTlsStarttlsWhenSwitchedToImplicitOn995() {
		DomainFormBot form = console.navigator().doubleClickDomain("midori-clinic.jp");
		assertEquals(TlsMode.STARTTLS, form.endpoint(Protocol.POP3).getTls());
		assertEquals("110", form.port(Protocol.POP3));
		Decoration starttls = form.waitForTls(Protocol.POP3, "tls.starttls", true);
		assertTrue(starttls.message().contains("STARTTLS"), starttls.message());
		Screenshots.take("domain-form-en");

		form.chooseTls(Protocol.POP3, EnumLabels.label(TlsMode.IMPLICIT));
		form.waitForTls(Protocol.POP3, "tls.starttls", false);
		form.waitForPort(Protocol.POP3, "port.mismatch", true); // implicit TLS on 110
		assertFalse(form.typePort(Protocol.POP3, 995).portDecoration(Protocol.POP3).visible(), "995 is right, as typed");
		assertTrue(form.typePort(Protocol.POP3, 111).portDecoration(Protocol.POP3).shows("port.mismatch"));
		form.enterPort(Protocol.POP3, 995);
		assertEquals(TlsMode.IMPLICIT, form.endpoint(Protocol.POP3).getTls());
		assertEquals(995, form.endpoint(Protocol.POP3).getPort());
		form.waitForTls(Protocol.POP3, "tls.starttls", false);
		form.waitForPort(Protocol.POP3, "port.mismatch", false);
		assertFalse(form.tlsDecoration(Protocol.POP3).visible(), form.tlsDecoration(Protocol.POP3)::toString);

		console.undo();
		assertEquals(110, form.endpoint(Protocol.POP3).getPort());
		assertEquals("110", form.port(Protocol.POP3));
		assertEquals(TlsMode.IMPLICIT, form.endpoint(Protocol.POP3).getTls());
		console.undo();
		assertEquals(TlsMode.STARTTLS, form.endpoint(Protocol.POP3).getTls());
		assertEquals(EnumLabels.label(TlsMode.STARTTLS), form.tls(Protocol.POP3));
		form.waitForTls(Protocol.POP3, "tls.starttls", true);
		assertFalse(console.isDirty());
	}
}
