package cc.enet.mailbox.cli.commands;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.cli.internal.Arguments;
import cc.enet.mailbox.cli.internal.CliText;
import cc.enet.mailbox.cli.internal.Console;
import cc.enet.mailbox.cli.internal.UsageException;
import cc.enet.mailbox.clientconfig.probe.DnsProber;
import cc.enet.mailbox.clientconfig.probe.DnsUnansweredException;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.rules.DnsVerdict;
import cc.enet.mailbox.rules.Finding;

/**
 * mailbox dns WORKSPACE (--domain D | --all) [--resolver HOST:PORT] [--format json]: asks DNS for each domain's MX and
 * its notified hosts' A records, reports dns.mx / dns.host as validate reports findings, and records each answer on
 * its domain (saved), so that setup, send-setup and apply refuse while the mail is off without asking DNS again.
 * Exit 0 every MX is Enet's, 1 a dns.mx finding, 3 the DNS server did not answer.
 */
public final class DnsCommand implements CliCommand {

	/** The first try waits 2 s, the second 4 s: a resolver that does not answer is known in 6 s. */
	static final Duration FIRST_TRY = Duration.ofSeconds(2);
	static final int TRIES = 2;

	@Override
	public String name() {
		return "dns";
	}

	@Override
	public Set<String> options() {
		return Set.of("domain", "resolver", "format");
	}

	@Override
	public Set<String> flags() {
		return Set.of("all");
	}

	@Override
	public String writes(Arguments arguments) {
		return WorkspaceArgument.written(arguments);
	}

	@Override
	public int run(Arguments arguments, Console console) throws UsageException {
		CliText text = console.text();
		String format = OutputFormat.of(arguments, text);
		MailboxWorkspace workspace = WorkspaceArgument.openOnly(arguments, text);
		List<Domain> domains = selection(arguments, workspace, text);
		DnsProber prober;
		try {
			prober = new DnsProber(arguments.option("resolver"), FIRST_TRY, TRIES, text.locale());
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		List<Finding> findings = new ArrayList<>();
		int checked = 0;
		DnsUnansweredException unanswered = null;
		for (Domain domain : domains) {
			try {
				DnsVerdict verdict = DnsVerdict.of(domain, prober.ask(domain));
				verdict.record();
				findings.addAll(verdict.findings());
				checked++;
			} catch (DnsUnansweredException e) {
				unanswered = e;
				break; // the next domain would wait just as long for the same silent server
			}
		}
		if (checked > 0) {
			try {
				WorkspaceStore.save(workspace);
			} catch (IOException e) {
				throw new UsageException(text.get("error.io", e.getMessage()));
			}
		}
		if (format.equals("json")) {
			FindingsPrinter.json(findings, console);
		} else {
			FindingsPrinter.text(findings, console);
			console.out().println(text.get("dns.summary", checked, domains.size(), prober.resolver()));
		}
		if (unanswered != null) {
			console.err().println(unanswered.getMessage());
			return checked == 0 ? ServerAccess.SERVER_UNAVAILABLE : 1;
		}
		return findings.stream().anyMatch(f -> f.ruleId().equals(DnsVerdict.MX_RULE)) ? 1 : 0;
	}

	private static List<Domain> selection(Arguments arguments, MailboxWorkspace workspace, CliText text)
			throws UsageException {
		DomainSelection.requireOne(arguments, "dns.chooseOne", text, "domain");
		return DomainSelection.domains(arguments, workspace, text);
	}
}
