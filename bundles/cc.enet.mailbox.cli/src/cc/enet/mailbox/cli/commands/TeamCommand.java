package cc.enet.mailbox.cli.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;

import cc.enet.mailbox.cli.internal.Arguments;
import cc.enet.mailbox.cli.internal.Console;
import cc.enet.mailbox.cli.internal.UsageException;
import cc.enet.mailbox.core.credentials.CredentialException;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.team.CloneOperation;
import cc.enet.mailbox.team.RemoteCredentials;
import cc.enet.mailbox.team.RemoteUrls;
import cc.enet.mailbox.team.ShareOperation;
import cc.enet.mailbox.team.SshHostKeys;
import cc.enet.mailbox.team.SyncOperation;
import cc.enet.mailbox.team.SyncResult;
import cc.enet.mailbox.team.TeamException;
import cc.enet.mailbox.team.TeamLog;
import cc.enet.mailbox.team.merge.MergeConflict;
import cc.enet.mailbox.team.merge.MergeDecisions;
import cc.enet.mailbox.team.ssh.SshCredentials;

/**
 * mailbox team share|clone|sync|log|login: a workspace many staff edit through a Git remote. Exit codes: 0 done,
 * 1 conflicts to decide or rule errors that keep the push back, 2 bad usage, 3 the remote cannot be reached or
 * refuses the credentials.
 */
public final class TeamCommand implements CliCommand {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final CredentialStore credentials;

	public TeamCommand(CredentialStore credentials) {
		this.credentials = credentials;
	}

	@Override
	public String name() {
		return "team";
	}

	@Override
	public Set<String> options() {
		return Set.of("name", "mail", "take", "max", "user", "key", "pin-sha256");
	}

	@Override
	public Set<String> flags() {
		return Set.of("pin-presented");
	}

	@Override
	public String writes(Arguments arguments) {
		List<String> positional = arguments.positional();
		return positional.size() >= 2 && (positional.get(0).equals("share") || positional.get(0).equals("sync"))
				? positional.get(1)
				: null;
	}

	@Override
	public int run(Arguments arguments, Console console) throws UsageException {
		List<String> positional = arguments.positional();
		String sub = positional.isEmpty() ? "" : positional.get(0);
		List<String> rest = positional.isEmpty() ? List.of() : positional.subList(1, positional.size());
		try {
			return switch (sub) {
			case "share" -> report(new ShareOperation(Path.of(two(rest, "WORKSPACE URL", console)[0]), rest.get(1),
					required(arguments, "name", console), required(arguments, "mail", console), credentials)
					.run(new NullProgressMonitor()), rest.get(0), console);
			case "clone" -> cloneInto(two(rest, "URL DIR", console), arguments, console);
			case "sync" -> report(new SyncOperation(Path.of(WorkspaceArgument.single(rest, "WORKSPACE", console.text())),
					credentials, decisions(arguments, console)).run(new NullProgressMonitor()), rest.get(0), console);
			case "log" -> log(WorkspaceArgument.single(rest, "WORKSPACE", console.text()), arguments, console);
			case "login" -> login(WorkspaceArgument.single(rest, "URL", console.text()), arguments, console);
			default -> throw new UsageException(console.text().get("team.usage"));
			};
		} catch (TeamException e) {
			return failed(e, console);
		}
	}

	private static String[] two(List<String> rest, String what, Console console) throws UsageException {
		if (rest.size() != 2) {
			throw new UsageException(console.text().get("usage.expectOne", what, rest.size()));
		}
		return rest.toArray(String[]::new);
	}

	private static String required(Arguments arguments, String option, Console console) throws UsageException {
		String value = arguments.option(option);
		if (value == null || value.isBlank()) {
			throw new UsageException(console.text().get("usage.missingOption", "--" + option));
		}
		return value;
	}

	private int cloneInto(String[] urlAndDir, Arguments arguments, Console console) throws UsageException, TeamException {
		String head = new CloneOperation(urlAndDir[0], Path.of(urlAndDir[1]), required(arguments, "name", console),
				required(arguments, "mail", console), credentials).run(new NullProgressMonitor());
		console.out().println(console.text().get("team.cloned", urlAndDir[0], urlAndDir[1], head.substring(0, 10)));
		return 0;
	}

	private static int report(SyncResult result, String workspace, Console console) {
		switch (result.status()) {
		case CONFLICTS -> {
			for (MergeConflict c : result.conflicts()) {
				console.out().println("  " + console.text().get("team.conflict", c.place(), c.field(), c.base(), c.mine(), c.theirs()));
			}
			console.err().println(console.text().get("team.conflicts", result.conflicts().size()));
			return 1;
		}
		case RULE_ERRORS -> {
			FindingsPrinter.text(result.findings(), console);
			console.err().println(console.text().get("team.ruleErrors", result.findings().size()));
			return 1;
		}
		default -> {
			String what = result.sent() && result.received() ? "team.mergedPushed"
					: result.sent() ? "team.pushed" : result.received() ? "team.received" : "team.upToDate";
			console.out().println(console.text().get(what, workspace, result.head().substring(0, 10)));
			return 0;
		}
		}
	}

