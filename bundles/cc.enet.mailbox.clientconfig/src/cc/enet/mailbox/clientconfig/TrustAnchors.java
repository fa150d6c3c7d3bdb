package cc.enet.mailbox.clientconfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.Collection;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import cc.enet.mailbox.clientconfig.BadValueException.Problem;

/**
 * CA certificates to trust besides the system's (a company CA, a test server's), from a PEM or DER file: the probe's
 * {@code --cacert} and the staff mail account's.
 */
public final class TrustAnchors {

	private TrustAnchors() {
	}

	/** Refuses, naming {@code field}, a file that is missing, unreadable or holds no X.509 certificate. */
	public static Path check(String field, Path file) {
		try {
			certificates(file);
			return file;
		} catch (NoSuchFileException e) {
			throw new BadValueException(field, Problem.NO_FILE, file.toString(), null);
		} catch (IOException e) {
			throw new BadValueException(field, Problem.UNREADABLE, file.toString(), e.getMessage());
		} catch (CertificateException e) {
			throw new BadValueException(field, Problem.NOT_A_CERTIFICATE, file.toString(), e.getMessage());
		}
	}

	/** TLS that trusts the system's anchors and those in {@code file}; null: the system's alone. */
	public static SSLContext context(Path file) throws IOException, GeneralSecurityException {
		SSLContext context = SSLContext.getInstance("TLS");
		if (file == null) {
			context.init(null, null, null);
			return context;
		}
		KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
		trust.load(null, null);
		int i = 0;
		for (Certificate certificate : certificates(file)) {
			trust.setCertificateEntry("anchor-" + i++, certificate);
		}
		TrustManagerFactory system = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		system.init((KeyStore) null);
		for (var manager : system.getTrustManagers()) {
			if (manager instanceof X509TrustManager x509) {
				for (Certificate issuer : x509.getAcceptedIssuers()) {
					trust.setCertificateEntry("system-" + i++, issuer);
				}
			}
		}
		TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		factory.init(trust);
		context.init(null, factory.getTrustManagers(), null);
		return context;
	}

	private static Collection<? extends Certificate> certificates(Path file) throws IOException, CertificateException {
		try (InputStream in = Files.newInputStream(file)) {
			Collection<? extends Certificate> found = CertificateFactory.getInstance("X.509").generateCertificates(in);
			if (found.isEmpty()) {
				throw new CertificateException("no certificate in the file");
			}
			return found;
		}
	}
}
