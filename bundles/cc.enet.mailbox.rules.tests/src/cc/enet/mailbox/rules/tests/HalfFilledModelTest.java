package cc.enet.mailbox.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import cc.enet.mailbox.Protocol;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.Validation;

/** Staff validate while they type: a field not filled in yet must give findings, not stop the validation. */
class HalfFilledModelTest {

	/** Every finding has messages, and no rule failed: the Diagnostician records a crash as a diagnostic without a Finding. */
	private static void assertReported(Fixture f, List<Finding> findings) {
		for (Finding finding : findings) {
			assertFalse(finding.message(Locale.ENGLISH).isBlank());
			assertFalse(finding.message(Locale.JAPANESE).isBlank());
		}
		Diagnostic diagnostic = new Validation().diagnose(f.workspace, Locale.ENGLISH);
		assertEquals(findings.size(), diagnostic.getChildren().size(), diagnostic::toString);
		for (Diagnostic child : diagnostic.getChildren()) {
			assertInstanceOf(Finding.class, child.getData().get(child.getData().size() - 1), child::toString);
		}
	}

	@Test
	void smtpEndpointWithoutHost() {
		Fixture f = new Fixture();
		f.endpoint("x.jp", Protocol.SMTP).setHost(null);
		f.endpoint("x.jp", Protocol.SMTP).setSmtpAuth(false);
		List<Finding> findings = f.findings();
		assertEquals(List.of("smtp.auth.required x.jp endpoints[SMTP].smtpAuth", "endpoint.host x.jp endpoints[SMTP].host"),
				Fixture.describe(findings));
		assertReported(f, findings);
	}

	@Test
	void domainWithoutNameMovedAway() {
		Fixture f = new Fixture();
		f.domain("z.jp").setDnsExternal(true);
		f.domain("z.jp").setName(null);
		List<Finding> findings = f.findings();
		assertEquals(List.of("domain.dns.external  dnsExternal", "address.invalid  name"), Fixture.describe(findings));
		assertReported(f, findings);
	}

	@Test
	void twoMailboxesWithoutAddress() {
		Fixture f = new Fixture();
		f.add("d@x.jp").setAddress(null);
		f.add("e@x.jp").setAddress(null);
		List<Finding> findings = f.findings();
		assertEquals(List.of("mailbox.duplicate x.jp address", "address.invalid x.jp address",
				"mailbox.duplicate x.jp address", "address.invalid x.jp address"), Fixture.describe(findings));
		assertReported(f, findings);
	}
}
