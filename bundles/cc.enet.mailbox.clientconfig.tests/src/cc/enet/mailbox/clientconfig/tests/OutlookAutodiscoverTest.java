package cc.enet.mailbox.clientconfig.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import cc.enet.mailbox.Protocol;
import cc.enet.mailbox.clientconfig.OutlookAutodiscover;
import cc.enet.mailbox.clientconfig.SetupGate;

class OutlookAutodiscoverTest {

	final SetupFixture fixture = new SetupFixture();

	@Test
	void everyProtocolWithSslOnSpaOffAndAuthenticationRequired() throws Exception {
		byte[] bytes = write();
		Xml xml = new Xml(bytes);
		assertEquals("田中 太郎", xml.text("/Autodiscover/Response/User/DisplayName"));
		assertEquals("email", xml.text("//Account/AccountType"));
		assertEquals("settings", xml.text("//Account/Action"));
		assertEquals(3, xml.count("//Protocol"));
		String[] types = { "POP3", "IMAP", "SMTP" };
		Protocol[] protocols = { Protocol.POP3, Protocol.IMAP, Protocol.SMTP };
		for (int i = 0; i < types.length; i++) {
			String p = "//Protocol[" + (i + 1) + "]";
			var endpoint = SetupFixture.endpoint(fixture.sakura, protocols[i]);
			assertEquals(types[i], xml.text(p + "/Type"));
			assertEquals(endpoint.getHost(), xml.text(p + "/Server"));
			assertEquals(String.valueOf(endpoint.getPort()), xml.text(p + "/Port"));
			assertEquals("tanaka@sakura-trading.co.jp", xml.text(p + "/LoginName"));
			assertEquals("on", xml.text(p + "/SSL"));
			assertEquals("off", xml.text(p + "/SPA"));
			assertEquals("on", xml.text(p + "/AuthRequired"));
		}
		assertEquals("on", xml.text("//Protocol[Type='SMTP']/UsePOPAuth"));
		assertEquals(0, xml.count("//Encryption"));
	}

	@Test
	void theResponseIsInTheNamespacesOutlookReads() throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(write()));
		assertEquals(OutlookAutodiscover.RESPONSE_NS, document.getDocumentElement().getNamespaceURI());
		assertEquals(OutlookAutodiscover.OUTLOOK_NS,
				document.getElementsByTagNameNS(OutlookAutodiscover.OUTLOOK_NS, "Protocol").item(0).getNamespaceURI());
	}

	private byte[] write() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		OutlookAutodiscover.write(new SetupGate(fixture.workspace).forMailbox(fixture.tanaka), out);
		return out.toByteArray();
	}
}
