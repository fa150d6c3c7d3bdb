package cc.enet.mailbox.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.apply.ApplyOperation;
import cc.enet.mailbox.connector.apply.ApplyReport;
import cc.enet.mailbox.connector.apply.ChangeResult;
import cc.enet.mailbox.connector.apply.Decisions;
import cc.enet.mailbox.connector.apply.ServerSync;
import cc.enet.mailbox.connector.plan.ModelStates;
import cc.enet.mailbox.connector.plan.Plan;
import cc.enet.mailbox.connector.plan.Planner;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.store.MailboxWorkspace;

/**
 * The plan staff make many times a day: one mailbox edited since the last apply (ServerSync's default scope), timed
 * after 3 warm-ups over 7 runs, with the part spent finding what changed in the model.
 */
final class OneEditPlan {

	static final String SERVER = "bench";

	private OneEditPlan() {
	}

	/**
	 * For a workspace larger than one wants to apply in a benchmark (releng/benchmark plan-one): every mailbox but
	 * the first domain's is recorded as applied (its base state is its model), and the first domain is applied for
	 * real, so the server holds the mailbox to edit and the planner still walks the whole workspace.
	 */
	static void applyFirstDomainOnly(MailboxWorkspace workspace, Connector connector, CredentialStore credentials)
			throws Exception {
		List<Domain> domains = workspace.root().getCustomers().stream().flatMap(c -> c.getDomains().stream()).toList();
		for (Domain domain : domains.subList(1, domains.size())) {
			for (Mailbox mailbox : domain.getMailboxes()) {
				ModelStates.setBase(mailbox, SERVER, ModelStates.desired(mailbox));
			}
		}
		Plan plan = new ServerSync(workspace, SERVER, connector).plan(new NullProgressMonitor());
		ApplyReport report = new ApplyOperation(workspace, connector, plan, Decisions.none(), credentials).run(new NullProgressMonitor());
		System.out.printf(Locale.ROOT, "  the first domain applied: %,d of %,d changes done (%,d mailboxes read)%n",
				report.count(ChangeResult.Status.DONE), report.results().size(), plan.snapshot().mailboxes().size());
	}

	static void run(MailboxWorkspace workspace, Connector connector) throws Exception {
		Mailbox edited = workspace.root().getCustomers().get(0).getDomains().get(0).getMailboxes().get(1);
		int quota = edited.getQuotaMb();
		long[] plans = new long[7];
		long[] pending = new long[7];
		Plan plan = null;
		for (int i = -3; i < plans.length; i++) {
			edited.setQuotaMb(quota + 10 + i + 3); // a new value each run, as a fresh edit
			long t0 = System.nanoTime();
			new Planner(SERVER, connector.capabilities()).pending(workspace.root());
			long t1 = System.nanoTime();
			plan = new ServerSync(workspace, SERVER, connector).plan(new NullProgressMonitor());
			long t2 = System.nanoTime();
			if (i >= 0) {
				pending[i] = t1 - t0;
				plans[i] = t2 - t1;
			}
		}
		edited.setQuotaMb(quota);
		Arrays.sort(plans);
		Arrays.sort(pending);
		System.out.printf(Locale.ROOT, "  %-46s %,8d ms (median of 7; min %,d, max %,d)%n", "plan after editing one mailbox",
				plans[3] / 1_000_000, plans[0] / 1_000_000, plans[6] / 1_000_000);
		System.out.printf(Locale.ROOT, "    of which finding the edited mailboxes in the model: %,d ms (median)%n", pending[3] / 1_000_000);
		System.out.printf(Locale.ROOT, "    %,d mailboxes planned, %,d read (forwarding followed), %,d changes%n", plan.scope().size(),
				plan.snapshot().mailboxes().size(), plan.changes().size());
	}
}
