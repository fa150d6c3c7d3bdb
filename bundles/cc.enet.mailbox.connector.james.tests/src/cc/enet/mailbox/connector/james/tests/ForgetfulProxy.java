package cc.enet.mailbox.connector.james.tests;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A real James behind a plain HTTP relay on 127.0.0.1 that answers chosen writes with 204 and drops them: the
 * server that says yes and keeps nothing, which apply must catch by reading back. It also counts how many writes it
 * passed on at once.
 */
final class ForgetfulProxy implements AutoCloseable {

	private final ServerSocket socket;
	private final String target;
	private final Predicate<String> forget;
	private final HttpClient client = HttpClient.newHttpClient();
	private final AtomicInteger writesInFlight = new AtomicInteger();
	private final AtomicInteger mostWritesAtOnce = new AtomicInteger();

	/** @param forget "METHOD /path" of the requests answered 204 and never passed on */
	ForgetfulProxy(String target, Predicate<String> forget) throws IOException {
		this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.target = target;
		this.forget = forget;
		Thread.ofVirtual().start(this::accept);
	}

	/** The most writes (PUT, POST, DELETE) James was handling at the same moment. */
	int mostWritesAtOnce() {
		return mostWritesAtOnce.get();
	}

	String url() {
		return "http://127.0.0.1:" + socket.getLocalPort();
	}

	private void accept() {
		while (!socket.isClosed()) {
			try {
				Socket connection = socket.accept();
				Thread.ofVirtual().start(() -> serve(connection));
			} catch (IOException closed) {
				return;
			}
		}
	}

	private void serve(Socket connection) {
		try (connection; InputStream in = new BufferedInputStream(connection.getInputStream());
				OutputStream out = connection.getOutputStream()) {
			while (true) {
				String requestLine = line(in);
				if (requestLine == null || requestLine.isEmpty()) {
					return;
				}
				String[] parts = requestLine.split(" ");
				HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + parts[1]));
				int length = 0;
				for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
					int colon = header.indexOf(':');
					String name = header.substring(0, colon).strip();
					String value = header.substring(colon + 1).strip();
					if (name.equalsIgnoreCase("content-length")) {
						length = Integer.parseInt(value);
					} else if (name.equalsIgnoreCase("content-type") || name.equalsIgnoreCase("authorization")) {
						request.header(name, value);
					}
				}
				byte[] body = in.readNBytes(length);
				int status;
				byte[] answer;
				if (forget.test(parts[0] + " " + parts[1])) {
					status = 204;
					answer = new byte[0];
				} else {
					boolean write = List.of("PUT", "POST", "DELETE").contains(parts[0].toUpperCase(Locale.ROOT));
					if (write) {
						mostWritesAtOnce.accumulateAndGet(writesInFlight.incrementAndGet(), Math::max);
					}
					HttpResponse<byte[]> response;
					try {
						response = client.send(request.method(parts[0],
								length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body)).build(),
								HttpResponse.BodyHandlers.ofByteArray());
					} finally {
						if (write) {
							writesInFlight.decrementAndGet();
						}
					}
					status = response.statusCode();
					answer = parts[0].toUpperCase(Locale.ROOT).equals("HEAD") ? new byte[0] : response.body();
				}
				out.write(("HTTP/1.1 " + status + " X\r\nContent-Length: " + answer.length + "\r\n\r\n")
						.getBytes(StandardCharsets.US_ASCII));
				out.write(answer);
				out.flush();
			}
		} catch (IOException | InterruptedException | RuntimeException e) {
			// the client went away
		}
	}

	private static String line(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int c;
		while ((c = in.read()) != -1 && c != '\n') {
			if (c != '\r') {
				bytes.write(c);
			}
		}
		return c == -1 && bytes.size() == 0 ? null : bytes.toString(StandardCharsets.US_ASCII);
	}

	@Override
	public void close() throws IOException {
		socket.close();
	}
}
