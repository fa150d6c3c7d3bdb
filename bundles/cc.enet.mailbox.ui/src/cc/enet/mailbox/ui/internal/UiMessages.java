package cc.enet.mailbox.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The UI's words; Japanese when the platform runs with -nl ja or a Japanese locale. */
public final class UiMessages extends NLS {
	private static final String BUNDLE_NAME = "cc.enet.mailbox.ui.internal.messages";

	public static String Window_title;
	public static String Navigator_domainLabel;
	public static String Navigator_customerLabel;
	public static String Navigator_problems;
	public static String Findings_severity;
	public static String Findings_rule;
	public static String Findings_place;
	public static String Findings_field;
	public static String Findings_message;
	public static String Open_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, UiMessages.class);
	}

	private UiMessages() {
	}
}
