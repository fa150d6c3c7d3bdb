package cc.enet.mailbox.cli.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.MailboxFactory;
import cc.enet.mailbox.cli.internal.Arguments;
import cc.enet.mailbox.cli.internal.Console;
import cc.enet.mailbox.cli.internal.UsageException;
import cc.enet.mailbox.connector.ConnectorFactory;
import cc.enet.mailbox.connector.ConnectorRegistry;
import cc.enet.mailbox.connector.tls.TlsTrust;
import cc.enet.mailbox.core.credentials.CredentialException;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.credentials.ServerSecrets;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;

/**
 * mailbox server add|list|remove WORKSPACE ... and mailbox server secret WORKSPACE NAME [--key KEY]: the servers a
 * workspace applies to. A server's kind declares the settings it takes (--set KEY=VALUE, refused when unknown) and
 * its named secrets (--key).
 * Trusting a self-signed certificate is explicit: --pin-sha256 HEX, or --pin-presented to pin the one the server
 * shows now (printed, so staff can compare it).
 */
public final class ServerCommand implements CliCommand {

	private final CredentialStore credentials;
	private final ConnectorRegistry connectors;

	public ServerCommand(CredentialStore credentials, ConnectorRegistry connectors) {
		this.credentials = credentials;
		this.connectors = connectors;
	}

	@Override
	public String name() {
		return "server";
	}

	@Override
	public Set<String> options() {
		return Set.of("kind", "url", "pin-sha256", "set", "key", "serves");
	}

	@Override
	public Set<String> flags() {
		return Set.of("pin-presented");
	}

	@Override
	public String writes(Arguments arguments) {
		List<String> args = arguments.positional();
		boolean changes = !args.isEmpty() && (args.get(0).equals("add") || args.get(0).equals("remove"));
		return changes && args.size() > 1 ? args.get(1) : null;
	}

	@Override
	public int run(Arguments arguments, Console console) throws UsageException {
		List<String> args = arguments.positional();
		if (args.isEmpty()) {
			throw new UsageException(console.text().get("help.server"));
		}
		switch (args.get(0)) {
		case "secret" -> {
			return secret(args, arguments.option("key"), console);
		}
		case "list" -> {
			MailboxWorkspace workspace = WorkspaceArgument.open(arg(args, 1, "WORKSPACE", console), console.text());
			for (MailServer server : workspace.root().getServers()) {
				console.out().println(server.getName() + " " + server.getKind() + " " + server.getUrl()
						+ (server.getPinnedCertificateSha256() == null ? "" : " pinned " + server.getPinnedCertificateSha256())
						+ server.getSettings().stream().map(s -> " --set " + s).collect(Collectors.joining())
						+ server.getHostNames().stream().map(h -> " --serves " + h).collect(Collectors.joining()));
			}
			return 0;
		}
		case "add" -> {
			MailboxWorkspace workspace = WorkspaceArgument.open(arg(args, 1, "WORKSPACE", console), console.text());
			String name = arg(args, 2, "NAME", console);
			if (workspace.root().getServers().stream().anyMatch(s -> name.equals(s.getName()))) {
				throw new UsageException(console.text().get("server.exists", name));
			}
			MailServer server = MailboxFactory.eINSTANCE.createMailServer();
			server.setName(name);
			server.setKind(required(arguments.option("kind"), "--kind", console));
			server.setUrl(required(arguments.option("url"), "--url", console));
			server.getSettings().addAll(settings(server.getKind(), arguments.options("set"), console));
			// the notified host names it serves: a domain naming no server whose POP3 or SMTP host is one lives here
			arguments.options("serves").forEach(host -> server.getHostNames().add(host.strip().toLowerCase(Locale.ROOT)));
			if (arguments.option("pin-sha256") != null) {
				server.setPinnedCertificateSha256(arguments.option("pin-sha256").replace(":", "").toLowerCase(Locale.ROOT));
			} else if (arguments.flag("pin-presented")) {
				server.setPinnedCertificateSha256(presented(server.getUrl(), console));
				console.out().println(console.text().get("server.pinned", server.getPinnedCertificateSha256()));
			}
			if (ServerSecrets.insecure(server.getUrl())) {
				console.err().println(console.text().get("server.insecureHttp", name, server.getUrl()));
			}
			workspace.root().getServers().add(server);
			save(workspace, console);
			console.out().println(console.text().get("server.added", name));
			return 0;
		}
		case "remove" -> {
			MailboxWorkspace workspace = WorkspaceArgument.open(arg(args, 1, "WORKSPACE", console), console.text());
			String name = arg(args, 2, "NAME", console);
			if (!workspace.root().getServers().removeIf(s -> name.equals(s.getName()))) {
				throw new UsageException(console.text().get("server.unknown", name, ""));
			}
			save(workspace, console);
			return 0;
		}
		default -> throw new UsageException(console.text().get("help.server"));
		}
	}

