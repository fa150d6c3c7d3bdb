package cc.enet.mailbox.connector.tls;

import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * TLS is always verified. Trusting a self-signed server is an explicit choice per server: its certificate's SHA-256
 * is pinned in the workspace, and then exactly that certificate (and no other) is accepted.
 */
public final class TlsTrust {

	private TlsTrust() {
	}

	/** The system's trust store, or only the pinned certificate when one is given. */
	public static SSLContext context(String pinnedSha256) throws GeneralSecurityException {
		if (pinnedSha256 == null || pinnedSha256.isBlank()) {
			return SSLContext.getDefault();
		}
		String expected = normalize(pinnedSha256);
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, new TrustManager[] { new PinnedTrustManager(expected) }, null);
		return context;
	}

	/**
	 * The SHA-256 of the certificate an https URL presents, read without trusting it: staff compare it with the
	 * server's before pinning.
	 */
	public static String presentedSha256(String url) throws IOException, GeneralSecurityException {
		URI uri = URI.create(url);
		if (!"https".equals(uri.getScheme())) {
			throw new IOException(url + " is not https");
		}
		X509Certificate[] seen = new X509Certificate[1];
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, new TrustManager[] { new X509TrustManager() {
			@Override
			public void checkServerTrusted(X509Certificate[] chain, String authType) {
				seen[0] = chain[0]; // recorded only; trusted once staff pinned it
			}

			@Override
			public void checkClientTrusted(X509Certificate[] chain, String authType) {
				throw new UnsupportedOperationException();
			}

			@Override
			public X509Certificate[] getAcceptedIssuers() {
				return new X509Certificate[0];
			}
		} }, null);
		try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(uri.getHost(),
				uri.getPort() < 0 ? 443 : uri.getPort())) {
			socket.setSoTimeout(10_000);
			socket.startHandshake();
		}
		if (seen[0] == null) {
			throw new IOException(url + " presented no certificate");
		}
		return sha256(seen[0]);
	}

	public static String sha256(X509Certificate certificate) throws GeneralSecurityException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
	}

	static String normalize(String fingerprint) {
		return fingerprint.replace(":", "").strip().toLowerCase(Locale.ROOT);
	}

	private static final class PinnedTrustManager implements X509TrustManager {
		private final String expected;

		PinnedTrustManager(String expected) {
			this.expected = expected;
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
			try {
				if (chain.length == 0 || !sha256(chain[0]).equals(expected)) {
					throw new CertificateException("the server's certificate is not the pinned one");
				}
				chain[0].checkValidity();
			} catch (GeneralSecurityException e) {
				throw e instanceof CertificateException ce ? ce : new CertificateException(e);
			}
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
			throw new CertificateException("client certificates are not used");
		}

		@Override
		public X509Certificate[] getAcceptedIssuers() {
			return new X509Certificate[0];
		}
	}
}
