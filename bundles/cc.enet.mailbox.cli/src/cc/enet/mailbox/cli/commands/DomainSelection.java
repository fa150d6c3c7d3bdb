package cc.enet.mailbox.cli.commands;

import java.util.ArrayList;
import java.util.List;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.cli.internal.Arguments;
import cc.enet.mailbox.cli.internal.CliText;
import cc.enet.mailbox.cli.internal.UsageException;
import cc.enet.mailbox.core.store.MailboxWorkspace;

/**
 * What dns and probe are asked about: exactly one of {@code --domain D}, {@code --all} (and probe's
 * {@code --mailbox A}).
 */
final class DomainSelection {

	private DomainSelection() {
	}

	/** Refuses anything but exactly one of {@code --all} and the {@code options} given, with the usage text {@code chooseOne}. */
	static void requireOne(Arguments arguments, String chooseOne, CliText text, String... options) throws UsageException {
		int chosen = arguments.flag("all") ? 1 : 0;
		for (String option : options) {
			chosen += arguments.option(option) != null ? 1 : 0;
		}
		if (chosen != 1) {
			throw new UsageException(text.get(chooseOne));
		}
	}

	/** The domain of {@code --domain}, or null when it was not given; one the workspace lacks is a usage error. */
	static Domain named(Arguments arguments, MailboxWorkspace workspace, CliText text) throws UsageException {
		String name = arguments.option("domain");
		if (name == null) {
			return null;
		}
		return workspace.findDomain(name)
				.orElseThrow(() -> new UsageException(text.get("probe.unknownDomain", name, workspace.folder())));
	}

	/** The domain of {@code --domain}, else every domain of the workspace (--all), in model order. */
	static List<Domain> domains(Arguments arguments, MailboxWorkspace workspace, CliText text) throws UsageException {
		Domain named = named(arguments, workspace, text);
		if (named != null) {
			return List.of(named);
		}
		List<Domain> all = new ArrayList<>();
		workspace.root().getCustomers().forEach(c -> all.addAll(c.getDomains()));
		return all;
	}
}
