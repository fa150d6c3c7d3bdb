package cc.enet.mailbox.connector.apply;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.SubMonitor;

import cc.enet.mailbox.connector.Change;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.ConnectorText;
import cc.enet.mailbox.connector.apply.ChangeResult.Status;
import cc.enet.mailbox.connector.internal.ConnectorMessages;
import cc.enet.mailbox.rules.MailOff;

/**
 * Sends an apply's changes to the server, one request each (or a mailbox's in one, where the connector takes them
 * together), and records every result: domains first, then each mailbox's changes in order. A failed change skips only what depends on it; a server-wide failure (unreachable,
 * credentials, certificate) stops the rest; after Cancel nothing new starts.
 */
final class ChangeAttempts {

	private final Connector connector;
	private final PasswordsToSend passwords;
	private final ApplyRecords records;
	private final SubMonitor progress;
	private final AtomicReference<ConnectorException> serverFailure = new AtomicReference<>();
	private final Map<String, Status> domainOutcome = new HashMap<>();
	/** Domains whose mail is off: their creates and updates are held back, the other domains' go. */
	private final Map<String, MailOff> mailOff;

	ChangeAttempts(Connector connector, PasswordsToSend passwords, ApplyRecords records, SubMonitor progress,
			Map<String, MailOff> mailOff) {
		this.connector = connector;
		this.passwords = passwords;
		this.records = records;
		this.progress = progress;
		this.mailOff = mailOff;
	}

	/** The failure that stopped every request after it, or null. */
	ConnectorException serverFailure() {
		return serverFailure.get();
	}

	/** Creates the domains one by one; a domain every one of whose changed mailboxes is refused is not created. */
	void createDomains(List<Change> domains, Collection<List<Change>> perMailbox) {
		for (Change change : domains) {
			MailOff off = mailOff.get(change.domain());
			ChangeResult result = off != null
					? records.finish(new ChangeResult(change, Status.NOT_ATTEMPTED, MailOffRefusal.reason(off)))
					: nothingToCreateIn(change.domain(), perMailbox)
					? records.finish(new ChangeResult(change, Status.NOT_ATTEMPTED, ConnectorMessages.text("result.noMailboxToApply")))
					: run(change);
			domainOutcome.put(change.domain(), result.status());
		}
	}

	private boolean nothingToCreateIn(String domain, Collection<List<Change>> perMailbox) {
		boolean any = false;
		for (List<Change> mailboxChanges : perMailbox) {
			if (mailboxChanges.get(0).domain().equals(domain)) {
				if (!passwords.isRefused(mailboxChanges.get(0).mailbox())) {
					return false;
				}
				any = true;
			}
		}
		return any;
	}

	/**
	 * One mailbox's changes in order; a mailbox that could not be created (or whose domain failed) takes its settings
	 * with it. Those the connector takes together go as one request first, where nothing holds any of them back.
	 */
	void runMailbox(List<Change> changes) {
		Status domain = domainOutcome.get(changes.get(0).domain());
		boolean blocked = domain != null && domain != Status.DONE;
		MailOff off = mailOff.get(changes.get(0).domain());
		int together = blocked || off != null || passwords.isRefused(changes.get(0).mailbox()) ? 1
				: Math.min(changes.size(), connector.together(changes));
		if (together > 1 && runTogether(changes.subList(0, together))) {
			changes = changes.subList(together, changes.size());
		}
		for (Change change : changes) {
			if (off != null && MailOffRefusal.refuses(change)) {
				// nothing goes out for a domain whose mail is off; its deletions still do
				records.finish(new ChangeResult(change, Status.NOT_ATTEMPTED, MailOffRefusal.reason(off)));
				continue;
			}
			ConnectorText refusal = change.needsPassword() ? passwords.refusal(change.mailbox()) : null;
			if (refusal != null) {
				// said first: its reason, not its domain's, is what staff must act on
				records.finish(new ChangeResult(change, Status.FAILED, refusal));
				blocked = true;
				continue;
			}
			if (blocked) {
				records.record(new ChangeResult(change, Status.SKIPPED, ConnectorMessages.text("result.dependsOnFailed")));
				continue;
			}
			ChangeResult result = run(change);
			blocked = result.status() != Status.DONE && change instanceof Change.CreateMailbox;
		}
	}

