package cc.enet.mailbox.clientconfig.probe;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import cc.enet.mailbox.Protocol;

/**
 * The few lines of POP3, IMAP and SMTP a probe needs to read which authentication mechanisms a server offers before
 * logging in (CAPA, CAPABILITY, EHLO). Jakarta Mail hides this until after a login; the probe reports it first.
 */
final class ProtocolDialog {

	/** Mechanisms that send the normal password, which the guide wants. */
	static final Set<String> NORMAL_PASSWORD = Set.of("PLAIN", "LOGIN", "USER");

	private ProtocolDialog() {
	}

	/** The mechanisms offered; "USER" for POP3's USER/PASS and IMAP's LOGIN command. */
	static Set<String> mechanisms(Socket socket, Protocol protocol) throws IOException {
		BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
		OutputStream out = socket.getOutputStream();
		Set<String> mechanisms = new LinkedHashSet<>();
		String greeting = in.readLine();
		if (greeting == null) {
			throw new IOException("the server closed the connection without a greeting");
		}
		switch (protocol) {
		case POP3 -> {
			send(out, "CAPA");
			if (!String.valueOf(in.readLine()).startsWith("+OK")) {
				mechanisms.add("USER"); // no CAPA: RFC 1939 servers take USER/PASS
				break;
			}
			for (String line = in.readLine(); line != null && !line.equals("."); line = in.readLine()) {
				String upper = line.toUpperCase(Locale.ROOT);
				if (upper.equals("USER")) {
					mechanisms.add("USER");
				} else if (upper.startsWith("SASL ")) {
					addAll(mechanisms, upper.substring(5));
				}
			}
			send(out, "QUIT");
		}
		case IMAP -> {
			send(out, "a1 CAPABILITY");
			boolean loginDisabled = false;
			for (String line = in.readLine(); line != null && !line.startsWith("a1 "); line = in.readLine()) {
				for (String word : line.toUpperCase(Locale.ROOT).split(" ")) {
					if (word.startsWith("AUTH=")) {
						mechanisms.add(word.substring(5));
					} else if (word.equals("LOGINDISABLED")) {
						loginDisabled = true;
					}
				}
			}
			if (!loginDisabled) {
				mechanisms.add("USER");
			}
			send(out, "a2 LOGOUT");
		}
		case SMTP -> {
			send(out, "EHLO mailbox-console-probe");
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				String upper = line.toUpperCase(Locale.ROOT);
				if (upper.length() > 4 && upper.substring(4).startsWith("AUTH")) {
					addAll(mechanisms, upper.substring(4 + 4).replace('=', ' '));
				}
				if (!upper.startsWith("250-")) {
					break;
				}
			}
			send(out, "QUIT");
		}
		}
		return mechanisms;
	}

	/** The first line a plain connection gets, to tell a STARTTLS (plain-text) port from a dead one. */
	@SuppressWarnings("resource") // the reader only wraps the socket's stream: closing the socket closes it
	static String plainGreeting(Socket socket) throws IOException {
		return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
	}

	private static void addAll(Set<String> into, String words) {
		for (String word : words.trim().split("\\s+")) {
			if (!word.isEmpty()) {
				into.add(word);
			}
		}
	}

	private static void send(OutputStream out, String line) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}
}
