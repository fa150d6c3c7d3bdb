package cc.enet.mailbox.clientconfig.probe;

import java.util.ArrayList;
import java.util.List;

import cc.enet.mailbox.rules.Severity;

/** What one mailbox's probe found wrong, and its storage use, gathered across its endpoints. */
final class ProbeFindings {

	private final String address;
	private final List<ProbeFinding> findings = new ArrayList<>();
	private QuotaUsage quota;

	ProbeFindings(String address) {
		this.address = address;
	}

	void add(String protocol, String ruleId, Severity severity, String message) {
		findings.add(new ProbeFinding(address, protocol, ruleId, severity, message));
	}

	List<ProbeFinding> findings() {
		return findings;
	}

	/** The storage use read after the first IMAP login, or null. */
	QuotaUsage quota() {
		return quota;
	}

	void quota(QuotaUsage usage) {
		this.quota = usage;
	}
}
