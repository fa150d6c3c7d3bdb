package cc.enet.mailbox.connector.dovecot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.postgresql.Driver;

import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.ConnectorException.Kind;
import cc.enet.mailbox.connector.ConnectorText;

/**
 * The mail stack's PostgreSQL tables (schema: releng/mailstack/sql) over JDBC: what Postfix and Dovecot read live.
 * A few connections are kept for the parallel changes of an apply; every change is one transaction.
 */
final class MailDatabase implements AutoCloseable {

	/** One row of mailbox, with its alias targets. */
	record Row(String address, long quotaBytes, boolean enabled, Integer retentionDays, List<String> targets) {
	}

	/** Work done inside one transaction. */
	interface Work<T> {
		T run(Connection connection) throws SQLException, ConnectorException;
	}

	private final DovecotSettings settings;
	private final BlockingQueue<Connection> idle;

	MailDatabase(DovecotSettings settings, int connections) {
		this.settings = settings;
		this.idle = new ArrayBlockingQueue<>(connections);
	}

	<T> T transaction(ConnectorText what, Work<T> work) throws ConnectorException {
		long started = PhaseClock.start();
		try {
			return transactionOnce(what, work);
		} finally {
			PhaseClock.stop("sql.transaction", started);
		}
	}

	private <T> T transactionOnce(ConnectorText what, Work<T> work) throws ConnectorException {
		Connection connection = take(what);
		boolean healthy = true;
		try {
			connection.setAutoCommit(false);
			T result = work.run(connection);
			connection.commit();
			return result;
		} catch (SQLException e) {
			healthy = rollback(connection);
			throw failure(what, e);
		} catch (ConnectorException | RuntimeException e) {
			healthy = rollback(connection);
			throw e;
		} finally {
			if (!healthy || !idle.offer(connection)) {
				quietlyClose(connection);
			}
		}
	}

	Set<String> domains() throws ConnectorException {
		return transaction(DovecotMessages.text("do.listDomains"), c -> {
			Set<String> names = new HashSet<>();
			try (PreparedStatement select = c.prepareStatement("SELECT name FROM domain");
					ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					names.add(rows.getString(1));
				}
			}
			return names;
		});
	}

	/** Every mailbox of the given domains (all when empty), with its forward targets. */
	Map<String, Row> mailboxes(Set<String> domains) throws ConnectorException {
		return transaction(DovecotMessages.text("do.listMailboxes"), c -> {
			String filter = domains.isEmpty() ? "" : " WHERE domain = ANY (?)";
			Map<String, List<String>> targets = new HashMap<>();
			try (PreparedStatement select = c.prepareStatement("SELECT a.address, a.target FROM alias a JOIN mailbox m"
					+ " ON m.address = a.address" + filter.replace("domain", "m.domain"))) {
				bindDomains(c, select, domains);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						targets.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getString(2));
					}
				}
			}
			Map<String, Row> mailboxes = new HashMap<>();
			try (PreparedStatement select = c.prepareStatement("SELECT address, quota_bytes, enabled, retention_days FROM mailbox" + filter)) {
				bindDomains(c, select, domains);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						String address = rows.getString(1);
						int days = rows.getInt(4);
						mailboxes.put(address, new Row(address, rows.getLong(2), rows.getBoolean(3), rows.wasNull() ? null : days,
								List.copyOf(targets.getOrDefault(address, List.of()))));
					}
				}
			}
			return mailboxes;
		});
	}

	private static void bindDomains(Connection c, PreparedStatement statement, Set<String> domains) throws SQLException {
		if (!domains.isEmpty()) {
			statement.setArray(1, c.createArrayOf("text", domains.toArray()));
		}
	}

	private Connection take(ConnectorText what) throws ConnectorException {
		Connection connection = idle.poll();
		if (connection != null) {
			return connection;
		}
		Properties properties = new Properties();
		properties.setProperty("user", settings.dbUser());
		if (settings.dbPassword() != null) {
			properties.setProperty("password", new String(settings.dbPassword()));
		}
		// the server's deadline for the connection, the login and every read: a stalled PostgreSQL fails the change
		String seconds = String.valueOf(settings.timeout().toSeconds());
		properties.setProperty("connectTimeout", seconds);
		properties.setProperty("loginTimeout", seconds);
		properties.setProperty("socketTimeout", seconds);
		properties.setProperty("ApplicationName", "Mailbox Console");
		try {
			// the driver directly: java.sql.DriverManager does not see drivers of other OSGi bundles
			Connection opened = new Driver().connect(settings.jdbcUrl(), properties);
			if (opened == null) {
				throw new ConnectorException(Kind.UNREACHABLE, DovecotMessages.text("error.notPostgres", settings.jdbcUrl()));
			}
			return opened;
		} catch (SQLException e) {
			throw failure(what, e);
		}
	}

	/**
	 * Throws the failure to reach the database, if it cannot be reached now: Dovecot reads its users from it, so
	 * when a ManageSieve login fails this tells whether PostgreSQL is the part that failed.
	 */
	void check() throws ConnectorException {
		transaction(DovecotMessages.text("do.check"), c -> {
			try (PreparedStatement select = c.prepareStatement("SELECT 1"); ResultSet ignored = select.executeQuery()) {
				return null;
			}
		});
	}

	/**
	 * SQLSTATE class 08 = no connection and 57P = the server shut down or crashed under the session: the database is
	 * gone; 28 = credentials refused; anything else refused this one change.
	 */
	private ConnectorException failure(ConnectorText what, SQLException e) {
		String state = e.getSQLState() == null ? "" : e.getSQLState();
		Kind kind = state.startsWith("08") || state.startsWith("57P") ? Kind.UNREACHABLE
				: state.startsWith("28") ? Kind.UNAUTHORIZED : Kind.REFUSED;
		return new ConnectorException(kind, DovecotMessages.text("error.sql", settings.jdbcUrl(), what, String.valueOf(e.getMessage())), e);
	}

	private static boolean rollback(Connection connection) {
		try {
			connection.rollback();
			return true;
		} catch (SQLException e) {
			return false;
		}
	}

	private static void quietlyClose(Connection connection) {
		try {
			connection.close();
		} catch (SQLException e) {
			// it is gone either way
		}
	}

	@Override
	public void close() {
		Connection connection;
		while ((connection = idle.poll()) != null) {
			quietlyClose(connection);
		}
	}
}
