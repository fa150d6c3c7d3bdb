package cc.enet.mailbox.rules;

import java.util.List;
import java.util.Optional;

import cc.enet.mailbox.rules.fixes.AddEnetDomains;
import cc.enet.mailbox.rules.fixes.CleanFilterEntry;
import cc.enet.mailbox.rules.fixes.RemoveDeniedEntry;
import cc.enet.mailbox.rules.fixes.RemoveSelfTarget;
import cc.enet.mailbox.rules.fixes.ReplaceDisplayName;
import cc.enet.mailbox.rules.fixes.SetFeatureFix;
import cc.enet.mailbox.rules.fixes.UseImplicitTls;

/** The quick fixes the UI offers in the Problems view and `mailbox fix --rule` applies. */
public final class QuickFixes {

	private static final List<QuickFix> ALL = List.of(new UseImplicitTls(), new AddEnetDomains(), new RemoveSelfTarget(),
			SetFeatureFix.normalPassword(), SetFeatureFix.smtpAuth(), SetFeatureFix.iso2022jp(),
			SetFeatureFix.courseForwardingOff(), new ReplaceDisplayName(), new RemoveDeniedEntry(), new CleanFilterEntry());

	private QuickFixes() {
	}

	public static Optional<QuickFix> forFinding(Finding finding) {
		return forRule(finding.ruleId());
	}

	public static Optional<QuickFix> forRule(String ruleId) {
		return ALL.stream().filter(fix -> fix.fixes(ruleId)).findFirst();
	}
}
