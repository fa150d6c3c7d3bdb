package cc.enet.mailbox.core.csv;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cc.enet.mailbox.Retention;
import cc.enet.mailbox.SendEncoding;

/**
 * One well-formed CSV row. Only the columns the file has are set: a missing column means "the domain default" for a
 * new mailbox and "unchanged" for an existing one.
 */
public final class MailboxRow {

	/** Retention as the CSV says it: "delete", "leave:N" or "leave". */
	public record RetentionValue(Retention retention, int days) {
	}

	final int line;
	final String address;
	final Map<MailboxColumn, Object> values = new EnumMap<>(MailboxColumn.class);
	char[] password;

	MailboxRow(int line, String address) {
		this.line = line;
		this.address = address;
	}

	public int line() {
		return line;
	}

	public String address() {
		return address;
	}

	public boolean has(MailboxColumn column) {
		return values.containsKey(column);
	}

	String text(MailboxColumn column) {
		return (String) values.get(column);
	}

	@SuppressWarnings("unchecked")
	List<String> list(MailboxColumn column) {
		return (List<String>) values.get(column);
	}

	boolean bool(MailboxColumn column) {
		return (Boolean) values.get(column);
	}

	int integer(MailboxColumn column) {
		return (Integer) values.get(column);
	}

	SendEncoding encoding() {
		return (SendEncoding) values.get(MailboxColumn.SEND_ENCODING);
	}

	RetentionValue retention() {
		return (RetentionValue) values.get(MailboxColumn.RETENTION);
	}
}
