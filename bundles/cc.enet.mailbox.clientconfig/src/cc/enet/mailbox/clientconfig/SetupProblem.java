package cc.enet.mailbox.clientconfig;

import java.util.Locale;
import java.util.function.Function;

import cc.enet.mailbox.clientconfig.internal.ClientConfigText;
import cc.enet.mailbox.rules.DnsVerdict;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.MailOff;
import cc.enet.mailbox.rules.Severity;

/**
 * Why a setup file is refused: an error rule the mailbox or its domain breaks, a server the domain lacks, or the
 * domain's mail being off.
 */
public final class SetupProblem {

	private final String ruleId;
	private final String place;
	private final String field;
	private final Function<Locale, String> message;

	private SetupProblem(String ruleId, String place, String field, Function<Locale, String> message) {
		this.ruleId = ruleId;
		this.place = place;
		this.field = field;
		this.message = message;
	}

	static SetupProblem of(Finding finding) {
		return new SetupProblem(finding.ruleId(), finding.place(), finding.featurePath(), finding::message);
	}

	static SetupProblem missingHost(String domain, String protocol) {
		return new SetupProblem(SetupGate.ENDPOINT_HOST_RULE, domain, "endpoints[" + protocol + "].host",
				locale -> ClientConfigText.get(locale, "problem.noHost", domain, protocol));
	}

	/**
	 * The domain's mail is off: under {@code dns.mx} when DNS moved away, under {@code domain.forwarding.conflict} when the
	 * course's forwarding took the option, the rules that name those causes.
	 */
	static SetupProblem mailOff(MailOff off) {
		boolean dns = off.reason() == MailOff.Reason.DNS_MOVED;
		return new SetupProblem(dns ? DnsVerdict.MX_RULE : "domain.forwarding.conflict", off.domain(),
				dns ? "dnsExternal" : "mailOptionLost", off::message);
	}

	public String ruleId() {
		return ruleId;
	}

	/** The mailbox or domain, as the validate command names places. */
	public String place() {
		return place;
	}

	public String field() {
		return field;
	}

	public String message(Locale locale) {
		return message.apply(locale);
	}

	/** One line in the validate command's format: {@code error rule place field: message}. */
	public String line(Locale locale) {
		return Severity.ERROR.label() + " " + ruleId + " " + place + " " + field + ": " + message(locale);
	}
}
