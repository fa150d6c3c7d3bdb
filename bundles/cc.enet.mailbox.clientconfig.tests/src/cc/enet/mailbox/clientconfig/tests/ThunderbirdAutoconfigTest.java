package cc.enet.mailbox.clientconfig.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Protocol;
import cc.enet.mailbox.Retention;
import cc.enet.mailbox.clientconfig.ClientSetup;
import cc.enet.mailbox.clientconfig.SetupGate;
import cc.enet.mailbox.clientconfig.ThunderbirdAutoconfig;

class ThunderbirdAutoconfigTest {

	final SetupFixture fixture = new SetupFixture();

	@Test
	void popFirstThenImapThenSmtpAllSslWithTheNormalPassword() throws Exception {
		Xml xml = write(new SetupGate(fixture.workspace).forMailbox(fixture.tanaka));
		assertEquals("1.1", xml.text("/clientConfig/@version"));
		assertEquals("sakura-trading.co.jp", xml.text("/clientConfig/emailProvider/@id"));
		assertEquals("sakura-trading.co.jp", xml.text("/clientConfig/emailProvider/domain"));
		assertEquals(2, xml.count("//incomingServer"));
		assertEquals("pop3", xml.text("//incomingServer[1]/@type"));
		assertEquals("imap", xml.text("//incomingServer[2]/@type"));
		assertServer(xml, "//incomingServer[1]", fixture.sakura, Protocol.POP3, "tanaka@sakura-trading.co.jp");
		assertServer(xml, "//incomingServer[2]", fixture.sakura, Protocol.IMAP, "tanaka@sakura-trading.co.jp");
		assertEquals("smtp", xml.text("//outgoingServer/@type"));
		assertServer(xml, "//outgoingServer", fixture.sakura, Protocol.SMTP, "tanaka@sakura-trading.co.jp");
		assertEquals(0, xml.count("//socketType[. != 'SSL']"));
		assertEquals("https://enet.cc/webmail/", xml.text("//documentation/@url"));
		assertEquals("WEBメール: メール転送設定・メール許可/拒否・送信文字エンコーディング", xml.text("//documentation/descr[@lang='ja']"));
	}

	@Test
	void thePop3BlockCarriesTheMailboxsRetention() throws Exception {
		Xml xml = write(new SetupGate(fixture.workspace).forMailbox(fixture.tanaka));
		assertEquals("true", xml.text("//incomingServer[@type='pop3']/pop3/leaveMessagesOnServer"));
		assertEquals("14", xml.text("//incomingServer[@type='pop3']/pop3/daysToLeaveMessagesOnServer"));

		fixture.tanaka.setRetention(Retention.DELETE_AFTER_DOWNLOAD);
		xml = write(new SetupGate(fixture.workspace).forMailbox(fixture.tanaka));
		assertEquals("false", xml.text("//incomingServer[@type='pop3']/pop3/leaveMessagesOnServer"));
		assertEquals(0, xml.count("//daysToLeaveMessagesOnServer"));
		assertEquals(0, xml.count("//incomingServer[@type='imap']/pop3"));
	}

	@Test
	void theDomainFileUsesTheAddressPlaceholder() throws Exception {
		Xml xml = write(new SetupGate(fixture.workspace).forDomain(fixture.sakura));
		assertEquals(3, xml.count("//username[. = '%EMAILADDRESS%']"));
		assertEquals("pop.sakura-trading.co.jp", xml.text("//incomingServer[@type='pop3']/hostname"));
	}

	static void assertServer(Xml xml, String path, Domain domain, Protocol protocol, String user)
			throws Exception {
		var endpoint = SetupFixture.endpoint(domain, protocol);
		assertEquals(endpoint.getHost(), xml.text(path + "/hostname"));
		assertEquals(String.valueOf(endpoint.getPort()), xml.text(path + "/port"));
		assertEquals("SSL", xml.text(path + "/socketType"));
		assertEquals(user, xml.text(path + "/username"));
		assertEquals("password-cleartext", xml.text(path + "/authentication"));
	}

	static Xml write(ClientSetup setup) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ThunderbirdAutoconfig.write(setup, out);
		return new Xml(out.toByteArray());
	}
}
