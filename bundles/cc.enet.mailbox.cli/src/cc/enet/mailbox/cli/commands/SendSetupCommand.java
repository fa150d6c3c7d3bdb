package cc.enet.mailbox.cli.commands;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.cli.internal.Arguments;
import cc.enet.mailbox.cli.internal.CliText;
import cc.enet.mailbox.cli.internal.Console;
import cc.enet.mailbox.cli.internal.UsageException;
import cc.enet.mailbox.clientconfig.ClientSetup;
import cc.enet.mailbox.clientconfig.MailClient;
import cc.enet.mailbox.clientconfig.SetupGate;
import cc.enet.mailbox.clientconfig.SetupRefusedException;
import cc.enet.mailbox.clientconfig.mail.SetupMailException;
import cc.enet.mailbox.clientconfig.mail.SetupMailSender;
import cc.enet.mailbox.clientconfig.mail.StaffMailAccount;
import cc.enet.mailbox.core.credentials.CredentialException;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.model.Addresses;

/**
 * mailbox send-setup WORKSPACE --mailbox ADDRESS [--to CONTACT] [--lang ja|en] [--client ID]: mails the setup sheet (never with the
 * password) through the workspace's staff mail account, by default to the customer's contact. Exit 1 refused by a rule or the message rejected, 3 the
 * server unreachable or refusing the staff login.
 */
public final class SendSetupCommand implements CliCommand {

	private final CredentialStore credentials;

	public SendSetupCommand(CredentialStore credentials) {
		this.credentials = credentials;
	}

	@Override
	public String name() {
		return "send-setup";
	}

	@Override
	public Set<String> options() {
		return Set.of("mailbox", "to", "client");
	}

	@Override
	public int run(Arguments arguments, Console console) throws UsageException {
		CliText text = console.text();
		String address = arguments.option("mailbox");
		String to = arguments.option("to");
		if (address == null) {
			throw new UsageException(text.get("usage.missingOption", "--mailbox ADDRESS"));
		}
		if (to != null && !Addresses.isValidAddress(to)) {
			throw new UsageException(text.get("sendSetup.badContact", to));
		}
		MailClient client = SetupCommand.client(arguments, text);
		MailboxWorkspace workspace = WorkspaceArgument.openOnly(arguments, text);
		Mailbox mailbox = workspace.findMailbox(address)
				.orElseThrow(() -> new UsageException(text.get("setup.unknownMailbox", address, workspace.folder())));
		if (to == null) {
			to = contactAddress(mailbox, text);
		}
		StaffMailAccount account = StaffMailCommand.account(workspace, text);
		ClientSetup setup;
		try {
			setup = new SetupGate(workspace.root()).forMailbox(mailbox);
		} catch (SetupRefusedException e) {
			SetupRefusals.print(e, console);
			return 1;
		}
		Locale mailLocale = text.languageChosen() ? text.locale() : Locale.JAPANESE;
		char[] password = staffPassword(account, text);
		try {
			String id = new SetupMailSender(account).sendSheet(password, setup, mailLocale, client, to);
			console.out().println(text.get("sendSetup.sent", setup.address(), to, account.host(), id));
			return 0;
		} catch (IOException e) {
			throw new UsageException(text.get("error.io", e.getMessage()));
		} catch (SetupMailException e) {
			console.err().println(e.getMessage());
			return switch (e.kind()) {
			case UNREACHABLE, REFUSED -> ServerAccess.SERVER_UNAVAILABLE;
			case CONTENT, REJECTED -> 1;
			};
		} finally {
			Arrays.fill(password, '\0');
		}
	}

	/** The customer's contact, whom the mail is addressed to by name. */
	private static String contactAddress(Mailbox mailbox, CliText text) throws UsageException {
		Customer customer = mailbox.getDomain() == null ? null : mailbox.getDomain().getCustomer();
		String contact = customer == null ? null : customer.getContactAddress();
		if (contact == null || contact.isBlank()) {
			throw new UsageException(text.get("sendSetup.noContact", customer == null ? "-" : customer.getId()));
		}
		return contact.strip();
	}

	private char[] staffPassword(StaffMailAccount account, CliText text) throws UsageException {
		try {
			return credentials.load(account.secretKey())
					.orElseThrow(() -> new UsageException(text.get("staffMail.noSecret", account.user())));
		} catch (CredentialException e) {
			throw new UsageException(text.get("error.credentials", e.getMessage()));
		}
	}
}
