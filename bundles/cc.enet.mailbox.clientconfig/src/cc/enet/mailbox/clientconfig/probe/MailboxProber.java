package cc.enet.mailbox.clientconfig.probe;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.Protocol;
import cc.enet.mailbox.ServiceEndpoint;
import cc.enet.mailbox.clientconfig.TrustAnchors;
import cc.enet.mailbox.clientconfig.internal.ClientConfigText;
import cc.enet.mailbox.rules.Severity;

/**
 * Tests a mailbox the way its customer's client will: for POP3S, IMAPS and SMTPS on the domain's endpoints, connect,
 * TLS from the connect (protocol, certificate, host name), the authentication mechanisms offered, a login with Jakarta
 * Mail and, for SMTP, an authenticated submission to the mailbox itself. Each step timed; a failed step ends that
 * endpoint's probe.
 */
public final class MailboxProber {

	private static final int WARN_DAYS = 30;

	private final List<ConnectTo> connectTo;
	private final SSLContext tls;
	private final int timeoutMs;
	private final Locale locale;
	private final FailureWords words;
	private final MailLogin login;

	public MailboxProber(List<ConnectTo> connectTo, Path extraTrustAnchor, Duration timeout, Locale locale)
			throws IOException, GeneralSecurityException {
		this.connectTo = List.copyOf(connectTo);
		this.tls = TrustAnchors.context(extraTrustAnchor);
		this.timeoutMs = (int) timeout.toMillis();
		this.locale = locale;
		this.words = new FailureWords(timeoutMs, locale);
		this.login = new MailLogin(tls, timeoutMs, locale, words);
	}

	/** @param password null when none is known: login and send are then reported as not done */
	public List<ProbeResult> probe(Mailbox mailbox, char[] password) {
		return probeMailbox(mailbox, password).results();
	}

	/** The steps, what they found wrong, and the storage use (read over IMAP after the login). */
	public MailboxProbe probeMailbox(Mailbox mailbox, char[] password) {
		return probeMailbox(mailbox, password, step -> {
		});
	}

	/** @param onStep told of each step as it ends (a progress bar's sub-task) */
	public MailboxProbe probeMailbox(Mailbox mailbox, char[] password, Consumer<ProbeResult> onStep) {
		List<ProbeResult> results = new ArrayList<>();
		ProbeFindings found = new ProbeFindings(mailbox.getAddress());
		for (Protocol protocol : Protocol.VALUES) {
			mailbox.getDomain().getEndpoints().stream().filter(e -> e.getProtocol() == protocol).findFirst()
					.filter(e -> e.getHost() != null && !e.getHost().isBlank())
					.ifPresent(endpoint -> probe(mailbox.getAddress(), endpoint, password, results, found, onStep));
		}
		if (found.quota() != null && found.quota().isFull()) {
			found.add(null, ProbeFinding.QUOTA_USAGE, Severity.ERROR, t("finding.quotaFull", found.quota().label()));
		} else if (found.quota() != null && found.quota().isNearlyFull()) {
			found.add(null, ProbeFinding.QUOTA_USAGE, Severity.WARNING, t("finding.quotaNearlyFull", found.quota().label()));
		}
		return new MailboxProbe(mailbox.getAddress(), results, found.findings(), found.quota());
	}

	private void probe(String address, ServiceEndpoint endpoint, char[] password, List<ProbeResult> results, ProbeFindings found,
			Consumer<ProbeResult> onStep) {
		EndpointSteps step = new EndpointSteps(address, endpoint, results, onStep);
		String protocolName = endpoint.getProtocol().getLiteral();
		ConnectTo route = ConnectTo.route(connectTo, endpoint.getHost(), endpoint.getPort());
		Socket socket = new Socket();
		try {
			long start = System.nanoTime();
			try {
				socket.connect(new InetSocketAddress(route.toHost(), route.toPort()), timeoutMs);
				socket.setSoTimeout(timeoutMs);
				step.ok(ProbeResult.CONNECT, t("probe.connected", route.toHost() + ":" + route.toPort()), start);
			} catch (IOException e) {
				step.fail(ProbeResult.CONNECT, t("probe.unreachable", route.toHost() + ":" + route.toPort(),
						words.reason(e, route.toHost(), route.toPort())), start);
				return;
			}
			SSLSocket ssl = handshake(step, socket, endpoint, route, found);
			if (ssl == null) {
				return;
			}
			start = System.nanoTime();
			try (SSLSocket session = ssl) {
				Set<String> offered = ProtocolDialog.mechanisms(session, endpoint.getProtocol());
				boolean normal = offered.stream().anyMatch(ProtocolDialog.NORMAL_PASSWORD::contains);
				if (normal) {
					step.ok(ProbeResult.AUTH_MECHANISMS, String.join(" ", offered), start);
				} else {
					step.fail(ProbeResult.AUTH_MECHANISMS, t("probe.onlySecure", String.join(" ", offered)), start);
					found.add(protocolName, ProbeFinding.SECURE_AUTH_ONLY, Severity.ERROR,
							t("finding.secureAuthOnly", protocolName, String.join(" ", offered)));
					return;
				}
			} catch (IOException e) {
				step.fail(ProbeResult.AUTH_MECHANISMS, words.reason(e, route.toHost(), route.toPort()), start);
				return;
			}
			if (password == null) {
				step.fail(ProbeResult.LOGIN, t("probe.noPassword"), System.nanoTime());
				return;
			}
			login.loginAndSend(step, route, password, found);
		} finally {
			try {
				socket.close();
			} catch (IOException ignored) {
				// the result is what matters
			}
		}
	}

