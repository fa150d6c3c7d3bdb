package cc.enet.mailbox.clientconfig.ui.probe;

import cc.enet.mailbox.ui.session.ProbeOutcomes;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.clientconfig.probe.DnsProber;
import cc.enet.mailbox.clientconfig.probe.DnsStep;
import cc.enet.mailbox.clientconfig.probe.MailboxProbe;
import cc.enet.mailbox.clientconfig.probe.MailboxProber;
import cc.enet.mailbox.clientconfig.probe.ProbeResult;
import cc.enet.mailbox.ui.session.ConsoleSession;
import cc.enet.mailbox.clientconfig.ui.setup.StoredPasswords;
import cc.enet.mailbox.ui.text.Counted;

/**
 * "Test Settings": probes the mailboxes one after the other as their customers' clients would, each step a tick of
 * the progress bar; first each domain's DNS step (unless {@value ProbeOptions#RESOLVER} is none), recorded on it. Cancel stops before the next mailbox (a step in flight ends by its own time-out). Each mailbox's
 * outcome is recorded and its markers replaced as soon as it is done, so a cancelled run keeps what it learnt.
 */
public final class ProbeJob extends Job {

	/** The family tests and the UI join on. */
	public static final Object FAMILY = ProbeJob.class;

	/** The DNS step's first try; a second waits twice as long, as ./mailbox dns. */
	private static final Duration FIRST_TRY = Duration.ofSeconds(2);

	/** connect, tls, auth-mechanisms, login on three protocols, and send on SMTP. */
	private static final int STEPS_PER_MAILBOX = 13;

	private final ConsoleSession session;
	private final List<Mailbox> mailboxes;
	private final StoredPasswords passwords;
	private final ProbeOptions options;
	private final Locale locale;
	private final Display display;

	public ProbeJob(ConsoleSession session, List<Mailbox> mailboxes, StoredPasswords passwords, ProbeOptions options) {
		super(Counted.bind(ProbeMessages.Job_name, mailboxes.size()));
		this.session = session;
		this.mailboxes = List.copyOf(mailboxes);
		this.passwords = passwords;
		this.options = options;
		this.locale = session.locale();
		this.display = Display.getDefault();
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), mailboxes.size() * STEPS_PER_MAILBOX);
		MailboxProber prober;
		try {
			prober = new MailboxProber(options.routes(), options.cacert(), options.timeout(), locale);
		} catch (IOException | GeneralSecurityException e) {
			return Status.error(NLS.bind(ProbeMessages.Job_badTrustAnchor, options.cacert(), e.getMessage()), e);
		}
		DnsStep dns;
		try {
			dns = options.resolver() == null ? null
					: new DnsStep(new DnsProber(options.resolver(), FIRST_TRY, 2, locale), locale);
		} catch (IllegalArgumentException e) {
			return Status.error(ProbeOptions.RESOLVER + ": " + e.getMessage(), e);
		}
		Set<Domain> checked = new HashSet<>();
		for (Mailbox mailbox : mailboxes) {
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			List<ProbeResult> dnsResult = dns == null || !checked.add(mailbox.getDomain()) ? List.of()
					: List.of(checkDns(dns, mailbox.getDomain()));
			SubMonitor steps = progress.newChild(STEPS_PER_MAILBOX);
			steps.setWorkRemaining(STEPS_PER_MAILBOX);
			String address = mailbox.getAddress();
			steps.subTask(address);
			char[] password = passwords.load(address).orElse(null);
			MailboxProbe probe;
			try {
				probe = prober.probeMailbox(mailbox, password, step -> {
					steps.subTask(NLS.bind(ProbeMessages.Job_step, new Object[] { address, step.protocol(), step.step() }));
					steps.worked(1);
				});
			} finally {
				if (password != null) {
					Arrays.fill(password, '\0');
				}
			}
			if (!dnsResult.isEmpty()) { // the domain's step shows with its first mailbox's
				List<ProbeResult> results = new ArrayList<>(dnsResult);
				results.addAll(probe.results());
				probe = new MailboxProbe(probe.mailbox(), results, probe.findings(), probe.quota());
			}
			ProbeOutcomes.record(session, mailbox, probe);
			ProbeMarkers.replace(session, mailbox, probe.findings());
		}
		return Status.OK_STATUS;
	}

	/** The DNS step of a domain: recorded on the domain (one command) and its findings in the Problems view. */
	private ProbeResult checkDns(DnsStep dns, Domain domain) {
		DnsStep.Outcome outcome = dns.check(domain);
		if (outcome.verdict() != null) {
			DnsRecording.record(session, display, domain.getName(), outcome.verdict());
			ProbeMarkers.replaceDns(session, domain, outcome.verdict().findings());
		}
		return outcome.result();
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}
}
