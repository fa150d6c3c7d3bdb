package cc.enet.mailbox.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.codec.digest.Sha2Crypt;

/**
 * Everything of the mail stack the console's apply writes, as sorted lines to compare: every row of domain, mailbox,
 * alias and quota_usage (a password hash as its scheme and whether it verifies the benchmark's password, since each
 * apply salts anew), and every file and folder under the mail folder with its type, mode, owner, and content or
 * link target. Dovecot's own Maildir, which it makes on a user's first use (any doveadm command of that user), is
 * not the console's writing and is left out.
 */
final class MailStackState {

	private MailStackState() {
	}

	static List<String> of(Map<String, String> ports) throws SQLException, IOException {
		List<String> lines = new ArrayList<>();
		String secret = ports.get("SERVER_SECRETS").replaceAll(".*DEFAULT=(\\S+).*", "$1");
		try (Connection c = DriverManager.getConnection(ports.get("JDBC_URL"), ports.get("PG_USER"), secret);
				Statement select = c.createStatement()) {
			for (String table : List.of("domain", "mailbox", "alias", "quota_usage")) {
				try (ResultSet rows = select.executeQuery("SELECT * FROM " + table)) {
					ResultSetMetaData columns = rows.getMetaData();
					while (rows.next()) {
						StringBuilder line = new StringBuilder(table);
						for (int i = 1; i <= columns.getColumnCount(); i++) {
							String value = rows.getString(i);
							line.append(' ').append(columns.getColumnName(i)).append('=')
									.append(columns.getColumnName(i).equals("password_hash") ? hash(value) : value);
						}
						lines.add(line.toString());
					}
				}
			}
		}
		Path mail = Path.of(MailStackSeed.setting(ports, "sieve-dir").replaceAll("/%.*$", ""));
		try (Stream<Path> files = Files.walk(mail)) {
			for (Path path : files.filter(p -> !mail.relativize(p).toString().contains("Maildir")).toList()) {
				lines.add(file(mail, path));
			}
		}
		lines.sort(null);
		return lines;
	}

	private static String hash(String value) {
		if (value.startsWith("{SHA512-CRYPT}")) {
			String crypt = value.substring("{SHA512-CRYPT}".length());
			boolean verifies = Sha2Crypt.sha512Crypt(BenchCredentials.PASSWORD.getBytes(StandardCharsets.UTF_8), crypt).equals(crypt);
			return "{SHA512-CRYPT}" + (verifies ? "(verifies the password)" : "(does not verify the password)");
		}
		return value;
	}

	private static String file(Path root, Path path) throws IOException {
		PosixFileAttributes attributes = Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
		String kind = attributes.isSymbolicLink() ? "link -> " + Files.readSymbolicLink(path)
				: attributes.isDirectory() ? "folder" : "file " + Files.readString(path, StandardCharsets.UTF_8).replace("\n", "\\n");
		return "path /" + root.relativize(path) + " " + PosixFilePermissions.toString(attributes.permissions()) + " "
				+ attributes.owner().getName() + ":" + attributes.group().getName() + " " + kind;
	}
}
