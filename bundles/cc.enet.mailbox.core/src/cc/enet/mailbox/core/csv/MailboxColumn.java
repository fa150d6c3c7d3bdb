package cc.enet.mailbox.core.csv;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns of the mailbox CSV, in the order export writes them. {@code password} and {@code password_hash} (a hash
 * taken over from an old system, see {@link cc.enet.mailbox.model.PasswordHash}) are import-only.
 */
public enum MailboxColumn {
	ADDRESS("address"), DISPLAY_NAME("display_name"), QUOTA_MB("quota_mb"), SEND_ENCODING("send_encoding"),
	RETENTION("retention"), FORWARD_TO("forward_to"), FORWARD_KEEP_COPY("forward_keep_copy"),
	ALLOW_ADDRESSES("allow_addresses"), ALLOW_DOMAINS("allow_domains"), DENY_ADDRESSES("deny_addresses"),
	DENY_DOMAINS("deny_domains"), REJECT_VIRUS("reject_virus"), REJECT_SPAM("reject_spam"), PASSWORD("password"),
	PASSWORD_HASH("password_hash");

	private final String header;

	MailboxColumn(String header) {
		this.header = header;
	}

	public String header() {
		return header;
	}

	public static Optional<MailboxColumn> byHeader(String header) {
		return Arrays.stream(values()).filter(c -> c.header.equals(header)).findFirst();
	}

	/** Every column but the password and its hash, which never leave the console. */
	public static List<MailboxColumn> exported() {
		return Arrays.stream(values()).filter(c -> !c.isSecret()).toList();
	}

	public boolean isSecret() {
		return this == PASSWORD || this == PASSWORD_HASH;
	}
}
