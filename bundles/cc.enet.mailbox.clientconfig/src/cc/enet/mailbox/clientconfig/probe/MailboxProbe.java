package cc.enet.mailbox.clientconfig.probe;

import java.util.List;

/**
 * Everything one probe of one mailbox found: the timed steps, the findings, and the storage use when the IMAP
 * server reports a quota (null otherwise).
 */
public record MailboxProbe(String mailbox, List<ProbeResult> results, List<ProbeFinding> findings, QuotaUsage quota) {

	public MailboxProbe {
		results = List.copyOf(results);
		findings = List.copyOf(findings);
	}

	public boolean passed() {
		return results.stream().allMatch(ProbeResult::ok);
	}
}
