package cc.enet.mailbox.clientconfig.ui.setup;

import java.util.List;
import java.util.Locale;

import cc.enet.mailbox.clientconfig.MailClient;

/** The mail clients as the dialogs offer them: "any mail client" (the guide's terms alone) first, as the default. */
final class MailClients {

	private static final List<MailClient> ORDER = List.of(MailClient.values());

	private MailClients() {
	}

	/** Each client's name with the version its labels come from, in the console's language. */
	static String[] labels(Locale uiLocale) {
		return ORDER.stream().map(c -> c.title(uiLocale)).toArray(String[]::new);
	}

	static MailClient at(int index) {
		return index < 0 ? MailClient.ANY : ORDER.get(index);
	}
}