	/** KEY=VALUE settings, each a key the kind declares (checked when its connector is installed here). */
	private List<String> settings(String kind, List<String> values, Console console) throws UsageException {
		Optional<ConnectorFactory> factory = connectors.forKind(kind);
		List<String> settings = new ArrayList<>();
		for (String value : values == null ? List.<String>of() : values) {
			int eq = value.indexOf('=');
			if (eq <= 0) {
				throw new UsageException(console.text().get("server.settingForm", value));
			}
			String key = value.substring(0, eq);
			if (factory.isPresent() && !factory.get().settings().contains(key)) {
				throw new UsageException(console.text().get("server.unknownSetting", key, kind, String.join(", ", factory.get().settings())));
			}
			settings.add(value);
		}
		return settings;
	}

	/** Reads the secret from the terminal, or standard input for scripts, into secure storage. */
	private int secret(List<String> args, String key, Console console) throws UsageException {
		if (args.size() != 3) {
			throw new UsageException(console.text().get("server.secretUsage"));
		}
		MailboxWorkspace workspace = WorkspaceArgument.open(args.get(1), console.text());
		String name = args.get(2);
		MailServer server = workspace.findServer(name)
				.orElseThrow(() -> new UsageException(console.text().get("server.unknown", name,
						String.join(", ", workspace.root().getServers().stream().map(MailServer::getName).toList()))));
		String storedAs = name;
		if (key != null) {
			Optional<ConnectorFactory> factory = connectors.forKind(server.getKind());
			if (factory.isPresent() && !factory.get().secretKeys().contains(key.toUpperCase(Locale.ROOT))) {
				throw new UsageException(console.text().get("server.unknownSecret", key, server.getKind(),
						String.join(", ", factory.get().secretKeys())));
			}
			storedAs = ServerSecrets.named(name, key);
		}
		char[] secret;
		java.io.Console terminal = System.console();
		if (terminal != null) {
			secret = terminal.readPassword(console.text().get("server.prompt", name));
		} else {
			try {
				secret = new String(System.in.readAllBytes(), StandardCharsets.UTF_8).strip().toCharArray();
			} catch (IOException e) {
				throw new UsageException(console.text().get("error.io", e.getMessage()));
			}
		}
		try {
			ServerSecrets.store(credentials, storedAs, server.getUrl(), server.getPinnedCertificateSha256(), secret);
		} catch (CredentialException e) {
			throw new UsageException(console.text().get("error.credentials", e.getMessage()));
		} finally {
			Arrays.fill(secret, '\0');
		}
		console.out().println(console.text().get("server.secretStored", storedAs));
		return 0;
	}

	private static String presented(String url, Console console) throws UsageException {
		if (!url.startsWith("https://")) {
			throw new UsageException(console.text().get("server.pinNeedsHttps", url));
		}
		try {
			return TlsTrust.presentedSha256(url);
		} catch (IOException | GeneralSecurityException e) {
			throw new UsageException(console.text().get("server.pinFailed", url, e.getMessage()));
		}
	}

	private static void save(MailboxWorkspace workspace, Console console) throws UsageException {
		try {
			WorkspaceStore.save(workspace);
		} catch (IOException e) {
			throw new UsageException(console.text().get("error.io", e.getMessage()));
		}
	}

	private static String arg(List<String> args, int index, String what, Console console) throws UsageException {
		if (args.size() <= index) {
			throw new UsageException(console.text().get("usage.missingOption", what));
		}
		return args.get(index);
	}

	private static String required(String value, String what, Console console) throws UsageException {
		if (value == null || value.isBlank()) {
			throw new UsageException(console.text().get("usage.missingOption", what));
		}
		return value;
	}
}
