package cc.enet.mailbox.connector.dovecot;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.ConnectorException.Kind;
import cc.enet.mailbox.connector.tls.TlsTrust;

/**
 * One ManageSieve session (RFC 5804) for one mailbox: STARTTLS before anything else, then SASL PLAIN as the
 * console's master user acting for the mailbox (authorization identity), so no mailbox password is needed.
 */
final class ManageSieve implements AutoCloseable {

	private static final Pattern LITERAL = Pattern.compile("\\{(\\d+)\\+?\\}$");

	/** A final response line: OK, NO or BYE, with its text (quoted string or literal, unquoted). */
	record Response(String status, String code, String text, String data) {
		boolean ok() {
			return status.equals("OK");
		}
	}

	private final String where;
	private Socket socket;
	private InputStream in;
	private OutputStream out;

	private ManageSieve(String where) {
		this.where = where;
	}

	static ManageSieve open(DovecotSettings settings, String mailbox) throws ConnectorException {
		return open(settings, null, mailbox);
	}

	/**
	 * @param tls the connector's TLS context (null: a new one): sessions of one context resume TLS where the server
	 *            allows, instead of a full handshake per mailbox; the pin was checked when the session began.
	 */
	static ManageSieve open(DovecotSettings settings, SSLContext tls, String mailbox) throws ConnectorException {
		long started = PhaseClock.start();
		try {
			return login(settings, tls, mailbox);
		} finally {
			PhaseClock.stop("sieve.login", started);
		}
	}

	private static ManageSieve login(DovecotSettings settings, SSLContext tls, String mailbox) throws ConnectorException {
		ManageSieve session = new ManageSieve("ManageSieve " + settings.manageSieveHost() + ":" + settings.manageSievePort());
		try {
			session.connect(settings, tls);
			long authStarted = PhaseClock.start();
			Response auth = session.command("AUTHENTICATE \"PLAIN\" \"" + Base64.getEncoder().encodeToString(
					(mailbox + "\0" + settings.masterUser() + "\0" + new String(settings.masterPassword()))
							.getBytes(StandardCharsets.UTF_8)) + "\"", null);
			PhaseClock.stop("sieve.login.auth", authStarted);
			if (!auth.ok()) {
				session.close();
				throw new ConnectorException(Kind.UNAUTHORIZED,
						DovecotMessages.text("sieve.unauthorized", session.where, settings.masterUser(), mailbox, auth.text()));
			}
			return session;
		} catch (SSLHandshakeException e) {
			session.close();
			throw new ConnectorException(Kind.UNTRUSTED_CERTIFICATE,
					DovecotMessages.text("sieve.untrusted", session.where, String.valueOf(e.getMessage())), e);
		} catch (IOException e) {
			session.close();
			throw new ConnectorException(Kind.UNREACHABLE,
					DovecotMessages.text("sieve.unreachable", session.where, String.valueOf(e.getMessage())), e);
		}
	}

	private void connect(DovecotSettings settings, SSLContext context) throws IOException, ConnectorException {
		long started = PhaseClock.start();
		// a channel's socket: an interrupt (Cancel of an apply) closes it and ends a read that waits, where a plain
		// socket would wait out its timeout; every read still ends after the server's deadline
		Socket plain = SocketChannel.open().socket();
		socket = plain;
		plain.connect(new InetSocketAddress(settings.manageSieveHost(), settings.manageSievePort()), settings.timeoutMillis());
		plain.setSoTimeout(settings.timeoutMillis());
		in = new BufferedInputStream(plain.getInputStream());
		out = plain.getOutputStream();
		expectOk(response(), "greeting");
		expectOk(command("STARTTLS", null), "STARTTLS");
		PhaseClock.stop("sieve.login.connect", started);
		started = PhaseClock.start();
		try {
			SSLSocket tls = (SSLSocket) (context != null ? context : TlsTrust.context(settings.pinSha256())).getSocketFactory()
					.createSocket(plain, settings.manageSieveHost(), settings.manageSievePort(), true);
			if (settings.pinSha256() == null) {
				SSLParameters parameters = tls.getSSLParameters();
				parameters.setEndpointIdentificationAlgorithm("HTTPS");
				tls.setSSLParameters(parameters);
			}
			tls.startHandshake();
			socket = tls;
			in = new BufferedInputStream(tls.getInputStream());
			out = tls.getOutputStream();
		} catch (GeneralSecurityException e) {
			throw new ConnectorException(Kind.UNTRUSTED_CERTIFICATE,
					DovecotMessages.text("sieve.untrusted", where, String.valueOf(e.getMessage())), e);
		}
		PhaseClock.stop("sieve.login.tls", started);
		started = PhaseClock.start();
		expectOk(response(), "capabilities after STARTTLS");
		PhaseClock.stop("sieve.login.capabilities", started);
	}