	private static int log(String workspace, Arguments arguments, Console console) throws UsageException, TeamException {
		int max;
		try {
			max = arguments.option("max") == null ? 20 : Integer.parseInt(arguments.option("max"));
		} catch (NumberFormatException e) {
			throw new UsageException(console.text().get("team.badMax", arguments.option("max")));
		}
		for (TeamLog.Entry entry : TeamLog.read(Path.of(workspace), max)) {
			console.out().println((entry.pushed() ? "  " : "* ") + entry.id() + " "
					+ TIME.format(entry.time().atZone(ZoneId.systemDefault())) + " " + entry.author() + " <" + entry.mail()
					+ "> " + entry.message());
		}
		console.out().println(console.text().get("team.logLegend"));
		return 0;
	}

	private int login(String url, Arguments arguments, Console console) throws UsageException, TeamException {
		RemoteUrls.check(url);
		if (RemoteUrls.isSsh(url)) {
			return sshLogin(url, arguments, console);
		}
		if (arguments.option("key") != null || arguments.option("pin-sha256") != null || arguments.flag("pin-presented")) {
			throw new UsageException(console.text().get("team.sshOnly", url));
		}
		String user = required(arguments, "user", console);
		char[] password = secret(console.text().get("team.prompt", user, RemoteUrls.origin(url)), console);
		try {
			RemoteCredentials.store(credentials, url, user, password);
		} catch (CredentialException e) {
			throw new UsageException(console.text().get("error.credentials", e.getMessage()));
		} finally {
			Arrays.fill(password, '\0');
		}
		console.out().println(console.text().get("team.loggedIn", user, RemoteUrls.origin(url)));
		return 0;
	}

	/**
	 * An SSH remote: its host key pinned first (given, or the one presented, shown), then the private key or the
	 * password, all kept under the remote's origin. The user is the URL's (ssh://git@host/...).
	 */
	private int sshLogin(String url, Arguments arguments, Console console) throws UsageException, TeamException {
		String origin = RemoteUrls.origin(url);
		String user = RemoteUrls.user(url);
		if (user == null || (arguments.option("user") != null && !arguments.option("user").equals(user))) {
			throw new UsageException(console.text().get("team.sshUser", url));
		}
		try {
			if (arguments.option("pin-sha256") != null) {
				SshHostKeys.pin(credentials, url, arguments.option("pin-sha256"));
			} else if (arguments.flag("pin-presented")) {
				console.out().println(console.text().get("team.pinned", origin,
						SshHostKeys.pinPresented(credentials, url, new NullProgressMonitor())));
			} else if (SshCredentials.pin(credentials, url).isEmpty()) {
				throw new UsageException(console.text().get("team.pinRequired", url));
			}
			if (arguments.option("key") != null) {
				Path file = Path.of(arguments.option("key"));
				KeyPair key = SshCredentials.readKey(file, () -> secretOrNull(console.text().get("team.passphrase", file), console));
				SshCredentials.storeKey(credentials, url, key);
				console.out().println(console.text().get("team.keyKept", file, user, origin));
			} else {
				char[] password = secret(console.text().get("team.prompt", user, origin), console);
				try {
					RemoteCredentials.store(credentials, url, user, password);
				} finally {
					Arrays.fill(password, '\0');
				}
				console.out().println(console.text().get("team.loggedIn", user, origin));
			}
		} catch (CredentialException e) {
			throw new UsageException(console.text().get("error.credentials", e.getMessage()));
		}
		return 0;
	}

	/** A password or passphrase from the terminal, else the whole of standard input. */
	private static char[] secret(String prompt, Console console) throws UsageException {
		java.io.Console terminal = System.console();
		if (terminal != null) {
			return terminal.readPassword("%s", prompt);
		}
		try {
			return new String(System.in.readAllBytes(), StandardCharsets.UTF_8).strip().toCharArray();
		} catch (IOException e) {
			throw new UsageException(console.text().get("error.io", e.getMessage()));
		}
	}

	private static char[] secretOrNull(String prompt, Console console) {
		try {
			return secret(prompt, console);
		} catch (UsageException e) {
			return null;
		}
	}

	/** --take mine|theirs for all, PLACE=mine|theirs for a mailbox or domain, PLACE:FIELD=mine|theirs for one field. */
	private static MergeDecisions decisions(Arguments arguments, Console console) throws UsageException {
		MergeDecisions.Take all = null;
		List<String[]> each = new java.util.ArrayList<>();
		for (String take : arguments.options("take")) {
			int eq = take.lastIndexOf('=');
			String value = eq < 0 ? take : take.substring(eq + 1);
			if (eq < 0) {
				all = parse(value, console);
			} else {
				each.add(new String[] { take.substring(0, eq), value });
			}
		}
		MergeDecisions decisions = new MergeDecisions(all);
		for (String[] pair : each) {
			decisions.take(pair[0], parse(pair[1], console));
		}
		return decisions;
	}

	private static MergeDecisions.Take parse(String value, Console console) throws UsageException {
		return switch (value) {
		case "mine" -> MergeDecisions.Take.MINE;
		case "theirs" -> MergeDecisions.Take.THEIRS;
		default -> throw new UsageException(console.text().get("apply.badTake", value));
		};
	}

	private static int failed(TeamException e, Console console) throws UsageException {
		String message = e.getMessage(console.text().locale());
		return switch (e.kind()) {
		case UNREACHABLE, AUTH_REFUSED, HOST_KEY_REFUSED -> {
			console.err().println(message);
			yield ServerAccess.SERVER_UNAVAILABLE;
		}
		case NOT_SYNCHRONIZED -> {
			console.err().println(message);
			yield 1;
		}
		default -> throw new UsageException(message);
		};
	}
}
