package cc.enet.mailbox.clientconfig.probe;

import java.util.Locale;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.model.EnumLabels;
import cc.enet.mailbox.rules.DnsVerdict;

/**
 * The probe's DNS step, once per domain before its mailboxes' endpoints: the MX and notified hosts' A records, held
 * against Enet's hosts. It passes when every MX is Enet's; its detail names the outcome and the records seen.
 */
public final class DnsStep {

	public static final String STEP = "dns";
	public static final String PROTOCOL = "DNS";

	/** @param verdict null when the DNS server did not answer (nothing to record then) */
	public record Outcome(Domain domain, DnsVerdict verdict, ProbeResult result) {
	}

	private final DnsProber prober;
	private final Locale locale;

	public DnsStep(DnsProber prober, Locale locale) {
		this.prober = prober;
		this.locale = locale;
	}

	public Outcome check(Domain domain) {
		long start = System.nanoTime();
		DnsVerdict verdict = null;
		String detail;
		try {
			verdict = DnsVerdict.of(domain, prober.ask(domain));
			detail = EnumLabels.label(verdict.outcome(), locale) + ": "
					+ (verdict.records().isEmpty() ? "-" : String.join(", ", verdict.records()));
		} catch (DnsUnansweredException e) {
			detail = e.getMessage();
		}
		ProbeResult result = new ProbeResult(domain.getName(), PROTOCOL, prober.host(), prober.port(), STEP,
				verdict != null && !verdict.mailOff(), detail, (System.nanoTime() - start) / 1_000_000);
		return new Outcome(domain, verdict, result);
	}
}
