package cc.enet.mailbox.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.model.MailboxModels;
import cc.enet.mailbox.rules.Finding;

/** One address is one account on the server, whichever domain or customer files it. */
class MailboxDuplicateTest {

	private static List<String> duplicates(Fixture f) {
		return f.findings("mailbox.duplicate").stream()
				.map(x -> x.domain() + " " + x.mailbox() + " " + x.severity() + " " + x.message(Locale.ENGLISH)).toList();
	}

	@Test
	void sameDomainFiledUnderTwoCustomers() {
		Fixture f = new Fixture();
		Workspace workspace = f.workspace;
		Customer other = MailboxModels.newCustomer("other", "Other customer");
		Domain again = MailboxModels.newDomain("x.jp");
		other.getDomains().add(again);
		workspace.getCustomers().add(other);
		Mailbox copy = MailboxModels.newMailbox(again, "a@x.jp");
		again.getMailboxes().add(copy);

		assertEquals(List.of("x.jp a@x.jp ERROR Address a@x.jp is used by 2 mailboxes.",
				"x.jp a@x.jp ERROR Address a@x.jp is used by 2 mailboxes."), duplicates(f));
		List<Finding> findings = f.findings("mailbox.duplicate");
		assertEquals(List.of(f.a, copy), findings.stream().map(Finding::target).toList());
	}

	@Test
	void addressFiledUnderAnotherDomainInOtherCase() {
		Fixture f = new Fixture();
		Mailbox misfiled = MailboxModels.newMailbox(f.domain("y.jp"), "A@X.JP");
		f.domain("y.jp").getMailboxes().add(misfiled);

		assertEquals(List.of("x.jp a@x.jp ERROR Address a@x.jp is used by 2 mailboxes.",
				"y.jp A@X.JP ERROR Address A@X.JP is used by 2 mailboxes."), duplicates(f));
		// The misfiled one is also in the wrong domain; nothing else is wrong.
		assertEquals(List.of("mailbox.duplicate a@x.jp address", "mailbox.duplicate A@X.JP address",
				"address.invalid A@X.JP address"), Fixture.describe(f.findings()));
	}

	@Test
	void threeCopiesAreCounted() {
		Fixture f = new Fixture();
		f.add("c@z.jp");
		f.add("C@z.jp");
		assertEquals(List.of("z.jp c@z.jp ERROR Address c@z.jp is used by 3 mailboxes.",
				"z.jp c@z.jp ERROR Address c@z.jp is used by 3 mailboxes.",
				"z.jp C@z.jp ERROR Address C@z.jp is used by 3 mailboxes."), duplicates(f));
	}

	@Test
	void japaneseMessageNamesAddressAndCount() {
		Fixture f = new Fixture();
		f.add("b@y.jp");
		assertEquals("アドレス b@y.jp が 2 件のメールボックスで使われています。",
				f.findings("mailbox.duplicate").get(0).message(Locale.JAPANESE));
	}
}
