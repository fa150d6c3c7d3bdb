package cc.enet.mailbox.clientconfig.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cc.enet.mailbox.clientconfig.ClientSetup;
import cc.enet.mailbox.clientconfig.MailClient;
import cc.enet.mailbox.clientconfig.SetupContacts;
import cc.enet.mailbox.clientconfig.SetupSheet;
import cc.enet.mailbox.clientconfig.internal.ClientConfigText;

/**
 * The setup mail's text: addressed to the customer's contact (not to the mailbox's sender name), opened and closed
 * as a business mail is, with the chosen mail client's steps and the guide's notes on it, the guide's warnings and webmail notes in the guide's words, and Enet's support and
 * change-request channel when the workspace names them.
 */
final class SetupMailBody {

	/** Japanese mail is read in narrow windows: lines of at most this many characters. */
	private static final int JAPANESE_LINE = 36;
	private static final int ENGLISH_LINE = 72;
	/** Characters a Japanese line must not start with (kinsoku): they stay at the end of the line before. */
	private static final String NO_LINE_START = "、。，．・：；？！」』）】〕”’ー…";

	private final ClientSetup setup;
	private final Locale locale;
	private final MailClient client;
	private final boolean japanese;

	SetupMailBody(ClientSetup setup, Locale locale, MailClient client) {
		this.setup = setup;
		this.locale = locale;
		this.client = client;
		this.japanese = locale.getLanguage().equals("ja");
	}

	String text() {
		SetupContacts contacts = setup.contacts();
		List<String> lines = new ArrayList<>();
		if (contacts.customerName() != null && !t("mail.customerLine", contacts.customerName()).isBlank()) {
			lines.add(t("mail.customerLine", contacts.customerName()));
		}
		lines.add(contacts.contactName() == null ? t("mail.toNobody") : t("mail.to", contacts.contactName()));
		lines.add("");
		paragraph(lines, t("mail.opening"));
		lines.add("");
		paragraph(lines, t("mail.intro", setup.address()));
		paragraph(lines, t("mail.password"));
		lines.add("");
		if (client != MailClient.ANY) {
			clientSteps(lines);
		}
		lines.add(t("mail.warnings"));
		for (String warning : SetupSheet.warnings(locale)) {
			paragraph(lines, t("mail.bullet") + warning);
		}
		lines.add("");
		lines.add(t("mail.webmail", ClientSetup.WEBMAIL_URL));
		for (String key : SetupSheet.webmailNotes()) {
			paragraph(lines, t("mail.bullet") + t(key));
		}
		lines.add("");
		if (contacts.support() != null) {
			paragraph(lines, t("mail.questions"));
		}
		paragraph(lines, t("mail.closing"));
		lines.add("");
		lines.add("--");
		lines.add(t("mail.signature"));
		if (contacts.support() != null) {
			lines.add(t("mail.support", contacts.support()));
		}
		if (contacts.changeRequest() != null) {
			lines.add(t("mail.changeRequest", contacts.changeRequest()));
		}
		lines.add(t("mail.webmailUrl", ClientSetup.WEBMAIL_URL));
		return String.join("\n", lines) + "\n";
	}

	/** The chosen client's steps as the sheet numbers them, then the guide's notes on that client. */
	private void clientSteps(List<String> lines) {
		lines.add(t("mail.clientSteps", client.title(locale)));
		List<String> steps = client.steps(locale, setup);
		for (int i = 0; i < steps.size(); i++) {
			paragraph(lines, (i + 1) + ". " + steps.get(i));
		}
		paragraph(lines, client.source(locale));
		lines.add("");
		lines.add(t("mail.clientNotes", client.title(locale)));
		for (String note : client.notes(locale)) {
			paragraph(lines, t("mail.bullet") + note);
		}
		lines.add("");
	}

	private void paragraph(List<String> lines, String text) {
		lines.addAll(japanese ? wrapJapanese(text, JAPANESE_LINE) : wrapEnglish(text, ENGLISH_LINE));
	}

	/** Breaks after {@code width} characters, never before a closing mark, never inside an ASCII word or address. */
	static List<String> wrapJapanese(String text, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			int end = i;
			if (isAscii(text.charAt(i)) && text.charAt(i) != ' ') {
				while (end < text.length() && isAscii(text.charAt(end)) && text.charAt(end) != ' ') {
					end++;
				}
			} else {
				end = i + 1;
			}
			String piece = text.substring(i, end);
			boolean closing = piece.length() == 1 && NO_LINE_START.indexOf(piece.charAt(0)) >= 0;
			if (line.length() + piece.length() > width && line.length() > 0 && !closing) {
				lines.add(line.toString().stripTrailing());
				line.setLength(0);
				if (piece.equals(" ")) {
					i = end;
					continue;
				}
			}
			line.append(piece);
			i = end;
		}
		if (line.length() > 0) {
			lines.add(line.toString().stripTrailing());
		}
		return lines;
	}

	static List<String> wrapEnglish(String text, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			if (line.length() > 0 && line.length() + 1 + word.length() > width) {
				lines.add(line.toString());
				line.setLength(0);
			}
			if (line.length() > 0) {
				line.append(' ');
			}
			line.append(word);
		}
		lines.add(line.toString());
		return lines;
	}

	private static boolean isAscii(char c) {
		return c < 0x80;
	}

	private String t(String key, Object... arguments) {
		return ClientConfigText.get(locale, key, arguments);
	}
}
