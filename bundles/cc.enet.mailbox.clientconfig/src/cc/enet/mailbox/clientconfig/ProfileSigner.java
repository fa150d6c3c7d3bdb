package cc.enet.mailbox.clientconfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a profile as Apple devices expect: CMS SignedData with the property list inside and the signer's certificate
 * chain attached, so the device shows "Verified" and nobody can change a setting unseen.
 */
public final class ProfileSigner {

	private final PrivateKey key;
	private final List<X509Certificate> chain;

	public ProfileSigner(PrivateKey key, List<X509Certificate> chain) {
		if (chain.isEmpty()) {
			throw new IllegalArgumentException("a signer needs its certificate");
		}
		this.key = key;
		this.chain = List.copyOf(chain);
	}

	/** The first key entry of a PKCS#12 file (what a certificate authority hands out with the key). */
	public static ProfileSigner fromPkcs12(Path file, char[] password) throws IOException, GeneralSecurityException {
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(file)) {
			store.load(in, password);
		}
		for (String alias : Collections.list(store.aliases())) {
			if (store.isKeyEntry(alias)) {
				List<X509Certificate> chain = new ArrayList<>();
				for (Certificate c : store.getCertificateChain(alias)) {
					chain.add((X509Certificate) c);
				}
				return new ProfileSigner((PrivateKey) store.getKey(alias, password), chain);
			}
		}
		throw new GeneralSecurityException(file + " holds no private key");
	}

	public X509Certificate certificate() {
		return chain.get(0);
	}

	public byte[] sign(byte[] content) throws IOException {
		try {
			String algorithm = key.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
			ContentSigner signer = new JcaContentSignerBuilder(algorithm).build(key);
			CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
					.build(signer, certificate()));
			generator.addCertificates(new JcaCertStore(chain));
			return generator.generate(new CMSProcessableByteArray(content), true).getEncoded();
		} catch (OperatorCreationException | CMSException | GeneralSecurityException e) {
			throw new IOException("cannot sign the profile: " + e.getMessage(), e);
		}
	}
}
