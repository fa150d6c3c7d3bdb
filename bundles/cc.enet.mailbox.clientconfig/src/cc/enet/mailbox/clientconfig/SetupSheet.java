package cc.enet.mailbox.clientconfig;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import cc.enet.mailbox.SendEncoding;
import cc.enet.mailbox.clientconfig.internal.ClientConfigText;
import cc.enet.mailbox.clientconfig.internal.SheetCanvas;
import cc.enet.mailbox.clientconfig.internal.SheetFont;

/**
 * The printable setup sheet a customer keeps beside the computer (A4 PDF), in the guide's words: the account, the
 * three servers with port and SSL, what to choose and what not to choose, the retention setting and why, the webmail
 * settings with the guide's notes, the guide's warnings about the domain's own settings, and whom to ask. A quota is
 * printed only when staff set one; an IMAP host staff have not confirmed is printed as the guide gives it. IPAex Gothic is embedded as a subset, so it prints the same everywhere and its
 * text can be extracted.
 */
public final class SetupSheet {

	private static final float BODY = 9.5f;
	private static final float LABEL_WIDTH = 120;

	private final ClientSetup setup;
	private final Locale locale;
	private final char[] password;
	private final LocalDate issued;
	private final MailClient client;

	/**
	 * The sheet for any mail client, in the guide's terms alone.
	 *
	 * @param password the initial password to print, or null for "the one notified to you separately"
	 */
	public SetupSheet(ClientSetup setup, Locale locale, char[] password, LocalDate issued) {
		this(setup, locale, password, issued, MailClient.ANY);
	}

	/** The sheet for {@code client}: its steps in that client's labels and the guide's notes on it as well. */
	public SetupSheet(ClientSetup setup, Locale locale, char[] password, LocalDate issued, MailClient client) {
		if (setup.forDomainOnly()) {
			throw new IllegalArgumentException("a setup sheet is for one mailbox");
		}
		this.setup = setup;
		this.locale = locale;
		this.password = password;
		this.issued = issued;
		this.client = client;
	}

