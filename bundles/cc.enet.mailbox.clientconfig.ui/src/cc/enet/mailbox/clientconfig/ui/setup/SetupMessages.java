package cc.enet.mailbox.clientconfig.ui.setup;

import org.eclipse.osgi.util.NLS;

/** The setup files dialog's words, English and Japanese. */
public final class SetupMessages extends NLS {
	private static final String BUNDLE_NAME = "cc.enet.mailbox.clientconfig.ui.setup.messages";

	public static String Dialog_title;
	public static String Dialog_mailboxTitle;
	public static String Dialog_domainTitle;
	public static String Dialog_domainFile;
	public static String Dialog_eachMailbox;
	public static String Dialog_format;
	public static String Dialog_language;
	public static String Dialog_client;
	public static String Dialog_withPassword;
	public static String Dialog_save;
	public static String Dialog_open;
	public static String Dialog_preview;
	public static String Dialog_previewWithPassword;
	public static String Dialog_writeFailed;
	public static String Dialog_noPicture;
	public static String Dialog_saved;
	public static String Dialog_saveFailed;
	public static String Dialog_noViewer;
	public static String Format_thunderbird;
	public static String Format_outlook;
	public static String Format_apple;
	public static String Format_sheet;
	public static String Language_ja;
	public static String Language_en;
	public static String Password_neverInFormat;
	public static String Password_stored;
	public static String Password_noneStored;
	public static String Password_whereStored;
	public static String Batch_files;
	public static String Batch_refused;
	public static String Batch_nothing;
	public static String Batch_ready;
	public static String Batch_readyWithRefusals;
	public static String Batch_saved;

	public static String Send_title;
	public static String Send_language;
	public static String Send_client;
	public static String Send_heading;
	public static String Send_explain;
	public static String Send_contact;
	public static String Send_send;
	public static String Send_badContact;
	public static String Send_job;
	public static String Send_sent;
	public static String Send_failed;
	public static String Send_noAccount;
	public static String Send_noSecret;

	static {
		NLS.initializeMessages(BUNDLE_NAME, SetupMessages.class);
	}

	private SetupMessages() {
	}
}
