package cc.enet.mailbox.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.Validation;

class ValidWorkspaceTest {

	@Test
	void newDomainsAndMailboxesFollowTheGuide() {
		Workspace workspace = Models.workspace("abc.co.jp", "example.com");
		Models.mailbox(workspace, "tanaka@abc.co.jp");
		Models.mailbox(workspace, "sato@example.com");

		List<Finding> findings = new Validation().findings(workspace);

		assertEquals(List.of(), findings.stream().map(f -> f.ruleId() + " " + f.place()).toList());
	}
}
