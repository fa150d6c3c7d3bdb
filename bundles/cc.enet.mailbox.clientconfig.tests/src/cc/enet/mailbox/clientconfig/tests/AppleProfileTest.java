package cc.enet.mailbox.clientconfig.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Locale;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import com.dd.plist.PropertyListParser;

import cc.enet.mailbox.Protocol;
import cc.enet.mailbox.clientconfig.AppleProfile;
import cc.enet.mailbox.clientconfig.ClientSetup;
import cc.enet.mailbox.clientconfig.ProfileSigner;
import cc.enet.mailbox.clientconfig.SetupGate;

class AppleProfileTest {

	@TempDir
	Path dir;

	final SetupFixture fixture = new SetupFixture();

	@Test
	void anUnsignedProfileHasOnePopAccountWithSslAndTheNormalPassword() throws Exception {
		NSDictionary profile = (NSDictionary) PropertyListParser.parse(write(null, null));
		assertEquals("Configuration", profile.get("PayloadType").toJavaObject());
		assertEquals(1, ((NSNumber) profile.get("PayloadVersion")).intValue());
		NSArray content = (NSArray) profile.get("PayloadContent");
		assertEquals(1, content.count());
		assertMailPayload((NSDictionary) content.objectAtIndex(0));
		assertEquals("メール: tanaka@sakura-trading.co.jp", profile.get("PayloadDisplayName").toJavaObject());
	}

	@Test
	void thePasswordIsInTheProfileOnlyWhenGiven() throws Exception {
		NSDictionary mail = mailPayload(write(null, null));
		assertFalse(mail.containsKey("IncomingPassword"));
		mail = mailPayload(write("s3cret-Pw".toCharArray(), null));
		assertEquals("s3cret-Pw", mail.get("IncomingPassword").toJavaObject());
	}

	@Test
	void theSameMailboxAlwaysGetsTheSameIdentifiersSoANewProfileReplacesTheOld() throws Exception {
		NSDictionary first = (NSDictionary) PropertyListParser.parse(write(null, null));
		NSDictionary second = (NSDictionary) PropertyListParser.parse(write(null, null));
		assertEquals(first.get("PayloadUUID"), second.get("PayloadUUID"));
		assertEquals("jp.co.sakura-trading.mail.tanaka", first.get("PayloadIdentifier").toJavaObject());
	}

	@Test
	@SuppressWarnings("unchecked") // Bouncy Castle's certificate store is a raw Store
	void aSignedProfileVerifiesWithTheSignersCertificateAndCarriesTheSameSettings() throws Exception {
		KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
		X509Certificate certificate = selfSigned(keys);
		Path p12 = dir.resolve("signing.p12");
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		char[] password = "store-pass".toCharArray();
		store.setKeyEntry("enet", keys.getPrivate(), password, new Certificate[] { certificate });
		try (OutputStream out = Files.newOutputStream(p12)) {
			store.store(out, password);
		}
		ProfileSigner signer = ProfileSigner.fromPkcs12(p12, password);

		CMSSignedData signed = new CMSSignedData(write(null, signer));
		SignerInformation signerInfo = signed.getSignerInfos().getSigners().iterator().next();
		X509CertificateHolder holder = (X509CertificateHolder) signed.getCertificates().getMatches(signerInfo.getSID())
				.iterator().next();
		assertEquals(certificate.getSubjectX500Principal().getName(),
				new JcaX509CertificateConverter().getCertificate(holder).getSubjectX500Principal().getName());
		assertTrue(signerInfo.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder)));
		byte[] content = (byte[]) signed.getSignedContent().getContent();
		assertMailPayload(mailPayload(content));
	}

	private void assertMailPayload(NSDictionary mail) {
		var pop = SetupFixture.endpoint(fixture.sakura, Protocol.POP3);
		var smtp = SetupFixture.endpoint(fixture.sakura, Protocol.SMTP);
		assertEquals(AppleProfile.MAIL_PAYLOAD_TYPE, mail.get("PayloadType").toJavaObject());
		assertEquals("EmailTypePOP", mail.get("EmailAccountType").toJavaObject());
		assertEquals("田中 太郎", mail.get("EmailAccountName").toJavaObject());
		assertEquals("tanaka@sakura-trading.co.jp", mail.get("EmailAddress").toJavaObject());
		assertEquals(pop.getHost(), mail.get("IncomingMailServerHostName").toJavaObject());
		assertEquals(pop.getPort(), ((NSNumber) mail.get("IncomingMailServerPortNumber")).intValue());
		assertTrue(((NSNumber) mail.get("IncomingMailServerUseSSL")).boolValue());
		assertEquals("tanaka@sakura-trading.co.jp", mail.get("IncomingMailServerUsername").toJavaObject());
		assertEquals("EmailAuthPassword", mail.get("IncomingMailServerAuthentication").toJavaObject());
		assertEquals(smtp.getHost(), mail.get("OutgoingMailServerHostName").toJavaObject());
		assertEquals(smtp.getPort(), ((NSNumber) mail.get("OutgoingMailServerPortNumber")).intValue());
		assertTrue(((NSNumber) mail.get("OutgoingMailServerUseSSL")).boolValue());
		assertEquals("tanaka@sakura-trading.co.jp", mail.get("OutgoingMailServerUsername").toJavaObject());
		assertEquals("EmailAuthPassword", mail.get("OutgoingMailServerAuthentication").toJavaObject());
		assertTrue(((NSNumber) mail.get("OutgoingPasswordSameAsIncomingPassword")).boolValue());
	}

	private static NSDictionary mailPayload(byte[] plist) throws Exception {
		NSDictionary profile = (NSDictionary) PropertyListParser.parse(plist);
		return (NSDictionary) ((NSArray) profile.get("PayloadContent")).objectAtIndex(0);
	}

	private byte[] write(char[] password, ProfileSigner signer) throws Exception {
		ClientSetup setup = new SetupGate(fixture.workspace).forMailbox(fixture.tanaka);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		AppleProfile.write(setup, Locale.JAPANESE, password, signer, out);
		return out.toByteArray();
	}

	private static X509Certificate selfSigned(KeyPair keys) throws Exception {
		X500Name name = new X500Name("CN=Enet Profile Signing Test");
		Instant now = Instant.now();
		var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
				Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(1, ChronoUnit.DAYS)), name, keys.getPublic());
		return new JcaX509CertificateConverter()
				.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
	}
}