	public void write(OutputStream out) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDType0Font font = PDType0Font.load(document, SheetFont.locate(locale).toFile());
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(t("sheet.title") + " - " + setup.address());
			info.setAuthor("Enet");
			info.setCreator("Mailbox Console");
			document.getDocumentCatalog().setLanguage(locale.getLanguage());
			try (SheetCanvas canvas = new SheetCanvas(document, font,
					page -> t("sheet.footer", ClientSetup.WEBMAIL_URL, page))) {
				draw(canvas);
			}
			document.save(out);
		}
	}

	private void draw(SheetCanvas c) throws IOException {
		String date = issued.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
		c.titleBand(t("sheet.title"), client == MailClient.ANY ? t("sheet.subtitle")
				: t("sheet.subtitleFor", client.title(locale)), t("sheet.issued", date));

		c.heading(t("sheet.account"));
		c.row(t("sheet.address"), setup.address(), LABEL_WIDTH, 11.5f);
		c.row(t("sheet.username"), setup.userName() + "  " + t("sheet.usernameNote"), LABEL_WIDTH, BODY);
		c.row(t("sheet.password"), password == null ? t("sheet.passwordSeparate") : new String(password), LABEL_WIDTH,
				password == null ? BODY : 12);
		c.row(t("sheet.displayName"), setup.displayName(), LABEL_WIDTH, BODY);
		if (setup.quotaMb() != null) { // only a size staff set: the guide states none
			c.row(t("sheet.quota"), t("sheet.quotaValue", megabytes()), LABEL_WIDTH, BODY);
		}

		c.heading(t("sheet.servers"));
		List<String[]> rows = new ArrayList<>();
		rows.add(serverRow("sheet.row.pop3", setup.pop3(), "sheet.auth"));
		if (setup.imap() != null) {
			rows.add(serverRow("sheet.row.imap", setup.imap(), "sheet.auth"));
		}
		rows.add(serverRow("sheet.row.smtp", setup.smtp(), "sheet.authSmtp"));
		c.table(new String[] { t("sheet.col.use"), t("sheet.col.server"), t("sheet.col.port"), t("sheet.col.ssl"),
				t("sheet.col.auth") }, rows, new float[] { 0.22f, 0.31f, 0.11f, 0.11f, 0.25f }, 9f);
		if (setup.imap() != null && !setup.imap().confirmed()) {
			c.paragraph(t("sheet.imapWhere", setup.imap().host()), 8.5f, SheetCanvas.MUTED);
			c.gap(6);
		}

		if (client == MailClient.ANY) {
			guideChoices(c);
		} else {
			clientChoices(c);
		}

		c.pageBreak(); // the webmail settings, their notes and the warnings together on the second page
		if (client != MailClient.ANY) {
			retention(c); // the client's steps set it on the first page; here the guide says why
		}
		c.heading(t("sheet.webmailSection"));
		c.row(t("sheet.webmail"), ClientSetup.WEBMAIL_URL, LABEL_WIDTH, 11);
		c.row(t("sheet.encoding"), t(setup.sendEncoding() == SendEncoding.UTF_8 ? "sheet.encoding.utf8"
				: "sheet.encoding.iso"), LABEL_WIDTH, BODY);
		c.row(t("sheet.forwarding"), forwarding(), LABEL_WIDTH, BODY);
		c.row(t("sheet.filter.allowAddresses"), list(setup.allowAddresses()), LABEL_WIDTH, BODY);
		c.row(t("sheet.filter.allowDomains"), list(setup.allowDomains()), LABEL_WIDTH, BODY);
		c.row(t("sheet.filter.denyAddresses"), list(setup.denyAddresses()), LABEL_WIDTH, BODY);
		c.row(t("sheet.filter.denyDomains"), list(setup.denyDomains()), LABEL_WIDTH, BODY);
		c.row(t("sheet.filter.virusSpam"), t("sheet.filter.virus", yesNo(setup.rejectVirus())) + "   "
				+ t("sheet.filter.spam", yesNo(setup.rejectSpam())), LABEL_WIDTH, BODY);
		c.gap(3);
		for (String key : WEBMAIL_NOTES) {
			c.paragraph(t("mail.bullet") + t(key), 8.5f, SheetCanvas.MUTED);
			c.gap(2);
		}
		c.gap(4);

		c.box(t("sheet.warnings"), warnings(locale), SheetCanvas.WARN, SheetCanvas.WARN_FILL, "!", 9f);
		contacts(c);
	}

	/** What to choose and never to choose in the guide's terms, and the retention with the guide's reasons. */
	private void guideChoices(SheetCanvas c) throws IOException {
		c.box(t("sheet.choose"), List.of(t("sheet.choose.ssl"), t("sheet.choose.auth"), t("sheet.choose.smtpAuth")),
				SheetCanvas.OK, SheetCanvas.OK_FILL, "\u25cb", 9f);
		never(c);
		retention(c);
	}

	/** The client's steps in its own labels (retention included), what never to choose, and the guide's notes on it. */
	private void clientChoices(SheetCanvas c) throws IOException {
		c.heading(t("sheet.clientSteps", client.title(locale)));
		c.numbered(client.steps(locale, setup), BODY);
		c.paragraph(client.source(locale), 8f, SheetCanvas.MUTED);
		c.gap(8);
		never(c);
		c.box(t("sheet.clientNotes", client.title(locale)), client.notes(locale), SheetCanvas.BRAND,
				SheetCanvas.HEADER_FILL, "\u25cf", 9f);
	}

	private void never(SheetCanvas c) throws IOException {
		c.box(t("sheet.never"), List.of(t("sheet.never.starttls"), t("sheet.never.secureAuth"), t("sheet.never.plain")),
				SheetCanvas.WARN, SheetCanvas.WARN_FILL, "\u00d7", 9f);
	}

	private void retention(SheetCanvas c) throws IOException {
		c.heading(t("sheet.retention"));
		c.paragraph(retention(), BODY + 0.5f, SheetCanvas.INK);
		c.gap(1);
		c.paragraph(t("sheet.retention.why"), 8.5f, SheetCanvas.MUTED);
		c.gap(4);
	}

	/** The keys of the guide's notes on webmail, in the order the guide gives them. */
	public static List<String> webmailNotes() {
		return WEBMAIL_NOTES;
	}

	private static final List<String> WEBMAIL_NOTES = List.of("sheet.webmail.login", "sheet.webmail.forwarding",
			"sheet.webmail.loop", "sheet.webmail.encoding", "sheet.webmail.filters", "sheet.webmail.spam",
			"sheet.webmail.disclaimer");

	/** The guide's warnings about the domain's own settings: each one, if ignored, stops the customer's mail. */
	public static List<String> warnings(Locale locale) {
		return List.of(ClientConfigText.get(locale, "sheet.warn.courseForwarding"),
				ClientConfigText.get(locale, "sheet.warn.domainAdmin"), ClientConfigText.get(locale, "sheet.warn.dns"));
	}

	/** Enet's support and the change-request channel, when the workspace names them. */
	private void contacts(SheetCanvas c) throws IOException {
		SetupContacts contacts = setup.contacts();
		if (contacts.support() == null && contacts.changeRequest() == null) {
			return;
		}
		c.heading(t("sheet.contact"));
		if (contacts.support() != null) {
			c.row(t("sheet.support"), contacts.support(), LABEL_WIDTH, BODY);
		}
		if (contacts.changeRequest() != null) {
			c.row(t("sheet.changeRequest"), t("sheet.changeRequestText", contacts.changeRequest()), LABEL_WIDTH, BODY);
		}
	}

	private String[] serverRow(String use, ServerSetting server, String auth) {
		String host = server.confirmed() ? server.host() : t("sheet.imapLikely", server.host());
		return new String[] { t(use), host, String.valueOf(server.port()), t("sheet.ssl"), t(auth) };
	}

	private String retention() {
		return switch (setup.retention()) {
		case DELETE_AFTER_DOWNLOAD -> t("sheet.retention.delete");
		case LEAVE_DAYS -> t("sheet.retention.leaveDays", setup.retentionDays());
		case LEAVE_FOREVER -> t("sheet.retention.leaveForever");
		};
	}

	private String forwarding() {
		if (setup.forwardTargets().isEmpty()) {
			return t("sheet.forwarding.none");
		}
		return t("sheet.forwarding.to", String.join(", ", setup.forwardTargets())) + "\n"
				+ t(setup.forwardKeepCopy() ? "sheet.forwarding.keep" : "sheet.forwarding.noKeep");
	}

	private String list(List<String> entries) {
		return entries.isEmpty() ? t("sheet.filter.none") : String.join(", ", entries);
	}

	private String yesNo(boolean value) {
		return t(value ? "sheet.yes" : "sheet.no");
	}

	/** A size reads grouped (2,048 MB); texts show a bare number as digits, as a port must be. */
	private String megabytes() {
		return String.format(locale, "%,d", setup.quotaMb());
	}

	private String t(String key, Object... arguments) {
		return ClientConfigText.get(locale, key, arguments);
	}
}