	/**
	 * Changes of one mailbox as one request, each with its intent before and its result after it (the lines of all of
	 * them forced to disk together: one wait for the disk before the request and one after it). False when they
	 * are to go one by one instead: nothing was sent (Cancel, a failure that stopped the apply, no password), or the
	 * request failed for a reason of its own; then each failed result is recorded, and each change gets its own
	 * request and result next.
	 */
	private boolean runTogether(List<Change> changes) {
		if (progress.isCanceled() || serverFailure.get() != null) {
			return false;
		}
		char[] password = null;
		try {
			if (changes.stream().anyMatch(Change::needsPassword)) {
				password = passwords.password(changes.get(0).mailbox());
				if (password == null) {
					return false;
				}
			}
			records.intents(changes);
			connector.applyTogether(changes, password);
		} catch (ClosedByInterruptException cancelledMeanwhile) {
			return false;
		} catch (IOException e) {
			throw new UncheckedIOException(e); // no request goes out that the log cannot show
		} catch (ConnectorException e) {
			noteServerWide(e);
			if (Thread.currentThread().isInterrupted() || e.isServerWide()) {
				changes.forEach(c -> records.finish(failed(c, e))); // none goes out again alone
				return true;
			}
			changes.forEach(c -> records.record(failed(c, e)));
			return false;
		} catch (RuntimeException e) {
			changes.forEach(c -> records.record(unexpected(c, e)));
			return false;
		} finally {
			if (password != null) {
				Arrays.fill(password, '\0');
			}
		}
		records.finish(changes.stream().map(this::done).toList());
		return true;
	}

	private ChangeResult run(Change change) {
		ChangeResult result;
		if (progress.isCanceled()) {
			result = new ChangeResult(change, Status.NOT_ATTEMPTED, ConnectorMessages.text("result.cancelled"));
		} else if (serverFailure.get() != null) {
			result = new ChangeResult(change, Status.NOT_ATTEMPTED, serverFailure.get().text());
		} else {
			boolean logged;
			try {
				records.intent(change);
				logged = true;
			} catch (ClosedByInterruptException cancelledMeanwhile) {
				logged = false;
			} catch (IOException e) {
				throw new UncheckedIOException(e); // no request goes out that the log cannot show
			}
			result = logged ? attempt(change) : new ChangeResult(change, Status.NOT_ATTEMPTED, ConnectorMessages.text("result.cancelled"));
		}
		return records.finish(result);
	}

	private ChangeResult attempt(Change change) {
		char[] password = null;
		try {
			if (change.needsPassword()) {
				password = passwords.password(change.mailbox());
				if (password == null) {
					return new ChangeResult(change, Status.FAILED, ConnectorMessages.text("result.noPassword", change.mailbox()));
				}
			}
			// The password stays in secure storage: a server that lost the account (James forgets on restart,
			// a restored backup) gets it back from the model with the password the customer was told.
			connector.apply(change, password);
			return done(change);
		} catch (ConnectorException e) {
			noteServerWide(e);
			return failed(change, e);
		} catch (RuntimeException e) {
			// a defect in a connector fails this change with its reason; the other workers go on, the next apply retries
			return unexpected(change, e);
		} finally {
			if (password != null) {
				Arrays.fill(password, '\0');
			}
		}
	}

	private ChangeResult done(Change change) {
		return new ChangeResult(change, Status.DONE, connector.verifies(change) ? null : ConnectorMessages.text("result.unverified"));
	}

	/** A failure that is not Cancel's and reaches past one mailbox stops what is still to go out. */
	private void noteServerWide(ConnectorException e) {
		if (e.isServerWide() && !Thread.currentThread().isInterrupted()) {
			serverFailure.compareAndSet(null, e);
		}
	}

	private static ChangeResult failed(Change change, ConnectorException e) {
		if (Thread.currentThread().isInterrupted()) {
			// Cancel during this change: what the server kept is unknown; the next plan shows it.
			return new ChangeResult(change, Status.FAILED, ConnectorMessages.text("result.cancelledInProgress", e.text()));
		}
		return new ChangeResult(change, Status.FAILED, e.text());
	}

	private static ChangeResult unexpected(Change change, RuntimeException e) {
		return new ChangeResult(change, Status.FAILED, ConnectorMessages.text("result.unexpected",
				e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
	}
}
