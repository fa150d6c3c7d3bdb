package cc.enet.mailbox.cli.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.cli.internal.Arguments;
import cc.enet.mailbox.cli.internal.CliText;
import cc.enet.mailbox.cli.internal.Console;
import cc.enet.mailbox.cli.internal.UsageException;
import cc.enet.mailbox.clientconfig.BadValueException;
import cc.enet.mailbox.clientconfig.TrustAnchors;
import cc.enet.mailbox.clientconfig.probe.ConnectTo;
import cc.enet.mailbox.clientconfig.probe.DnsProber;
import cc.enet.mailbox.clientconfig.probe.DnsStep;
import cc.enet.mailbox.clientconfig.probe.MailboxProber;
import cc.enet.mailbox.clientconfig.probe.ProbeResult;
import cc.enet.mailbox.connector.json.Json;
import cc.enet.mailbox.core.credentials.CredentialException;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.credentials.MailboxPasswords;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.model.Addresses;
import cc.enet.mailbox.model.WorkspaceWalk;

/**
 * mailbox probe WORKSPACE (--mailbox ADDRESS | --domain DOMAIN | --all) [--format json] [--connect-to H:P:H2:P2 ...]
 * [--cacert FILE] [--ask-password] [--resolver HOST:PORT|system]. With a resolver, a DNS step per domain comes first.
 * Exit 0 every step passed, 1 a step failed, 3 nothing could be reached.
 */
public final class ProbeCommand implements CliCommand {

	private static final Duration TIMEOUT = Duration.ofSeconds(15);

	private final CredentialStore credentials;

	public ProbeCommand(CredentialStore credentials) {
		this.credentials = credentials;
	}

	@Override
	public String name() {
		return "probe";
	}

	@Override
	public Set<String> options() {
		return Set.of("mailbox", "domain", "format", "connect-to", "cacert", "resolver");
	}

	@Override
	public Set<String> flags() {
		return Set.of("all", "ask-password");
	}

	@Override
	public int run(Arguments arguments, Console console) throws UsageException {
		CliText text = console.text();
		String format = OutputFormat.of(arguments, text);
		MailboxWorkspace workspace = WorkspaceArgument.openOnly(arguments, text);
		List<Mailbox> mailboxes = selection(arguments, workspace, text);
		List<ConnectTo> routes = new ArrayList<>();
		Path cacert;
		try {
			for (String route : arguments.options("connect-to")) {
				routes.add(ConnectTo.parse(route));
			}
			cacert = arguments.option("cacert") == null ? null : TrustAnchors.check("cacert", Path.of(arguments.option("cacert")));
		} catch (BadValueException e) {
			throw UsageException.badValue(e, text);
		}
		MailboxProber prober;
		try {
			prober = new MailboxProber(routes, cacert, TIMEOUT, text.locale());
		} catch (IOException | GeneralSecurityException e) {
			throw new UsageException(text.get("error.cannotRead", cacert + ": " + e.getMessage()));
		}
		List<ProbeResult> results = new ArrayList<>();
		if (arguments.option("resolver") != null) {
			results.addAll(dnsSteps(mailboxes, arguments.option("resolver"), text));
		}
		for (Mailbox mailbox : mailboxes) {
			char[] password = password(mailbox, arguments.flag("ask-password"), text);
			try {
				results.addAll(prober.probe(mailbox, password));
			} finally {
				if (password != null) {
					Arrays.fill(password, '\0');
				}
			}
		}
		print(results, format, console);
		boolean reached = results.stream().anyMatch(r -> r.step().equals(ProbeResult.CONNECT) && r.ok());
		if (!results.isEmpty() && !reached) {
			return ServerAccess.SERVER_UNAVAILABLE;
		}
		return results.stream().allMatch(ProbeResult::ok) ? 0 : 1;
	}

