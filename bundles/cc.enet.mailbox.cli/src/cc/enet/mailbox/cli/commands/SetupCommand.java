package cc.enet.mailbox.cli.commands;

import java.io.Console;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.cli.internal.Arguments;
import cc.enet.mailbox.cli.internal.CliText;
import cc.enet.mailbox.cli.internal.UsageException;
import cc.enet.mailbox.clientconfig.AppleProfile;
import cc.enet.mailbox.clientconfig.ClientSetup;
import cc.enet.mailbox.clientconfig.MailClient;
import cc.enet.mailbox.clientconfig.OutlookAutodiscover;
import cc.enet.mailbox.clientconfig.ProfileSigner;
import cc.enet.mailbox.clientconfig.SetupGate;
import cc.enet.mailbox.clientconfig.SetupRefusedException;
import cc.enet.mailbox.clientconfig.SetupSheet;
import cc.enet.mailbox.clientconfig.ThunderbirdAutoconfig;
import cc.enet.mailbox.core.credentials.CredentialException;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.credentials.MailboxPasswords;
import cc.enet.mailbox.core.io.DurableFiles;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.model.Addresses;

/**
 * mailbox setup WORKSPACE --mailbox ADDRESS --format thunderbird|outlook|apple|sheet [--lang ja|en] --out FILE
 * [--with-password] [--sign-with FILE.p12] [--client thunderbird|outlook|windows-mail|apple|edmax|any] (the sheet's
 * steps in that client's labels). Refused (exit 1) while the mailbox or its domain breaks an error rule.
 */
public final class SetupCommand implements CliCommand {

	/** Where the signing key's password comes from when no terminal can ask for it. */
	static final String SIGNING_PASSWORD_ENV = "MAILBOX_SIGNING_PASSWORD";

	private static final Set<String> FORMATS = Set.of("thunderbird", "outlook", "apple", "sheet");
	private static final Set<String> CARRY_PASSWORD = Set.of("apple", "sheet");

	private final CredentialStore credentials;

	public SetupCommand(CredentialStore credentials) {
		this.credentials = credentials;
	}

	@Override
	public String name() {
		return "setup";
	}

	@Override
	public Set<String> options() {
		return Set.of("mailbox", "format", "out", "sign-with", "client");
	}

	@Override
	public Set<String> flags() {
		return Set.of("with-password");
	}

	@Override
	public int run(Arguments arguments, cc.enet.mailbox.cli.internal.Console console) throws UsageException {
		CliText text = console.text();
		String address = required(arguments, "mailbox", "--mailbox ADDRESS", text);
		String format = required(arguments, "format", "--format thunderbird|outlook|apple|sheet", text);
		String out = required(arguments, "out", "--out FILE", text);
		if (!FORMATS.contains(format)) {
			throw new UsageException(text.get("setup.badFormat", format));
		}
		boolean withPassword = arguments.flag("with-password");
		if (withPassword && !CARRY_PASSWORD.contains(format)) {
			throw new UsageException(text.get("setup.passwordNotCarried", format));
		}
		if (arguments.option("sign-with") != null && !format.equals("apple")) {
			throw new UsageException(text.get("setup.signOnlyApple"));
		}
		if (arguments.option("client") != null && !format.equals("sheet")) {
			throw new UsageException(text.get("setup.clientOnlySheet"));
		}
		MailClient client = client(arguments, text);
		MailboxWorkspace workspace = WorkspaceArgument.openOnly(arguments, text);
		Mailbox mailbox = workspace.findMailbox(address)
				.orElseThrow(() -> new UsageException(text.get("setup.unknownMailbox", address, workspace.folder())));
		ClientSetup setup;
		try {
			setup = new SetupGate(workspace.root()).forMailbox(mailbox);
		} catch (SetupRefusedException e) {
			SetupRefusals.print(e, console);
			return 1;
		}
		// Files for customers are Japanese unless --lang says otherwise (the guide's language), whatever LANG is.
		Locale fileLocale = text.languageChosen() ? text.locale() : Locale.JAPANESE;
		char[] password = withPassword ? password(setup, workspace, console) : null;
		ProfileSigner signer = signer(arguments.option("sign-with"), text);
		Path file = Path.of(out).toAbsolutePath();
		try {
			DurableFiles.write(file, stream -> {
				switch (format) {
				case "thunderbird" -> ThunderbirdAutoconfig.write(setup, stream);
				case "outlook" -> OutlookAutodiscover.write(setup, stream);
				case "apple" -> AppleProfile.write(setup, fileLocale, password, signer, stream);
				default -> new SetupSheet(setup, fileLocale, password, LocalDate.now(), client).write(stream);
				}
			}, password != null);
		} catch (IOException e) {
			throw new UsageException(text.get("error.io", e.getMessage()));
		} finally {
			if (password != null) {
				Arrays.fill(password, '\0');
			}
		}
		console.out().println(text.get(signer == null ? "setup.written" : "setup.writtenSigned", format, file,
				setup.address(), password == null ? text.get("setup.noPasswordInFile") : text.get("setup.passwordInFile")));
		return 0;
	}

	/** The initial password from secure storage; none there means none in the file, said aloud. */
	private char[] password(ClientSetup setup, MailboxWorkspace workspace, cc.enet.mailbox.cli.internal.Console console)
			throws UsageException {
		try {
			char[] password = MailboxPasswords.plain(MailboxPasswords.of(credentials, workspace.folder()),
					Addresses.key(setup.address())).orElse(null);
			if (password == null) {
				console.err().println(console.text().get("setup.noStoredPassword", setup.address()));
			}
			return password;
		} catch (CredentialException e) {
			throw new UsageException(console.text().get("error.credentials", e.getMessage()));
		}
	}

	private static ProfileSigner signer(String keystore, CliText text) throws UsageException {
		if (keystore == null) {
			return null;
		}
		char[] password = signingPassword(keystore, text);
		try {
			return ProfileSigner.fromPkcs12(Path.of(keystore), password);
		} catch (IOException | GeneralSecurityException e) {
			throw new UsageException(text.get("setup.badSigner", keystore, e.getMessage()));
		} finally {
			Arrays.fill(password, '\0');
		}
	}

	private static char[] signingPassword(String keystore, CliText text) throws UsageException {
		String fromEnvironment = System.getenv(SIGNING_PASSWORD_ENV);
		if (fromEnvironment != null) {
			return fromEnvironment.toCharArray();
		}
		Console terminal = System.console();
		if (terminal == null) {
			throw new UsageException(text.get("setup.noSigningPassword", keystore, SIGNING_PASSWORD_ENV));
		}
		return terminal.readPassword("%s", text.get("setup.signingPrompt", keystore));
	}

	/** The mail client a sheet is made for: --client, any when not given. */
	static MailClient client(Arguments arguments, CliText text) throws UsageException {
		String id = arguments.option("client");
		if (id == null) {
			return MailClient.ANY;
		}
		return MailClient.fromId(id).orElseThrow(() -> new UsageException(text.get("setup.badClient", id, MailClient.ids())));
	}

	private static String required(Arguments arguments, String option, String shown, CliText text)
			throws UsageException {
		String value = arguments.option(option);
		if (value == null) {
			throw new UsageException(text.get("usage.missingOption", shown));
		}
		return value;
	}
}
