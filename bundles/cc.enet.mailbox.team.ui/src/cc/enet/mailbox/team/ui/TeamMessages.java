package cc.enet.mailbox.team.ui;

import org.eclipse.osgi.util.NLS;

/** Team > Synchronize's words; Japanese with -nl ja or a Japanese locale. */
public final class TeamMessages extends NLS {
	private static final String BUNDLE_NAME = "cc.enet.mailbox.team.ui.messages";

	public static String Value_lookAlikes;
	public static String Sync_title;
	public static String Sync_saveFirst;
	public static String Sync_notShared;
	public static String Sync_authorPrompt;
	public static String Sync_authorInvalid;
	public static String Sync_job;
	public static String Sync_done;
	public static String Sync_upToDate;
	public static String Sync_ruleErrors;
	public static String Sync_failed;
	public static String Conflicts_title;
	public static String Conflicts_message;
	public static String Conflicts_place;
	public static String Conflicts_field;
	public static String Conflicts_base;
	public static String Conflicts_mine;
	public static String Conflicts_theirs;
	public static String Conflicts_decision;
	public static String Conflicts_keepMine;
	public static String Conflicts_takeTheirs;
	public static String Conflicts_undecided;

	static {
		NLS.initializeMessages(BUNDLE_NAME, TeamMessages.class);
	}

	private TeamMessages() {
	}
}