	/** TLS from the connect, checked against the MODEL's host name (not the --connect-to target). */
	private SSLSocket handshake(EndpointSteps step, Socket socket, ServiceEndpoint endpoint, ConnectTo route, ProbeFindings found) {
		String protocolName = endpoint.getProtocol().getLiteral();
		long start = System.nanoTime();
		try {
			SSLSocket ssl = (SSLSocket) tls.getSocketFactory().createSocket(socket, endpoint.getHost(), endpoint.getPort(), true);
			SSLParameters parameters = ssl.getSSLParameters();
			parameters.setEndpointIdentificationAlgorithm("HTTPS"); // RFC 6125 host name check, as mail clients do
			ssl.setSSLParameters(parameters);
			ssl.startHandshake();
			SSLSession session = ssl.getSession();
			X509Certificate certificate = (X509Certificate) session.getPeerCertificates()[0];
			LocalDate expires = LocalDate.ofInstant(certificate.getNotAfter().toInstant(), ZoneOffset.UTC);
			long days = Duration.between(Instant.now(), certificate.getNotAfter().toInstant()).toDays();
			String detail = t("probe.tls", session.getProtocol(), certificate.getSubjectX500Principal().getName(),
					certificate.getIssuerX500Principal().getName(), expires.toString());
			if (days < WARN_DAYS) {
				detail += " " + t("probe.expiresSoon", days);
				found.add(protocolName, ProbeFinding.CERTIFICATE_EXPIRING, Severity.WARNING,
						t("finding.certificateExpiring", protocolName, endpoint.getHost(), days, expires.toString()));
			}
			step.ok(ProbeResult.TLS, detail, start);
			return ssl;
		} catch (IOException e) {
			step.fail(ProbeResult.TLS, tlsFailure(e, endpoint, route, found), start);
			return null;
		}
	}

	/** The handshake's failure in words, told by the exception's type (see {@link ProbeFailure}). */
	private String tlsFailure(IOException e, ServiceEndpoint endpoint, ConnectTo route, ProbeFindings found) {
		String protocolName = endpoint.getProtocol().getLiteral();
		switch (ProbeFailure.of(e)) {
		case WRONG_HOST_CERTIFICATE -> {
			found.add(protocolName, ProbeFinding.CERTIFICATE_HOST, Severity.ERROR,
					t("finding.certificateHost", protocolName, endpoint.getHost()));
			return t("probe.tlsMismatch", endpoint.getHost());
		}
		case UNTRUSTED_CERTIFICATE -> {
			return t("probe.tlsUntrusted");
		}
		case EXPIRED_CERTIFICATE -> {
			return t("probe.tlsExpired");
		}
		case TIMEOUT -> {
			return t("probe.tlsTimeout", route.toHost() + ":" + route.toPort(), words.seconds());
		}
		default -> {
			// a handshake that failed otherwise: a plain-text port is told below
		}
		}
		// A port that greets in plain text takes STARTTLS (or nothing): the guide wants SSL from the connect.
		try (Socket plain = new Socket()) {
			plain.connect(new InetSocketAddress(route.toHost(), route.toPort()), timeoutMs);
			plain.setSoTimeout(Math.min(timeoutMs, 3000));
			String greeting = ProtocolDialog.plainGreeting(plain);
			if (greeting != null && (greeting.startsWith("+OK") || greeting.startsWith("* OK") || greeting.startsWith("220"))) {
				found.add(protocolName, ProbeFinding.STARTTLS, Severity.ERROR,
						t("finding.starttls", protocolName, endpoint.getHost() + ":" + endpoint.getPort()));
				return t("probe.plainPort", greeting);
			}
		} catch (IOException ignored) {
			// no greeting either: report the handshake's own failure
		}
		return t("probe.tlsFailed", route.toHost() + ":" + route.toPort());
	}

	private String t(String key, Object... arguments) {
		return ClientConfigText.get(locale, key, arguments);
	}
}
