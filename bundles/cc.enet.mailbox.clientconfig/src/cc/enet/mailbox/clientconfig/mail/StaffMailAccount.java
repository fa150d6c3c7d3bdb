package cc.enet.mailbox.clientconfig.mail;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import cc.enet.mailbox.clientconfig.BadValueException;
import cc.enet.mailbox.clientconfig.ServerAddress;
import cc.enet.mailbox.core.io.DurableFiles;

/**
 * The staff mail account a workspace sends setup mail through: SMTPS with AUTH. Kept beside the workspace's model
 * files in {@value #FILE}; its password never is (secure storage, under {@link #secretKey()}).
 *
 * @param trustAnchor a CA certificate (PEM) to trust besides the system's, or null
 */
public record StaffMailAccount(String host, int port, String user, String from, Path trustAnchor) {

	public static final String FILE = "staff-mail.properties";

	/**
	 * @throws BadValueException naming the field ({@code host}, {@code port}, {@code user}, {@code from}: the
	 *         command line's options and the file's keys alike) of a value that would break the connection or the
	 *         mail's headers
	 */
	public StaffMailAccount {
		if (host == null || host.isBlank() || user == null || user.isBlank()) {
			throw new IllegalArgumentException("a staff mail account needs a host and a user");
		}
		host = ServerAddress.host("host", host);
		ServerAddress.port("port", port);
		ServerAddress.oneLine("user", user);
		from = from == null || from.isBlank() ? user : from;
		ServerAddress.address("from", from);
	}

	/** Where secure storage keeps the account's password. */
	public String secretKey() {
		return "staff-mail:" + user;
	}

	public static Optional<StaffMailAccount> load(Path workspaceFolder) throws IOException {
		Path file = workspaceFolder.resolve(FILE);
		if (!Files.exists(file)) {
			return Optional.empty();
		}
		Properties p = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			p.load(in);
		}
		try {
			String anchor = p.getProperty("cacert");
			return Optional.of(new StaffMailAccount(p.getProperty("host"), Integer.parseInt(p.getProperty("port", "465").strip()),
					p.getProperty("user"), p.getProperty("from"), anchor == null || anchor.isBlank() ? null : Path.of(anchor)));
		} catch (IllegalArgumentException e) {
			throw new IOException(file + ": " + e.getMessage(), e);
		}
	}

	public void save(Path workspaceFolder) throws IOException {
		Properties p = new Properties();
		p.setProperty("host", host);
		p.setProperty("port", String.valueOf(port));
		p.setProperty("user", user);
		p.setProperty("from", from);
		if (trustAnchor != null) {
			p.setProperty("cacert", trustAnchor.toAbsolutePath().toString());
		}
		DurableFiles.write(workspaceFolder.resolve(FILE), out -> {
			try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
				p.store(writer, "Staff mail account for setup mail (SMTPS with AUTH); the password is in secure storage");
			}
		});
	}
}
