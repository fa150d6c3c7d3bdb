package cc.enet.mailbox.clientconfig.ui.probe;

import org.eclipse.osgi.util.NLS;

/** The words of Test Settings and its results view, English and Japanese. */
public final class ProbeMessages extends NLS {
	private static final String BUNDLE_NAME = "cc.enet.mailbox.clientconfig.ui.probe.messages";

	public static String Job_name;
	public static String Job_step;
	public static String Job_badTrustAnchor;
	public static String Job_optionsTitle;
	public static String Job_recordDns;
	public static String Column_mailbox;
	public static String Column_protocol;
	public static String Column_hostPort;
	public static String Column_step;
	public static String Column_ok;
	public static String Column_detail;
	public static String Column_ms;
	public static String Result_ok;
	public static String Result_failed;
	public static String Step_connect;
	public static String Step_tls;
	public static String Step_authMechanisms;
	public static String Step_login;
	public static String Step_send;
	public static String Step_dns;

	public static String Job_markers;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ProbeMessages.class);
	}

	private ProbeMessages() {
	}
}
