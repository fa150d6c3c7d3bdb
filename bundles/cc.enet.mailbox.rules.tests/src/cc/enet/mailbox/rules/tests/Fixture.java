package cc.enet.mailbox.rules.tests;

import java.util.List;
import java.util.regex.Pattern;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Filters;
import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.MailboxFactory;
import cc.enet.mailbox.Protocol;
import cc.enet.mailbox.ServiceEndpoint;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.model.MailboxModels;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.Validation;

/**
 * A valid workspace of three customers, each with one domain (x.jp, y.jp, z.jp) and one mailbox (a@x.jp, b@y.jp,
 * c@z.jp). A test breaks one thing in it and looks at what the rules report.
 */
final class Fixture {

	/** Hiragana, katakana or kanji: what makes a message Japanese. */
	static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

	/** A MessageFormat placeholder left unformatted, such as "{0}" or "{1,number}". */
	static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

	final Workspace workspace = Models.workspace("x.jp", "y.jp", "z.jp");
	final Mailbox a = Models.mailbox(workspace, "a@x.jp");
	final Mailbox b = Models.mailbox(workspace, "b@y.jp");
	final Mailbox c = Models.mailbox(workspace, "c@z.jp");

	Domain domain(String name) {
		return Models.domain(workspace, name);
	}

	Mailbox add(String address) {
		return Models.mailbox(workspace, address);
	}

	/** Adds server definitions (no URL: the rules never reach a server); returns the last. */
	MailServer servers(String... names) {
		MailServer server = null;
		for (String name : names) {
			server = MailboxFactory.eINSTANCE.createMailServer();
			server.setName(name);
			server.setKind("james");
			workspace.getServers().add(server);
		}
		return server;
	}

	ServiceEndpoint endpoint(String domain, Protocol protocol) {
		return domain(domain).getEndpoints().stream().filter(e -> e.getProtocol() == protocol).findFirst().orElseThrow();
	}

	static Filters filters(Mailbox mailbox) {
		return MailboxModels.filters(mailbox);
	}

	static void forward(Mailbox from, String... targets) {
		MailboxModels.forwarding(from).getTargets().addAll(List.of(targets));
	}

	List<Finding> findings() {
		return new Validation().findings(workspace);
	}

	List<Finding> findings(String ruleId) {
		return findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
	}

	/** Findings as short lines, so a failing assertion shows what was reported. */
	static List<String> describe(List<Finding> findings) {
		return findings.stream().map(f -> f.ruleId() + " " + f.place() + " " + f.featurePath()).toList();
	}
}
