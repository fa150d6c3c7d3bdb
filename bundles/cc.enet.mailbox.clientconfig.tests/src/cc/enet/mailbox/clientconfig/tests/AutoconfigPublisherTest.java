package cc.enet.mailbox.clientconfig.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Protocol;
import cc.enet.mailbox.clientconfig.AutoconfigPublisher;

class AutoconfigPublisherTest {

	@TempDir
	Path dir;

	final SetupFixture fixture = new SetupFixture();

	@Test
	void eachValidDomainGetsBothPathsAndABrokenDomainNone() throws Exception {
		Domain midori = fixture.domain("midori-clinic", "みどりクリニック", "midori-clinic.jp");
		SetupFixture.mailbox(midori, "uketsuke", "受付");
		SetupFixture.endpoint(midori, Protocol.POP3).setHost(" ");

		AutoconfigPublisher.Result result = AutoconfigPublisher.publish(fixture.workspace, dir);

		Path autoconfig = dir.resolve("sakura-trading.co.jp/mail/config-v1.1.xml");
		Path wellKnown = dir.resolve("sakura-trading.co.jp/.well-known/autoconfig/mail/config-v1.1.xml");
		assertEquals(List.of(autoconfig, wellKnown), result.written());
		assertArrayEquals(Files.readAllBytes(autoconfig), Files.readAllBytes(wellKnown));
		Xml xml = new Xml(Files.readAllBytes(autoconfig));
		assertEquals("pop.sakura-trading.co.jp", xml.text("//incomingServer[@type='pop3']/hostname"));
		assertEquals("%EMAILADDRESS%", xml.text("//outgoingServer/username"));

		assertFalse(Files.exists(dir.resolve("midori-clinic.jp")));
		assertEquals(1, result.refused().size());
		assertEquals("midori-clinic.jp", result.refused().get(0).place());
		assertEquals("endpoint.host", result.refused().get(0).problems().get(0).ruleId());
		try (var files = Files.walk(dir)) {
			assertTrue(files.noneMatch(f -> f.toString().endsWith(".writing")));
		}
	}
}
