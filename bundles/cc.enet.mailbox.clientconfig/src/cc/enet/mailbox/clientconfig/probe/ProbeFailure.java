package cc.enet.mailbox.clientconfig.probe;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.PKIXReason;
import java.util.HashSet;
import java.util.Set;

import javax.net.ssl.SSLHandshakeException;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;

/**
 * Why a probe step failed, told from the exception's type along its causes (Jakarta Mail's nested exceptions
 * included) rather than from its message, which differs between JDKs and languages: each reason has words of its
 * own in both languages ({@code probe.reason.*}).
 */
public enum ProbeFailure {
	/** The host name does not resolve (NXDOMAIN, or no DNS at all). */
	UNKNOWN_HOST,
	/** Nothing answered within the step's time. */
	TIMEOUT,
	/** The host answered, but nothing listens on the port. */
	REFUSED,
	/** No route to the host. */
	NO_ROUTE,
	/** The certificate is not signed by an authority the client trusts (self-signed, a private CA). */
	UNTRUSTED_CERTIFICATE,
	/** The certificate's validity ended (or has not begun). */
	EXPIRED_CERTIFICATE,
	/** A trusted, valid certificate for other host names. */
	WRONG_HOST_CERTIFICATE,
	/** The TLS handshake failed without a certificate reason (versions, ciphers, the server hung up). */
	HANDSHAKE,
	/** The server refused the user name and password. */
	LOGIN_REFUSED,
	/** None of the above: the exception's own message is all there is. */
	OTHER;

	/** The reason for {@code failure}, from the first cause whose type says it. */
	public static ProbeFailure of(Throwable failure) {
		boolean handshake = false;
		boolean certificate = false;
		Set<Throwable> seen = new HashSet<>();
		for (Throwable t = failure; t != null && seen.add(t); t = next(t)) {
			switch (t) {
			case UnknownHostException e -> {
				return UNKNOWN_HOST;
			}
			case SocketTimeoutException e -> {
				return TIMEOUT;
			}
			case ConnectException e -> {
				return REFUSED;
			}
			case NoRouteToHostException e -> {
				return NO_ROUTE;
			}
			case AuthenticationFailedException e -> {
				return LOGIN_REFUSED;
			}
			case CertificateExpiredException e -> {
				return EXPIRED_CERTIFICATE;
			}
			case CertificateNotYetValidException e -> {
				return EXPIRED_CERTIFICATE;
			}
			case CertPathValidatorException e when e.getReason() == CertPathValidatorException.BasicReason.EXPIRED
					|| e.getReason() == CertPathValidatorException.BasicReason.NOT_YET_VALID -> {
				return EXPIRED_CERTIFICATE;
			}
			case CertPathValidatorException e when e.getReason() == PKIXReason.NO_TRUST_ANCHOR -> {
				return UNTRUSTED_CERTIFICATE;
			}
			case CertPathBuilderException e -> {
				return UNTRUSTED_CERTIFICATE; // no path to a trusted anchor
			}
			case CertificateException e -> certificate = true;
			case SSLHandshakeException e -> handshake = true;
			default -> {
			}
			}
		}
		// The trust manager's host name check throws a bare CertificateException: a chain it trusted, for other names.
		if (certificate) {
			return WRONG_HOST_CERTIFICATE;
		}
		return handshake ? HANDSHAKE : OTHER;
	}

	private static Throwable next(Throwable t) {
		if (t instanceof MessagingException m && m.getNextException() != null) {
			return m.getNextException();
		}
		return t.getCause();
	}
}