	/** The DNS step of each domain, once, before its mailboxes (shown, not recorded: mailbox dns records). */
	private static List<ProbeResult> dnsSteps(List<Mailbox> mailboxes, String resolver, CliText text)
			throws UsageException {
		DnsStep step;
		try {
			step = new DnsStep(new DnsProber(resolver, DnsCommand.FIRST_TRY, DnsCommand.TRIES, text.locale()), text.locale());
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		return mailboxes.stream().map(Mailbox::getDomain).distinct().map(d -> step.check(d).result()).toList();
	}

	private static List<Mailbox> selection(Arguments arguments, MailboxWorkspace workspace, CliText text)
			throws UsageException {
		DomainSelection.requireOne(arguments, "probe.chooseOne", text, "mailbox", "domain");
		if (arguments.option("mailbox") != null) {
			String address = arguments.option("mailbox");
			return List.of(workspace.findMailbox(address)
					.orElseThrow(() -> new UsageException(text.get("setup.unknownMailbox", address, workspace.folder()))));
		}
		Domain domain = DomainSelection.named(arguments, workspace, text);
		return domain != null ? List.copyOf(domain.getMailboxes()) : WorkspaceWalk.mailboxes(workspace.root());
	}

	/** From secure storage, or asked once per mailbox with --ask-password (terminal, else a line of standard input). */
	private char[] password(Mailbox mailbox, boolean ask, CliText text) throws UsageException {
		if (ask) {
			java.io.Console terminal = System.console();
			if (terminal != null) {
				return terminal.readPassword("%s", text.get("probe.prompt", mailbox.getAddress()));
			}
			try {
				StringBuilder line = new StringBuilder();
				for (int c = System.in.read(); c >= 0 && c != '\n'; c = System.in.read()) {
					line.append((char) c);
				}
				return new String(line.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8).strip()
						.toCharArray();
			} catch (IOException e) {
				throw new UsageException(text.get("error.io", e.getMessage()));
			}
		}
		try {
			// the passwords imported into this workspace, not any other's
			return MailboxPasswords.plain(MailboxPasswords.of(credentials, (Workspace) EcoreUtil.getRootContainer(mailbox)),
					Addresses.key(mailbox.getAddress())).orElse(null);
		} catch (CredentialException e) {
			throw new UsageException(text.get("error.credentials", e.getMessage()));
		}
	}

	private static void print(List<ProbeResult> results, String format, Console console) {
		int passed = (int) results.stream().filter(ProbeResult::ok).count();
		long mailboxes = results.stream().map(ProbeResult::mailbox).distinct().count();
		if (format.equals("json")) {
			StringBuilder json = new StringBuilder("{\"results\":[");
			for (int i = 0; i < results.size(); i++) {
				ProbeResult r = results.get(i);
				json.append(i == 0 ? "" : ",").append("\n{\"mailbox\":").append(Json.write(r.mailbox()))
						.append(",\"protocol\":").append(Json.write(r.protocol())).append(",\"host\":")
						.append(Json.write(r.host())).append(",\"port\":").append(r.port()).append(",\"step\":")
						.append(Json.write(r.step())).append(",\"ok\":").append(r.ok()).append(",\"detail\":")
						.append(Json.write(r.detail())).append(",\"ms\":").append(r.ms()).append('}');
			}
			json.append("],\n\"summary\":{\"mailboxes\":").append(mailboxes).append(",\"steps\":").append(results.size())
					.append(",\"passed\":").append(passed).append(",\"failed\":").append(results.size() - passed)
					.append("}}");
			console.out().println(json);
			return;
		}
		for (ProbeResult r : results) {
			console.out().println((r.ok() ? "ok   " : "FAIL ") + r.mailbox() + " " + r.protocol() + " " + r.host() + ":"
					+ r.port() + " " + r.step() + " " + r.ms() + " ms: " + r.detail());
		}
		console.out().println(console.text().get("probe.summary", mailboxes, passed, results.size() - passed));
	}
}
