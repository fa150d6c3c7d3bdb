package cc.enet.mailbox.clientconfig.ui.setup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

import cc.enet.mailbox.clientconfig.AppleProfile;
import cc.enet.mailbox.clientconfig.ClientSetup;
import cc.enet.mailbox.clientconfig.MailClient;
import cc.enet.mailbox.clientconfig.OutlookAutodiscover;
import cc.enet.mailbox.clientconfig.SetupSheet;
import cc.enet.mailbox.clientconfig.ThunderbirdAutoconfig;

/** The four files a customer can get, as the setup command names them; each written to bytes for preview and save. */
public enum SetupFormat {
	THUNDERBIRD("thunderbird", "xml", false), OUTLOOK("outlook", "xml", false), APPLE("apple", "mobileconfig", true),
	SHEET("sheet", "pdf", true);

	private final String id;
	private final String extension;
	private final boolean carriesPassword;

	SetupFormat(String id, String extension, boolean carriesPassword) {
		this.id = id;
		this.extension = extension;
		this.carriesPassword = carriesPassword;
	}

	public String id() {
		return id;
	}

	public String extension() {
		return extension;
	}

	/** Only the profile and the sheet can hold the initial password; the XML files never do. */
	public boolean carriesPassword() {
		return carriesPassword;
	}

	public String label() {
		return switch (this) {
		case THUNDERBIRD -> SetupMessages.Format_thunderbird;
		case OUTLOOK -> SetupMessages.Format_outlook;
		case APPLE -> SetupMessages.Format_apple;
		case SHEET -> SetupMessages.Format_sheet;
		};
	}

	/** The name the save dialog proposes: what the customer's client or web server expects. */
	public String fileName(ClientSetup setup) {
		return switch (this) {
		case THUNDERBIRD -> setup.forDomainOnly() ? "config-v1.1.xml" : setup.address() + "-config-v1.1.xml";
		case OUTLOOK -> setup.address() + "-autodiscover.xml";
		case APPLE -> setup.address() + ".mobileconfig";
		case SHEET -> setup.address() + "-setup.pdf";
		};
	}

	/** @param password null keeps it out of the file */
	public byte[] write(ClientSetup setup, Locale locale, char[] password) throws IOException {
		return write(setup, locale, password, MailClient.ANY);
	}

	/**
	 * @param password null keeps it out of the file
	 * @param client the mail client whose steps the sheet gives; the other formats are the same for every client
	 */
	public byte[] write(ClientSetup setup, Locale locale, char[] password, MailClient client) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		switch (this) {
		case THUNDERBIRD -> ThunderbirdAutoconfig.write(setup, out);
		case OUTLOOK -> OutlookAutodiscover.write(setup, out);
		case APPLE -> AppleProfile.write(setup, locale, carriesPassword ? password : null, null, out);
		case SHEET -> new SetupSheet(setup, locale, carriesPassword ? password : null, LocalDate.now(), client).write(out);
		}
		return out.toByteArray();
	}
}
