package cc.enet.mailbox.clientconfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Filters;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.MailboxSettings;
import cc.enet.mailbox.Protocol;
import cc.enet.mailbox.Retention;
import cc.enet.mailbox.SendEncoding;
import cc.enet.mailbox.ServiceEndpoint;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.MailOff;
import cc.enet.mailbox.rules.Severity;
import cc.enet.mailbox.rules.Validation;

/**
 * Turns a mailbox or a domain into a {@link ClientSetup}, or refuses with every error rule it breaks and while the
 * domain's mail is off ({@link MailOff}: DNS moved away, or the mail option lost), as the model last recorded it.
 * Validates the whole workspace once (loops and duplicates span domains), then answers for any of its mailboxes and
 * domains.
 */
public final class SetupGate {

	/** The rule that reports a domain whose POP3/SMTP host name Enet has not notified yet. */
	static final String ENDPOINT_HOST_RULE = "endpoint.host";

	private final List<Finding> errors;
	private final Workspace workspace;

	public SetupGate(EObject workspaceRoot) {
		this.workspace = workspaceRoot instanceof Workspace w ? w : null;
		this.errors = new Validation().findings(workspaceRoot).stream().filter(f -> f.severity() == Severity.ERROR)
				.toList();
	}

	public ClientSetup forMailbox(Mailbox mailbox) throws SetupRefusedException {
		Domain domain = mailbox.getDomain();
		List<SetupProblem> problems = new ArrayList<>();
		for (Finding f : errors) {
			if (f.target() != null && (EcoreUtil.isAncestor(mailbox, f.target()) || isAboutDomainItself(f, domain))) {
				problems.add(SetupProblem.of(f));
			}
		}
		if (domain == null) {
			throw new IllegalArgumentException("mailbox " + mailbox.getAddress() + " belongs to no domain");
		}
		problems.addAll(missingHosts(domain));
		MailOff.of(domain).ifPresent(off -> problems.add(SetupProblem.mailOff(off)));
		if (!problems.isEmpty()) {
			throw new SetupRefusedException(mailbox.getAddress(), problems);
		}
		return setup(domain, mailbox.getAddress(), mailbox.getDisplayName(), mailbox, mailbox.getForwarding() == null
				? List.of() : mailbox.getForwarding().getTargets(),
				mailbox.getForwarding() != null && mailbox.getForwarding().isKeepCopy());
	}

	/** The settings every mailbox of the domain shares (its defaults), for the published autoconfig file. */
	public ClientSetup forDomain(Domain domain) throws SetupRefusedException {
		List<SetupProblem> problems = new ArrayList<>();
		for (Finding f : errors) {
			if (f.target() != null && isAboutDomainItself(f, domain)) {
				problems.add(SetupProblem.of(f));
			}
		}
		problems.addAll(missingHosts(domain));
		MailOff.of(domain).ifPresent(off -> problems.add(SetupProblem.mailOff(off)));
		if (!problems.isEmpty()) {
			throw new SetupRefusedException(domain.getName(), problems);
		}
		return setup(domain, null, null, domain.getDefaults(), List.of(), false);
	}

	/** A finding on the domain or its endpoints or defaults, not on one of its mailboxes. */
	private static boolean isAboutDomainItself(Finding finding, Domain domain) {
		if (domain == null || !EcoreUtil.isAncestor(domain, finding.target())) {
			return false;
		}
		for (EObject o = finding.target(); o != null && o != domain; o = o.eContainer()) {
			if (o instanceof Mailbox) {
				return false;
			}
		}
		return true;
	}

	/** An empty host name is unusable: new domains have none until Enet notifies it. */
	private List<SetupProblem> missingHosts(Domain domain) {
		boolean ruleReportsIt = errors.stream()
				.anyMatch(f -> ENDPOINT_HOST_RULE.equals(f.ruleId()) && isAboutDomainItself(f, domain));
		List<SetupProblem> problems = new ArrayList<>();
		if (ruleReportsIt) {
			return problems;
		}
		for (Protocol protocol : Protocol.VALUES) {
			ServiceEndpoint endpoint = endpoint(domain, protocol);
			boolean required = protocol != Protocol.IMAP;
			if ((endpoint == null && required) || (endpoint != null && isBlank(endpoint.getHost()))) {
				problems.add(SetupProblem.missingHost(domain.getName(), protocol.getLiteral()));
			}
		}
		return problems;
	}

	private ClientSetup setup(Domain domain, String address, String displayName, MailboxSettings settings,
			List<String> forwardTargets, boolean keepCopy) {
		Filters filters = settings == null ? null : settings.getFilters();
		return new ClientSetup(domain.getName(), address, displayName == null ? "" : displayName,
				server(domain, Protocol.POP3), server(domain, Protocol.IMAP), server(domain, Protocol.SMTP),
				settings == null || !settings.isSetQuotaMb() ? null : settings.getQuotaMb(),
				settings == null ? Retention.DELETE_AFTER_DOWNLOAD : settings.getRetention(),
				settings == null ? 0 : settings.getRetentionDays(),
				settings == null ? SendEncoding.ISO_2022_JP : settings.getSendEncoding(),
				forwardTargets, keepCopy, filters == null ? List.of() : filters.getAllowAddresses(),
				filters == null ? List.of() : filters.getAllowDomains(),
				filters == null ? List.of() : filters.getDenyAddresses(),
				filters == null ? List.of() : filters.getDenyDomains(), filters != null && filters.isRejectVirus(),
				filters != null && filters.isRejectSpam(), contacts(domain.getCustomer()));
	}

	private SetupContacts contacts(Customer customer) {
		return new SetupContacts(customer == null ? null : customer.getName(),
				customer == null ? null : customer.getContactName(), customer == null ? null : customer.getContactAddress(),
				workspace == null ? null : workspace.getSupportContact(),
				workspace == null ? null : workspace.getChangeRequest());
	}

	private static ServerSetting server(Domain domain, Protocol protocol) {
		ServiceEndpoint endpoint = endpoint(domain, protocol);
		return endpoint == null ? null
				: new ServerSetting(protocol, endpoint.getHost().trim().toLowerCase(Locale.ROOT), endpoint.getPort(),
						protocol != Protocol.IMAP || endpoint.isHostConfirmed());
	}

	private static ServiceEndpoint endpoint(Domain domain, Protocol protocol) {
		return domain.getEndpoints().stream().filter(e -> e.getProtocol() == protocol).findFirst().orElse(null);
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}
}
