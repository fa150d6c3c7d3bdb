package cc.enet.mailbox.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.connector.Capabilities;
import cc.enet.mailbox.connector.Field;
import cc.enet.mailbox.connector.MailboxState;
import cc.enet.mailbox.connector.apply.ApplyOperation;
import cc.enet.mailbox.connector.apply.ApplyReport;
import cc.enet.mailbox.connector.apply.Decisions;
import cc.enet.mailbox.connector.plan.ModelStates;
import cc.enet.mailbox.connector.plan.Plan;
import cc.enet.mailbox.connector.plan.PlanEntry.Kind;
import cc.enet.mailbox.connector.plan.PlanEntry;
import cc.enet.mailbox.connector.plan.Planner;
import cc.enet.mailbox.core.credentials.SessionCredentialStore;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.test.support.CsvWorkspace;

/**
 * The SPI carries every field: against an in-memory server that declares every field readable and writable, each
 * one is planned, applied, saved as the base and, changed on the server, shown as a conflict. Against a server that
 * declares none, each one is listed as unsupported with its reason.
 */
class EveryFieldTest {

	private static final String NEW = "tanaka@abc.jp";
	private static final String WITHOUT_PASSWORD = "sato@abc.jp";

	FakeServer server = new FakeServer();
	SessionCredentialStore credentials = new SessionCredentialStore();
	/** tanaka with every field the CSV holds away from its default; sato plain. */
	@RegisterExtension
	final CsvWorkspace twoMailboxes = CsvWorkspace.of(credentials, """
			address,display_name,quota_mb,send_encoding,retention,forward_to,forward_keep_copy,allow_addresses,allow_domains,deny_addresses,deny_domains,reject_virus,reject_spam,password
			tanaka@abc.jp,田中 太郎,300,UTF-8,leave:30,a@xyz.jp;b@xyz.jp,yes,boss@xyz.jp,partner.jp,spammer@bad.jp,bad.jp,yes,yes,pw-tanaka
			sato@abc.jp,,,,,,,,,,,,,pw-sato
			""");
	MailboxWorkspace workspace;

	@BeforeEach
	void aMailboxWithEveryFieldAwayFromItsDefault() throws Exception {
		server.capabilities = new Capabilities(EnumSet.allOf(Field.class), EnumSet.allOf(Field.class), 2);
		workspace = twoMailboxes.workspace();
		mailbox(NEW).setEnabled(false); // the one field a CSV does not carry

		// an account someone made on the server without a password
		server.domains.add("abc.jp");
		server.mailboxes.put(WITHOUT_PASSWORD, ModelStates.desired(mailbox(WITHOUT_PASSWORD)).with(Field.INITIAL_PASSWORD, false));
	}

	private Plan plan() {
		return new Planner("mem", server.capabilities()).plan(workspace.root(),
				server.read(Planner.domainsOf(workspace.root()), new NullProgressMonitor()));
	}

	private ApplyReport apply(Plan plan) throws Exception {
		return new ApplyOperation(workspace, server, plan, Decisions.none(), credentials).run(new NullProgressMonitor());
	}

	private Mailbox mailbox(String address) {
		return workspace.findMailbox(address).orElseThrow();
	}

	private static Set<Field> fields(Plan plan, Kind kind) {
		return plan.entries().stream().filter(e -> e.kind() == kind && e.mailbox() != null).map(PlanEntry::field)
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(Field.class)));
	}

	@Test
	void everyFieldIsPlannedAppliedAndSavedAsTheBase() throws Exception {
		Plan plan = plan();
		Set<Field> planned = fields(plan, Kind.UPDATE);
		planned.addAll(fields(plan, Kind.CREATE));
		assertEquals(EnumSet.allOf(Field.class), planned, plan.entries().toString());

		ApplyReport report = apply(plan);

		assertTrue(report.succeeded(), report.toString());
		assertEquals("pw-sato", server.passwords.get(WITHOUT_PASSWORD), "the initial password came from secure storage");
		MailboxState wanted = ModelStates.desired(mailbox(NEW));
		for (Field field : Field.values()) {
			assertEquals(wanted.get(field), server.mailboxes.get(NEW).get(field), field.label() + " on the server");
		}
		MailboxState base = ModelStates.base(mailbox(NEW), "mem");
		for (Field field : Field.SETTINGS) {
			assertEquals(wanted.get(field), base.get(field), field.label() + " in the saved base");
		}
		assertEquals(Boolean.TRUE, ModelStates.base(mailbox(WITHOUT_PASSWORD), "mem").get(Field.INITIAL_PASSWORD));
		assertEquals(List.of(), plan().entries(), "nothing left to do");
	}

	@Test
	void everyFieldChangedOnTheServerIsAConflict() throws Exception {
		apply(plan());
		for (Field field : Field.SETTINGS) {
			MailboxState applied = server.mailboxes.get(NEW);
			server.mailboxes.put(NEW, applied.with(field, other(field, applied.get(field))));

			Plan plan = plan();

			assertEquals(List.of(field), plan.conflicts().stream().map(PlanEntry::field).toList(), field.label());
			assertEquals(List.of(), plan.changes(), field.label() + ": a conflict is no update");
			server.mailboxes.put(NEW, applied);
		}
	}

	@Test
	void aServerThatHoldsNothingListsEveryFieldWithItsReason() {
		server.capabilities = new Capabilities(EnumSet.of(Field.ACCOUNT), EnumSet.of(Field.ACCOUNT), 1);
		List<PlanEntry> unsupported = plan().entries().stream()
				.filter(e -> e.kind() == Kind.UNSUPPORTED && e.mailbox().equals(NEW)).toList();
		EnumSet<Field> expected = EnumSet.copyOf(Field.SETTINGS);
		expected.remove(Field.INITIAL_PASSWORD); // every account holds one: nothing is lost
		assertEquals(expected, unsupported.stream().map(PlanEntry::field).collect(Collectors.toCollection(() -> EnumSet.noneOf(Field.class))));
		for (PlanEntry entry : unsupported) {
			PlanEntry.Reason reason = Set.of(Field.DISPLAY_NAME, Field.SEND_ENCODING, Field.RETENTION).contains(entry.field())
					? PlanEntry.Reason.CLIENT_SIDE : PlanEntry.Reason.NOT_SUPPORTED;
			assertEquals(reason, entry.reason(), entry.field().label());
		}
		assertEquals("client-side setting: delivered through the setup files", PlanEntry.Reason.CLIENT_SIDE.text());
	}

	/** A value of the field's type that differs from {@code value}. */
	private static Object other(Field field, Object value) {
		return switch (value) {
		case Boolean b -> !b;
		case Integer i -> i + 1;
		case String s -> s + "x";
		case MailboxState.Forwarding f -> new MailboxState.Forwarding(List.of("elsewhere@xyz.jp"), false);
		case MailboxState.Filters f -> new MailboxState.Filters(List.of(), List.of(), List.of("someone@xyz.jp"), List.of(), false, false);
		default -> throw new IllegalArgumentException(field.label());
		};
	}
}
