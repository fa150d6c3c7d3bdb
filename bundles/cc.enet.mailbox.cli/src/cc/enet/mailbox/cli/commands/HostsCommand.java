package cc.enet.mailbox.cli.commands;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cc.enet.mailbox.cli.internal.Arguments;
import cc.enet.mailbox.cli.internal.Console;
import cc.enet.mailbox.cli.internal.UsageException;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.model.Addresses;

/**
 * mailbox hosts WORKSPACE add|list|remove [HOST ...]: the server host names Enet notified. Once the list has names, a
 * domain's POP3, IMAP or SMTP host outside it is questioned by rule endpoint.host.
 */
public final class HostsCommand implements CliCommand {

	@Override
	public String name() {
		return "hosts";
	}

	@Override
	public Set<String> options() {
		return Set.of();
	}

	@Override
	public String writes(Arguments arguments) {
		List<String> args = arguments.positional();
		return args.size() > 1 && !args.get(1).equals("list") ? args.get(0) : null;
	}

	@Override
	public int run(Arguments arguments, Console console) throws UsageException {
		List<String> args = arguments.positional();
		if (args.size() < 2) {
			throw new UsageException(console.text().get("help.hosts"));
		}
		MailboxWorkspace workspace = WorkspaceArgument.open(args.get(0), console.text());
		List<String> hosts = args.subList(2, args.size()).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
		List<String> list = workspace.root().getEnetHosts();
		switch (args.get(1)) {
		case "list" -> {
			list.forEach(console.out()::println);
			return 0;
		}
		case "add" -> {
			requireHosts(hosts, console);
			for (String host : hosts) {
				if (!Addresses.isValidDomain(host)) {
					throw new UsageException(console.text().get("hosts.invalid", host));
				}
			}
			hosts.stream().filter(h -> list.stream().noneMatch(h::equalsIgnoreCase)).distinct().forEach(list::add);
		}
		case "remove" -> {
			requireHosts(hosts, console);
			for (String host : hosts) {
				if (!list.removeIf(host::equalsIgnoreCase)) {
					throw new UsageException(console.text().get("hosts.unknown", host));
				}
			}
		}
		default -> throw new UsageException(console.text().get("help.hosts"));
		}
		try {
			WorkspaceStore.save(workspace);
		} catch (IOException e) {
			throw new UsageException(console.text().get("error.io", e.getMessage()));
		}
		console.out().println(console.text().get("hosts.saved", list.size()));
		return 0;
	}

	private static void requireHosts(List<String> hosts, Console console) throws UsageException {
		if (hosts.isEmpty()) {
			throw new UsageException(console.text().get("usage.missingOption", "HOST"));
		}
	}
}
