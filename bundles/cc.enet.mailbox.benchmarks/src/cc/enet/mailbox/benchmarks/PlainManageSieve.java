package cc.enet.mailbox.benchmarks;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * The plainest ManageSieve client (RFC 5804) for the migration's floor: STARTTLS on one shared TLS context (so
 * sessions resume, as the connector's do), SASL PLAIN as the master user acting for the mailbox, PUTSCRIPT and
 * SETACTIVE, LOGOUT. Nothing else: no reads, no retries, no phase clock.
 */
final class PlainManageSieve implements AutoCloseable {

	private final Socket socket;
	private final InputStream in;
	private final OutputStream out;

	private PlainManageSieve(Socket socket) throws IOException {
		this.socket = socket;
		this.in = new BufferedInputStream(socket.getInputStream());
		this.out = socket.getOutputStream();
	}

	/** A session logged in for {@code mailbox} as {@code master}. */
	static PlainManageSieve login(SSLContext tls, String host, int port, String mailbox, String master, String password)
			throws IOException {
		Socket plain = new Socket(host, port);
		plain.setSoTimeout(60_000);
		PlainManageSieve clear = new PlainManageSieve(plain);
		clear.expectOk(null);
		clear.expectOk("STARTTLS");
		SSLSocket secure = (SSLSocket) tls.getSocketFactory().createSocket(plain, host, port, true);
		secure.startHandshake();
		PlainManageSieve session = new PlainManageSieve(secure);
		session.expectOk(null); // the capabilities again, now over TLS
		session.expectOk("AUTHENTICATE \"PLAIN\" \"" + Base64.getEncoder().encodeToString(
				(mailbox + "\0" + master + "\0" + password).getBytes(StandardCharsets.UTF_8)) + "\"");
		return session;
	}

	void putAndActivate(String name, String script) throws IOException {
		byte[] bytes = script.getBytes(StandardCharsets.UTF_8);
		expectOk("PUTSCRIPT \"" + name + "\" {" + bytes.length + "+}\r\n" + script);
		expectOk("SETACTIVE \"" + name + "\"");
	}

	/** Sends the command (none: only reads), then reads up to its final line, which must be OK. */
	private void expectOk(String command) throws IOException {
		if (command != null) {
			out.write((command + "\r\n").getBytes(StandardCharsets.UTF_8));
			out.flush();
		}
		while (true) {
			String line = line();
			if (line.startsWith("OK")) {
				return;
			}
			if (line.startsWith("NO") || line.startsWith("BYE")) {
				throw new IOException((command == null ? "greeting" : command.split(" ")[0]) + ": " + line);
			}
		}
	}

	private String line() throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int b;
		while ((b = in.read()) != -1 && b != '\n') {
			if (b != '\r') {
				line.write(b);
			}
		}
		if (b == -1) {
			throw new IOException("connection closed by the server");
		}
		return line.toString(StandardCharsets.UTF_8);
	}

	@Override
	public void close() throws IOException {
		try {
			out.write("LOGOUT\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
		} finally {
			socket.close();
		}
	}
}
