package cc.enet.mailbox.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.model.EnetGuide;
import cc.enet.mailbox.model.MailboxModels;

/** What the guide does not say is not said: no host name Enet did not notify, no quota nobody set. */
class NothingInventedTest {

	/** A hetemail host in a product text: only the guide's IMAP host is one the guide names. */
	private static final Pattern HETEMAIL_HOST = Pattern.compile("[A-Za-z0-9.-]*\\.hetemail\\.jp");

	@Test
	void noHostNameTheGuideDoesNotNameInAnyTextOrSourceOfTheProduct() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path file : GlossaryTest.productFiles(p -> p.toString().endsWith(".properties")
				|| (p.toString().endsWith(".java") && !GlossaryTest.isTest(p)))) {
			Matcher m = HETEMAIL_HOST.matcher(Files.readString(file));
			while (m.find()) {
				if (!m.group().equals(EnetGuide.IMAP_HOST)) {
					found.add(GlossaryTest.ROOT.relativize(file) + ": " + m.group());
				}
			}
		}
		assertEquals(List.of(), found);
	}

	@Test
	void aNewDomainAndItsMailboxesHaveNoQuotaOfTheirOwn() {
		Domain domain = MailboxModels.newDomain("x.example");
		Mailbox mailbox = MailboxModels.newMailbox(domain, "a@x.example");
		assertFalse(domain.getDefaults().isSetQuotaMb(), "the guide states no size: the server's default applies");
		assertFalse(mailbox.isSetQuotaMb());
		domain.getDefaults().setQuotaMb(500);
		assertTrue(MailboxModels.newMailbox(domain, "b@x.example").isSetQuotaMb(), "a size staff set is kept");
	}

	@Test
	void theImapHostStartsUnconfirmed() {
		Domain domain = MailboxModels.newDomain("x.example");
		assertFalse(domain.getEndpoints().get(1).isHostConfirmed(), "the guide: most, not all, use " + EnetGuide.IMAP_HOST);
	}
}
