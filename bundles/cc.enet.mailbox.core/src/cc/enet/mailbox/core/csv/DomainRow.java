package cc.enet.mailbox.core.csv;

import java.util.EnumMap;
import java.util.Map;

/** One checked row of the domain CSV: the domain and the values of the cells that were not empty. */
public final class DomainRow {

	final int line;
	final String domain;
	final Map<DomainColumn, Object> values = new EnumMap<>(DomainColumn.class);

	DomainRow(int line, String domain) {
		this.line = line;
		this.domain = domain;
	}

	boolean has(DomainColumn column) {
		return values.containsKey(column);
	}

	@SuppressWarnings("unchecked")
	<T> T get(DomainColumn column) {
		return (T) values.get(column);
	}
}
