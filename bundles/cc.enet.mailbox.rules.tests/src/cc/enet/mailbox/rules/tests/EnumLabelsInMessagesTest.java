package cc.enet.mailbox.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Enumerator;
import org.junit.jupiter.api.Test;

import cc.enet.mailbox.AuthMethod;
import cc.enet.mailbox.Course;
import cc.enet.mailbox.MailOption;
import cc.enet.mailbox.Protocol;
import cc.enet.mailbox.Retention;
import cc.enet.mailbox.SendEncoding;
import cc.enet.mailbox.TlsMode;
import cc.enet.mailbox.model.EnumLabels;
import cc.enet.mailbox.rules.Finding;

/** Staff read the guide's words for every value, in rule messages too: never a literal such as CRAM_MD5. */
class EnumLabelsInMessagesTest {

	/** A model literal as it must never be shown: upper case words joined by an underscore. */
	private static final Pattern LITERAL = Pattern.compile("\\b[A-Z0-9]+_[A-Z0-9_]+\\b");

	@Test
	void authenticationIsNamedAsTheGuideDoes() {
		Fixture f = new Fixture();
		f.endpoint("x.jp", Protocol.SMTP).setAuthentication(AuthMethod.CRAM_MD5);
		Finding finding = f.findings("auth.method").get(0);
		assertTrue(finding.message(Locale.ENGLISH).contains("CRAM-MD5"), finding.message(Locale.ENGLISH));
		assertTrue(finding.message(Locale.JAPANESE).contains("CRAM-MD5"), finding.message(Locale.JAPANESE));
		assertTrue(finding.message(Locale.JAPANESE).contains("通常の認証方法"), finding.message(Locale.JAPANESE));
		assertFalse(finding.message(Locale.ENGLISH).contains("CRAM_MD5"));
	}

	@Test
	void mailOptionIsNamedInEachLanguage() {
		Fixture f = new Fixture();
		f.domain("x.jp").setCourseFreeForwarding(true);
		Finding finding = f.findings("domain.forwarding.conflict").get(0);
		assertTrue(finding.message(Locale.ENGLISH).contains("Independent mailbox (POP3) option, type B"),
				finding.message(Locale.ENGLISH));
		assertTrue(finding.message(Locale.JAPANESE).contains("独立メールボックス(POP3)オプション(タイプB)"),
				finding.message(Locale.JAPANESE));
	}

	@Test
	void noMessageShowsAModelLiteral() {
		Fixture f = new Fixture();
		f.endpoint("x.jp", Protocol.POP3).setAuthentication(AuthMethod.KERBEROS_GSSAPI);
		f.endpoint("y.jp", Protocol.IMAP).setTls(TlsMode.STARTTLS);
		f.domain("z.jp").setMailOption(MailOption.EMAIL_PACK_10);
		f.domain("z.jp").setCourseFreeForwarding(true);
		f.a.setRetention(Retention.LEAVE_FOREVER);
		f.b.setSendEncoding(SendEncoding.UTF_8);
		List<Finding> findings = f.findings();
		assertTrue(findings.size() >= 5, findings::toString);
		for (Finding finding : findings) {
			for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
				String message = finding.message(locale);
				assertFalse(LITERAL.matcher(message).find(), message);
			}
		}
	}

	@Test
	void everyValueHasALabelInBothLanguages() {
		List<List<? extends Enumerator>> enums = List.of(Course.VALUES, MailOption.VALUES,
				Protocol.VALUES, TlsMode.VALUES, AuthMethod.VALUES, SendEncoding.VALUES, Retention.VALUES);
		for (List<? extends Enumerator> values : enums) {
			for (var value : values) {
				String english = EnumLabels.label(value, Locale.ENGLISH);
				String japanese = EnumLabels.label(value, Locale.JAPANESE);
				assertFalse(LITERAL.matcher(english).find(), english);
				assertFalse(LITERAL.matcher(japanese).find(), japanese);
				assertFalse(english.isBlank());
			}
		}
		assertEquals("通常の認証方法", EnumLabels.label(AuthMethod.NORMAL_PASSWORD, Locale.JAPANESE));
		assertEquals("SSL接続", EnumLabels.label(TlsMode.IMPLICIT, Locale.JAPANESE));
		assertEquals("Normal password", EnumLabels.label(AuthMethod.NORMAL_PASSWORD, Locale.ENGLISH));
		assertEquals("サーバーにメッセージコピーを置く(x日後にサーバーから削除する)", EnumLabels.label(Retention.LEAVE_DAYS, Locale.JAPANESE));
	}
}