	/**
	 * PUTSCRIPT: null when the server stored the script, else its reason. The server compiles what it is given and
	 * refuses a script with errors (RFC 5804 2.6), keeping what it had; that is the server's own check, so no
	 * CHECKSCRIPT (a second compile) goes before it.
	 */
	String put(String name, String script) throws ConnectorException {
		Response put = run("PUTSCRIPT " + quote(name), script);
		return put.ok() ? null : put.text();
	}

	/** Uploads and activates; the previous script stays active when the server refuses. */
	void putAndActivate(String name, String script) throws ConnectorException {
		String refused = put(name, script);
		if (refused != null) {
			throw new ConnectorException(Kind.REFUSED, DovecotMessages.text("sieve.refusedScript", where, refused));
		}
		activate(name);
	}

	/** Makes the named script the active one. */
	void activate(String name) throws ConnectorException {
		Response active = run("SETACTIVE " + quote(name), null);
		if (!active.ok()) {
			throw new ConnectorException(Kind.REFUSED, DovecotMessages.text("sieve.notActivated", where, active.text()));
		}
	}

	/** The script's text, or null when there is none by that name. */
	String get(String name) throws ConnectorException {
		Response r = run("GETSCRIPT " + quote(name), null);
		if (r.ok()) {
			return r.data();
		}
		if ("NONEXISTENT".equalsIgnoreCase(r.code())) {
			return null;
		}
		throw new ConnectorException(Kind.REFUSED, DovecotMessages.text("sieve.notGiven", where, r.text()));
	}

	private Response run(String command, String literal) throws ConnectorException {
		long started = PhaseClock.start();
		try {
			return command(command, literal);
		} catch (IOException e) {
			throw new ConnectorException(Kind.UNREACHABLE, DovecotMessages.text("sieve.stopped", where, String.valueOf(e.getMessage())), e);
		} finally {
			PhaseClock.stop("sieve." + command.split(" ")[0], started);
		}
	}

	private Response command(String command, String literal) throws IOException {
		ByteArrayOutputStream request = new ByteArrayOutputStream();
		request.writeBytes(command.getBytes(StandardCharsets.UTF_8));
		if (literal != null) {
			byte[] bytes = literal.getBytes(StandardCharsets.UTF_8);
			request.writeBytes((" {" + bytes.length + "+}\r\n").getBytes(StandardCharsets.US_ASCII));
			request.writeBytes(bytes);
		}
		request.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
		out.write(request.toByteArray());
		out.flush();
		return response();
	}

	/** Reads up to the final OK/NO/BYE; a literal before it (GETSCRIPT) is the response's data. */
	private Response response() throws IOException {
		String data = null;
		while (true) {
			String line = line();
			Matcher literal = LITERAL.matcher(line);
			if (literal.find()) {
				String value = new String(in.readNBytes(Integer.parseInt(literal.group(1))), StandardCharsets.UTF_8);
				String rest = line();
				if (line.startsWith("OK") || line.startsWith("NO") || line.startsWith("BYE")) {
					return finalLine(line.substring(0, literal.start()) + quote(value) + rest, data);
				}
				data = value;
				continue;
			}
			if (line.startsWith("OK") || line.startsWith("NO") || line.startsWith("BYE")) {
				return finalLine(line, data);
			}
		}
	}

	private static Response finalLine(String line, String data) {
		int space = line.indexOf(' ');
		String status = space < 0 ? line : line.substring(0, space);
		String rest = space < 0 ? "" : line.substring(space + 1).strip();
		String code = null;
		if (rest.startsWith("(")) {
			int close = rest.indexOf(')');
			code = rest.substring(1, close < 0 ? rest.length() : close).split(" ")[0];
			rest = close < 0 ? "" : rest.substring(close + 1).strip();
		}
		if (rest.length() >= 2 && rest.startsWith("\"") && rest.endsWith("\"")) {
			rest = rest.substring(1, rest.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
		}
		return new Response(status, code, rest, data);
	}

	private String line() throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int b;
		while ((b = in.read()) != -1 && b != '\n') {
			if (b != '\r') {
				line.write(b);
			}
		}
		if (b == -1 && line.size() == 0) {
			throw new IOException("connection closed by the server");
		}
		return line.toString(StandardCharsets.UTF_8);
	}

	private void expectOk(Response response, String step) throws ConnectorException {
		if (!response.ok()) {
			throw new ConnectorException(Kind.PROTOCOL,
					DovecotMessages.text("sieve.unexpected", where, response.status(), step, response.text()));
		}
	}

	private static String quote(String value) {
		return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}

	@Override
	public void close() {
		if (socket == null) {
			return;
		}
		long started = PhaseClock.start();
		logout();
		PhaseClock.stop("sieve.logout", started);
	}

	private void logout() {
		try {
			if (!socket.isClosed() && out != null) {
				out.write("LOGOUT\r\n".getBytes(StandardCharsets.US_ASCII));
				out.flush();
			}
		} catch (IOException e) {
			// closing anyway
		}
		try {
			socket.close();
		} catch (IOException e) {
			// nothing left to release
		}
	}
}
