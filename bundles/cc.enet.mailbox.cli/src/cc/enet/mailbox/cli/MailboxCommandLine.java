package cc.enet.mailbox.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cc.enet.mailbox.cli.commands.ApplyCommand;
import cc.enet.mailbox.cli.commands.AuditCommand;
import cc.enet.mailbox.cli.commands.CliCommand;
import cc.enet.mailbox.cli.commands.DnsCommand;
import cc.enet.mailbox.cli.commands.EnetContactCommand;
import cc.enet.mailbox.cli.commands.ExportCommand;
import cc.enet.mailbox.cli.commands.ExpungeCommand;
import cc.enet.mailbox.cli.commands.FixCommand;
import cc.enet.mailbox.cli.commands.HostsCommand;
import cc.enet.mailbox.cli.commands.ImportCommand;
import cc.enet.mailbox.cli.commands.PlanCommand;
import cc.enet.mailbox.cli.commands.ProbeCommand;
import cc.enet.mailbox.cli.commands.PublishCommand;
import cc.enet.mailbox.cli.commands.PullCommand;
import cc.enet.mailbox.cli.commands.SendSetupCommand;
import cc.enet.mailbox.cli.commands.ServerCommand;
import cc.enet.mailbox.cli.commands.SetupCommand;
import cc.enet.mailbox.cli.commands.StaffMailCommand;
import cc.enet.mailbox.cli.commands.TeamCommand;
import cc.enet.mailbox.cli.commands.ValidateCommand;
import cc.enet.mailbox.cli.internal.Arguments;
import cc.enet.mailbox.cli.internal.CliText;
import cc.enet.mailbox.cli.internal.Console;
import cc.enet.mailbox.cli.internal.InternalErrorLog;
import cc.enet.mailbox.cli.internal.UsageException;
import cc.enet.mailbox.cli.internal.WorkspaceWriteLock;
import cc.enet.mailbox.connector.ConnectorRegistry;
import cc.enet.mailbox.core.credentials.CredentialStore;

/**
 * ./mailbox and the Gogo mailbox:* commands. Exit codes: 0 no rule errors (warnings allowed), 1 rule errors found,
 * 2 bad usage or unreadable input, 3 a server that cannot be reached or refuses the credentials.
 */
public final class MailboxCommandLine {

	public static final int OK = 0;
	public static final int RULE_ERRORS = 1;
	public static final int BAD_USAGE = 2;

	private final Map<String, CliCommand> commands = new LinkedHashMap<>();

	public MailboxCommandLine(CredentialStore credentials) {
		this(credentials, new ConnectorRegistry());
	}

	public MailboxCommandLine(CredentialStore credentials, ConnectorRegistry connectors) {
		this(credentials, connectors, Clock.systemUTC());
	}

	/** @param clock what "now" is for the commands that count days (expunge) */
	public MailboxCommandLine(CredentialStore credentials, ConnectorRegistry connectors, Clock clock) {
		for (CliCommand command : List.of(new ImportCommand(credentials), new ExportCommand(), new ValidateCommand(),
				new FixCommand(), new ServerCommand(credentials, connectors), new PlanCommand(connectors, credentials),
				new ApplyCommand(connectors, credentials), new PullCommand(connectors, credentials), new HostsCommand(),
				new AuditCommand(), new SetupCommand(credentials), new PublishCommand(), new SendSetupCommand(credentials),
				new StaffMailCommand(credentials), new ProbeCommand(credentials), new ExpungeCommand(connectors, credentials, clock),
				new DnsCommand(), new EnetContactCommand(), new TeamCommand(credentials))) {
			commands.put(command.name(), command);
		}
	}

	public int run(List<String> args, PrintStream out, PrintStream err) {
		List<String> rest = new ArrayList<>(args);
		boolean languageChosen = rest.stream().anyMatch(a -> a.equals("--lang") || a.startsWith("--lang="));
		Locale locale = takeLanguage(rest);
		CliText text = new CliText(locale, languageChosen);
		boolean allowInsecureHttp = rest.remove("--allow-insecure-http");
		Console console = new Console(out, err, text, allowInsecureHttp);
		if (rest.isEmpty() || rest.get(0).equals("--help") || rest.get(0).equals("-h") || rest.get(0).equals("help")) {
			out.println(text.get(rest.size() > 1 ? "help." + rest.get(1) : "help.main"));
			return rest.isEmpty() ? BAD_USAGE : OK;
		}
		CliCommand command = commands.get(rest.get(0));
		if (command == null) {
			err.println(text.get("usage.unknownCommand", rest.get(0)));
			err.println(text.get("help.main"));
			return BAD_USAGE;
		}
		try {
			Arguments arguments = Arguments.parse(rest.subList(1, rest.size()), command.options(), command.flags(), text);
			if (arguments.help()) {
				out.println(text.get("help." + command.name()));
				return OK;
			}
			String written = command.writes(arguments);
			if (written == null) {
				return command.run(arguments, console);
			}
			WorkspaceWriteLock lock = WorkspaceWriteLock.acquire(written, command.name(), text);
			boolean succeeded = false;
			try {
				int code = command.run(arguments, console);
				succeeded = code == OK || code == RULE_ERRORS;
				return code;
			} finally {
				lock.close(succeeded);
			}
		} catch (UsageException e) {
			err.println(e.getMessage());
			return BAD_USAGE;
		} catch (RuntimeException | StackOverflowError | OutOfMemoryError | LinkageError e) {
			// Never an exit code that looks like success, never a silent pass, never a stack trace for a user: the
			// details go to a log file a bug report can attach.
			Path log = InternalErrorLog.record(e, rest);
			err.println(text.get("error.internal", e.getClass().getSimpleName(), log == null ? "-" : log.toString()));
			return BAD_USAGE;
		}
	}

	/** "--lang ja|en" anywhere on the line; else the user's locale. */
	private static Locale takeLanguage(List<String> args) {
		Locale locale = Locale.getDefault();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			String value = null;
			if (arg.equals("--lang") && i + 1 < args.size()) {
				value = args.remove(i + 1);
				args.remove(i);
			} else if (arg.startsWith("--lang=")) {
				value = arg.substring(7);
				args.remove(i);
			}
			if (value != null) {
				locale = Locale.forLanguageTag(value);
				i--;
			}
		}
		return locale.getLanguage().equals("ja") ? Locale.JAPANESE : Locale.ENGLISH;
	}
}
