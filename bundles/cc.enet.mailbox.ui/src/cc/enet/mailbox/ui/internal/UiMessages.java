package cc.enet.mailbox.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The UI's words; Japanese when the platform runs with -nl ja or a Japanese locale. */
public final class UiMessages extends NLS {
	private static final String BUNDLE_NAME = "cc.enet.mailbox.ui.internal.messages";

	public static String Window_title;
	public static String Open_failed;
	public static String Navigator_domainLabel;
	public static String Navigator_customerLabel;
	public static String Navigator_problems;
	public static String Navigator_open;
	public static String Navigator_openAll;
	public static String Navigator_opening;
	public static String Navigator_summary;
	public static String Navigator_validating;
	public static String Navigator_problemSummary;
	public static String Editor_allMailboxes;
	public static String Editor_tooltipDomain;
	public static String Editor_tooltipCustomer;
	public static String Editor_noWorkspace;
	public static String Column_address;
	public static String Column_displayName;
	public static String Column_quota;
	public static String Column_encoding;
	public static String Column_retention;
	public static String Column_forwarding;
	public static String Column_filters;
	public static String Column_spamVirus;
	public static String Column_problems;
	public static String Retention_delete;
	public static String Retention_leaveDays;
	public static String Retention_leaveForever;
	public static String Forwarding_keepCopy;
	public static String Filters_allowAddresses;
	public static String Filters_allowDomains;
	public static String Filters_denyAddresses;
	public static String Filters_denyDomains;
	public static String List_separator;
	public static String SpamVirus_off;
	public static String SpamVirus_spam;
	public static String SpamVirus_virus;
	public static String SpamVirus_both;
	public static String Table_searchHint;
	public static String Table_errorsOnly;
	public static String Table_loading;
	public static String Table_count;
	public static String Bulk_setQuota;
	public static String Bulk_setQuotaTitle;
	public static String Bulk_setQuotaMessage;
	public static String Bulk_quotaLabel;
	public static String Bulk_notWholeNumber;
	public static String Bulk_encodingMenu;
	public static String Bulk_encodingLabel;
	public static String Bulk_retentionMenu;
	public static String Bulk_retentionDays;
	public static String Bulk_retentionDaysTitle;
	public static String Bulk_retentionDaysMessage;
	public static String Bulk_retentionLabel;
	public static String Bulk_keepCopyMenu;
	public static String Bulk_keepCopyOn;
	public static String Bulk_keepCopyOff;
	public static String Bulk_keepCopyLabel;
	public static String Bulk_filtersMenu;
	public static String Bulk_addEntry;
	public static String Bulk_removeEntry;
	public static String Bulk_addEntryTitle;
	public static String Bulk_removeEntryTitle;
	public static String Bulk_addEntryMessage;
	public static String Bulk_removeEntryMessage;
	public static String Bulk_addEntryLabel;
	public static String Bulk_removeEntryLabel;
	public static String Bulk_addEnetDomains;
	public static String Bulk_addEnetDomainsLabel;
	public static String Bulk_nothingToChange;
	public static String FilterEntry_list;
	public static String FilterEntry_value;
	public static String FilterEntry_badAddress;
	public static String FilterEntry_badDomain;
	public static String FilterList_allowAddresses;
	public static String FilterList_allowDomains;
	public static String FilterList_denyAddresses;
	public static String FilterList_denyDomains;
	public static String Action_undo;
	public static String Action_redo;
	public static String Action_undoCommand;
	public static String Action_redoCommand;
	public static String Action_copy;
	public static String Action_paste;
	public static String Action_selectAll;
	public static String Copy_done;
	public static String Paste_title;
	public static String Paste_rejected;
	public static String Paste_problem;
	public static String Paste_label;
	public static String Save_task;
	public static String Save_failed;
	public static String Save_failedTitle;
	public static String Job_validate;
	public static String Job_loadTable;
	public static String Job_openWorkspace;
	public static String Job_linkWorkspace;
	public static String Job_markers;
	public static String Menu_file;
	public static String Menu_edit;
	public static String Menu_window;
	public static String Menu_openWorkspace;
	public static String Menu_openWorkspaceTitle;
	public static String Menu_save;
	public static String Menu_saveAll;
	public static String Menu_quit;
	public static String Menu_showNavigator;
	public static String Menu_showProblems;
	public static String Menu_showProperties;
	public static String Value_yes;
	public static String Value_no;

	static {
		NLS.initializeMessages(BUNDLE_NAME, UiMessages.class);
	}

	private UiMessages() {
	}
}
