package cc.enet.mailbox.connector.ui.review;

import org.eclipse.osgi.util.NLS;

/** The review package's newer words: a change, a server value, a server setting (Review Changes, Audit Log, Mail Servers). */
public final class ReviewMessages extends NLS {
	private static final String BUNDLE_NAME = "cc.enet.mailbox.connector.ui.review.messages";

	public static String Change_createDomain;
	public static String Change_createMailbox;
	public static String Change_deleteMailbox;
	public static String Change_enable;
	public static String Change_disable;
	public static String Change_initialPassword;
	public static String Change_displayName;
	public static String Change_quota;
	public static String Change_sendEncoding;
	public static String Change_retention;
	public static String Change_forwarding;
	public static String Change_filters;
	public static String Change_rejectVirus;
	public static String Change_acceptVirus;
	public static String Change_rejectSpam;
	public static String Change_acceptSpam;
	public static String Change_take;
	public static String Change_pull;
	public static String Change_pullMailbox;
	public static String Value_yes;
	public static String Value_no;
	public static String Value_none;
	public static String Value_noLimit;
	public static String Value_days;
	public static String Value_quoted;
	public static String Value_listSeparator;
	public static String Value_keepCopy;
	public static String Value_allowAddresses;
	public static String Value_allowDomains;
	public static String Value_denyAddresses;
	public static String Value_denyDomains;
	public static String Value_rejectVirus;
	public static String Value_rejectSpam;
	public static String Value_partSeparator;
	public static String Result_intent;
	public static String Result_done;
	public static String Result_failed;
	public static String Result_skipped;
	public static String Result_notAttempted;
	public static String Result_taken;
	public static String Audit_pullCount;
	public static String Setting_auth;
	public static String Setting_user;
	public static String Setting_managesieve;
	public static String Setting_managesieveUser;
	public static String Setting_doveadm;
	public static String Setting_timeout;
	public static String Secret_managesieve;
	public static String Secret_doveadm;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ReviewMessages.class);
	}

	private ReviewMessages() {
	}
}
