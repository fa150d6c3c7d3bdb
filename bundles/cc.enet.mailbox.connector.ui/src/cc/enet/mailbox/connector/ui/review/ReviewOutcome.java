package cc.enet.mailbox.connector.ui.review;

import java.util.List;
import java.util.Map;

import cc.enet.mailbox.connector.ConnectorText;
import cc.enet.mailbox.connector.apply.ApplyReport;
import cc.enet.mailbox.connector.apply.FleetSync;
import cc.enet.mailbox.connector.plan.Plan;

/** What the review's jobs tell the view; every call on the UI thread. */
interface ReviewOutcome {

	/**
	 * A plan was read.
	 *
	 * @param refusals the mailboxes apply would refuse (no initial password for this server), with the reason
	 * @param mailOff the domains whose mail is off, with the reason: apply refuses their creates and updates
	 * @param missingSecrets the server's named secrets secure storage lacks: what needs them is missing from the plan
	 */
	void planned(String server, Plan plan, Map<String, ConnectorText> refusals, Map<String, ConnectorText> mailOff,
			List<String> missingSecrets);

	/** Every server of the workspace was planned (a section each, some perhaps failed). */
	void fleetPlanned(List<FleetSync.Section> sections);

	/** The server could not be read: no plan stands. */
	void planFailed(String why);

	void applied(String server, ApplyReport report);

	/** The server's values were taken into the model: a plan made before no longer holds. */
	void pulled(String server, int changedMailboxes);

	/** The work stopped with {@code why}; what is shown stays. */
	void failed(String why);
}
