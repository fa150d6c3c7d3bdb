package cc.enet.mailbox.team;

import java.util.List;

import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.team.merge.MergeConflict;

/**
 * What a share or sync came to. {@link Status#CONFLICTS}: nothing was written, the conflicts need decisions.
 * {@link Status#RULE_ERRORS}: the workspace to be pushed breaks error rules ({@code findings}); it stays committed
 * here and nothing was pushed.
 *
 * @param received whether commits of others were taken into the workspace
 * @param sent whether this clone's commits reached the remote
 * @param head the commit the workspace is at afterwards
 */
public record SyncResult(Status status, boolean received, boolean sent, List<MergeConflict> conflicts,
		List<Finding> findings, String head) {

	public enum Status {
		DONE, CONFLICTS, RULE_ERRORS
	}

	public boolean done() {
		return status == Status.DONE;
	}
}
