package cc.enet.mailbox.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.util.EcoreUtil;

import cc.enet.mailbox.DnsCheck;
import cc.enet.mailbox.DnsOutcome;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.MailboxFactory;
import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.ServiceEndpoint;
import cc.enet.mailbox.Workspace;

/**
 * A DNS answer held against Enet's hosts, as the guide asks: changing MX / ZONE / DNS disables the mail service. An MX
 * target is Enet's when it is in the workspace's list of Enet host names or is one of the domain's notified hosts;
 * every target must be, since mail to any other one never reaches Enet. MX elsewhere, no MX and no such domain are
 * each a {@value #MX_RULE} error; a notified host without an A record is a {@value #HOST_RULE} warning.
 */
public final class DnsVerdict {

	public static final String MX_RULE = "dns.mx";
	public static final String HOST_RULE = "dns.host";

	private final Domain domain;
	private final DnsAnswer answer;
	private final DnsOutcome outcome;
	private final List<String> foreignTargets = new ArrayList<>();

	private DnsVerdict(Domain domain, DnsAnswer answer) {
		this.domain = domain;
		this.answer = answer;
		List<DnsAnswer.Mx> real = answer.mx().stream().filter(mx -> !mx.host().isEmpty()).toList();
		Set<String> enet = enetHosts(domain);
		for (DnsAnswer.Mx mx : real) {
			if (!enet.contains(mx.host())) {
				foreignTargets.add(mx.host());
			}
		}
		this.outcome = answer.nxdomain() ? DnsOutcome.NXDOMAIN
				: real.isEmpty() ? DnsOutcome.NO_MX
				: foreignTargets.isEmpty() ? DnsOutcome.ENET_MX : DnsOutcome.MX_ELSEWHERE;
	}

	public static DnsVerdict of(Domain domain, DnsAnswer answer) {
		return new DnsVerdict(domain, answer);
	}

	public DnsOutcome outcome() {
		return outcome;
	}

	public boolean mailOff() {
		return outcome != DnsOutcome.ENET_MX;
	}

	public Domain domain() {
		return domain;
	}

	public DnsAnswer answer() {
		return answer;
	}

	/** The records seen, as the model keeps them: "MX 10 host", "A host address", "A host -", "NXDOMAIN". */
	public List<String> records() {
		List<String> records = new ArrayList<>();
		if (answer.nxdomain()) {
			records.add("NXDOMAIN");
		}
		answer.mx().stream().sorted((a, b) -> Integer.compare(a.preference(), b.preference()))
				.forEach(mx -> records.add("MX " + mx.preference() + " " + (mx.host().isEmpty() ? "." : mx.host())));
		for (String host : new TreeSet<>(answer.hostAddresses().keySet())) {
			List<String> addresses = answer.hostAddresses().get(host);
			records.add("A " + host + " " + (addresses.isEmpty() ? "-" : String.join(" ", addresses)));
		}
		return records;
	}

	/** dns.mx when the mail is off, dns.host for each notified host without an address. */
	public List<Finding> findings() {
		List<Finding> findings = new ArrayList<>();
		String resolver = answer.resolver();
		String seen = records().isEmpty() ? "-" : String.join(", ", records());
		if (mailOff()) {
			String key = switch (outcome) {
			case NXDOMAIN -> "dns.mx.nxdomain";
			case NO_MX -> "dns.mx.none";
			default -> "dns.mx.elsewhere";
			};
			findings.add(new Finding(MX_RULE, Severity.ERROR, domain, Literals.DOMAIN__DNS_CHECK, "dnsCheck", null,
					domain.getName(), key, List.of(domain.getName(), String.join(", ", foreignTargets), seen, resolver)));
		}
		if (!answer.nxdomain()) {
			for (String host : new TreeSet<>(answer.hostAddresses().keySet())) {
				if (answer.hostAddresses().get(host).isEmpty()) {
					findings.add(new Finding(HOST_RULE, Severity.WARNING, domain, Literals.DOMAIN__ENDPOINTS,
							"endpoints.host", null, domain.getName(), HOST_RULE,
							List.of(domain.getName(), host, seen, resolver)));
				}
			}
		}
		return findings;
	}

	/**
	 * Writes the check into the domain: the records, the resolver, since when the mail is off (kept from the last
	 * check while it still is), and the DNS-moved state that setup, send-setup and apply read. Enet's MX clears it.
	 */
	public void record() {
		DnsCheck previous = domain.getDnsCheck();
		Date now = Date.from(answer.at());
		Date offSince = null;
		if (mailOff()) {
			boolean wasOff = previous != null && previous.getOutcome() != DnsOutcome.ENET_MX
					&& previous.getMailOffSince() != null;
			offSince = wasOff ? previous.getMailOffSince() : now;
		}
		DnsCheck check = MailboxFactory.eINSTANCE.createDnsCheck();
		check.setCheckedAt(now);
		check.setResolver(answer.resolver());
		check.setOutcome(outcome);
		check.getRecords().addAll(records());
		check.setMailOffSince(offSince);
		domain.setDnsCheck(check);
		domain.setDnsExternal(mailOff());
	}

	/** Whether recording would change what the domain holds, the time of the check aside. */
	public boolean changes() {
		DnsCheck previous = domain.getDnsCheck();
		return previous == null || previous.getOutcome() != outcome || !previous.getRecords().equals(records())
				|| domain.isDnsExternal() != mailOff();
	}

	/** The workspace's Enet host names and the domain's notified hosts, lower case. */
	static Set<String> enetHosts(Domain domain) {
		Set<String> hosts = new LinkedHashSet<>();
		if (EcoreUtil.getRootContainer(domain) instanceof Workspace workspace) {
			workspace.getEnetHosts().forEach(h -> hosts.add(normal(h)));
		}
		for (ServiceEndpoint endpoint : domain.getEndpoints()) {
			if (endpoint.getHost() != null && !endpoint.getHost().isBlank()) {
				hosts.add(normal(endpoint.getHost()));
			}
		}
		return Collections.unmodifiableSet(hosts);
	}

	/** The hosts whose A records a check reads: the domain's notified hosts. */
	public static Set<String> notifiedHosts(Domain domain) {
		Set<String> hosts = new TreeSet<>();
		for (ServiceEndpoint endpoint : domain.getEndpoints()) {
			if (endpoint.getHost() != null && !endpoint.getHost().isBlank()) {
				hosts.add(normal(endpoint.getHost()));
			}
		}
		return hosts;
	}

	/** Lower case, without the root's trailing dot. */
	public static String normal(String host) {
		String h = host.strip().toLowerCase(Locale.ROOT);
		return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
	}
}
