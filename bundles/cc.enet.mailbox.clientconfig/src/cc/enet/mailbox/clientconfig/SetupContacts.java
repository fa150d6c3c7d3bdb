package cc.enet.mailbox.clientconfig;

/**
 * Who the setup mail is addressed to and whom the customer asks: the customer and its contact person (per customer),
 * Enet's support contact and the channel for change requests (内容変更申請; once per workspace). Any may be null.
 */
public record SetupContacts(String customerName, String contactName, String contactAddress, String support,
		String changeRequest) {

	public static final SetupContacts NONE = new SetupContacts(null, null, null, null, null);

	public SetupContacts {
		customerName = blankToNull(customerName);
		contactName = blankToNull(contactName);
		contactAddress = blankToNull(contactAddress);
		support = blankToNull(support);
		changeRequest = blankToNull(changeRequest);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
