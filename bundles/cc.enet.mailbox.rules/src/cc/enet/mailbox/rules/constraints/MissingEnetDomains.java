package cc.enet.mailbox.rules.constraints;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cc.enet.mailbox.MailboxSettings;
import cc.enet.mailbox.model.Addresses;
import cc.enet.mailbox.model.EnetGuide;

/** The Enet domains a settings object's allow list lacks; shared by the rule and its quick fix. */
public final class MissingEnetDomains {
	private MissingEnetDomains() {
	}

	public static List<String> of(MailboxSettings settings) {
		Set<String> allowed = new HashSet<>();
		if (settings.getFilters() != null) {
			settings.getFilters().getAllowDomains().forEach(d -> allowed.add(Addresses.key(d)));
		}
		List<String> missing = new ArrayList<>();
		for (String domain : EnetGuide.ENET_DOMAINS) {
			if (!allowed.contains(domain)) {
				missing.add(domain);
			}
		}
		return missing;
	}
}
