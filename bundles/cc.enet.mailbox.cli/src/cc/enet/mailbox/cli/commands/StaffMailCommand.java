package cc.enet.mailbox.cli.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

import cc.enet.mailbox.cli.internal.Arguments;
import cc.enet.mailbox.cli.internal.CliText;
import cc.enet.mailbox.cli.internal.Console;
import cc.enet.mailbox.cli.internal.UsageException;
import cc.enet.mailbox.clientconfig.BadValueException;
import cc.enet.mailbox.clientconfig.ServerAddress;
import cc.enet.mailbox.clientconfig.TrustAnchors;
import cc.enet.mailbox.clientconfig.mail.StaffMailAccount;
import cc.enet.mailbox.core.credentials.CredentialException;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.store.MailboxWorkspace;

/**
 * mailbox staff-mail WORKSPACE [--host H --port P --user U [--from ADDRESS] [--cacert FILE]] [--secret]: the staff
 * account setup mail goes out through. Without options it shows the account; --secret reads its password from the
 * terminal (or standard input) into secure storage.
 */
public final class StaffMailCommand implements CliCommand {

	private final CredentialStore credentials;

	public StaffMailCommand(CredentialStore credentials) {
		this.credentials = credentials;
	}

	@Override
	public String name() {
		return "staff-mail";
	}

	@Override
	public Set<String> options() {
		return Set.of("host", "port", "user", "from", "cacert");
	}

	@Override
	public Set<String> flags() {
		return Set.of("secret");
	}

	@Override
	public int run(Arguments arguments, Console console) throws UsageException {
		CliText text = console.text();
		MailboxWorkspace workspace = WorkspaceArgument.openOnly(arguments, text);
		if (arguments.option("host") != null || arguments.option("user") != null || arguments.option("port") != null) {
			StaffMailAccount account = fromArguments(arguments, text);
			try {
				account.save(workspace.folder());
			} catch (IOException e) {
				throw new UsageException(text.get("error.io", e.getMessage()));
			}
		}
		StaffMailAccount account = account(workspace, text);
		if (arguments.flag("secret")) {
			storeSecret(account, console);
		}
		console.out().println(text.get("staffMail.show", account.user(), account.host(), account.port(), account.from(),
				account.trustAnchor() == null ? "-" : account.trustAnchor()));
		return 0;
	}

	/** The workspace's staff mail account, or a usage error that says how to configure one. */
	static StaffMailAccount account(MailboxWorkspace workspace, CliText text) throws UsageException {
		try {
			return StaffMailAccount.load(workspace.folder())
					.orElseThrow(() -> new UsageException(text.get("staffMail.none", workspace.folder())));
		} catch (IOException e) {
			throw new UsageException(text.get("error.workspace", e.getMessage()));
		}
	}

	private static StaffMailAccount fromArguments(Arguments arguments, CliText text) throws UsageException {
		String host = arguments.option("host");
		String user = arguments.option("user");
		if (host == null || user == null) {
			throw new UsageException(text.get("usage.missingOption", host == null ? "--host HOST" : "--user USER"));
		}
		try {
			int port = ServerAddress.port("port", arguments.option("port") == null ? "465" : arguments.option("port"));
			String cacert = arguments.option("cacert");
			Path anchor = cacert == null ? null : TrustAnchors.check("cacert", Path.of(cacert)).toAbsolutePath();
			return new StaffMailAccount(host, port, user, arguments.option("from"), anchor);
		} catch (BadValueException e) {
			throw UsageException.badValue(e, text);
		} catch (IllegalArgumentException e) {
			throw new UsageException(text.get("staffMail.bad", e.getMessage()));
		}
	}

	private void storeSecret(StaffMailAccount account, Console console) throws UsageException {
		CliText text = console.text();
		char[] secret;
		java.io.Console terminal = System.console();
		try {
			if (terminal != null) {
				secret = terminal.readPassword("%s", text.get("staffMail.prompt", account.user()));
			} else {
				secret = new String(System.in.readAllBytes(), StandardCharsets.UTF_8).strip().toCharArray();
			}
		} catch (IOException e) {
			throw new UsageException(text.get("error.io", e.getMessage()));
		}
		try {
			credentials.store(account.secretKey(), secret);
		} catch (CredentialException e) {
			throw new UsageException(text.get("error.credentials", e.getMessage()));
		} finally {
			Arrays.fill(secret, '\0');
		}
		console.out().println(text.get("staffMail.secretStored", account.user()));
	}
}
