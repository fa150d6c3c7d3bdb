package cc.enet.mailbox.cli.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import cc.enet.mailbox.cli.internal.Console;
import cc.enet.mailbox.connector.json.Json;
import cc.enet.mailbox.connector.ConnectorText;
import cc.enet.mailbox.connector.apply.MailOffRefusal;
import cc.enet.mailbox.connector.plan.Plan;
import cc.enet.mailbox.connector.plan.PlanEntry;
import cc.enet.mailbox.connector.plan.PlanEntry.Kind;
import cc.enet.mailbox.model.DomainServers.Assignment;

/** A plan for people (one line per change, grouped by domain and mailbox) or as JSON for files and tools. */
final class PlanPrinter {
	private PlanPrinter() {
	}

	static void text(Plan plan, Console console, boolean verbose) {
		Map<Kind, Integer> counts = plan.counts();
		console.out().println(console.text().get("plan.header", plan.server(), counts.get(Kind.CREATE) + counts.get(Kind.UPDATE)
				+ counts.get(Kind.DELETE), counts.get(Kind.CONFLICT), counts.get(Kind.UNMANAGED), counts.get(Kind.UNSUPPORTED)));
		Map<String, Integer> unsupported = new TreeMap<>();
		for (PlanEntry e : plan.entries()) {
			switch (e.kind()) {
			case CREATE -> console.out().println("  create    " + e.place() + (e.mailbox() == null ? " (domain)" : ""));
			case DELETE -> console.out().println("  delete    " + e.place());
			case UPDATE -> console.out().println("  update    " + e.place() + " " + e.field().label() + ": "
					+ (e.server() == null ? "-" : e.server()) + " -> " + e.model());
			case CONFLICT -> console.out().println("  conflict  " + e.place() + " " + e.field().label() + ": "
					+ console.text().get("plan.conflict", e.server(), e.base(), e.model()));
			case UNMANAGED -> console.out().println("  unmanaged " + e.place() + " " + console.text().get("plan.unmanaged"));
			case REMOVE -> console.out().println("  remove    " + e.place() + " " + console.text().get(
					e.change() != null ? "plan.remove.confirm" : "plan.remove.waiting", e.model(), plan.server(), e.domain()));
			case UNSUPPORTED -> {
				if (verbose) {
					console.out().println("  unsupported " + e.place() + " " + e.field().label() + ": " + e.model() + " ("
							+ reason(console, e.reason()) + ")");
				}
				unsupported.merge(e.field().label() + " (" + reason(console, e.reason()) + ")", 1, Integer::sum);
			}
			}
		}
		unsupported.forEach((field, n) -> console.out().println(console.text().get("plan.unsupported", field, n)));
		if (verbose) {
			new TreeMap<>(plan.snapshot().usedBytes()).forEach((address, bytes) -> console.out()
					.println("  usage     " + address + " " + String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0)));
		}
		if (!plan.conflicts().isEmpty()) {
			console.out().println(console.text().get("plan.conflictHint"));
		}
	}

	/**
	 * The mailboxes of domains moved to another server that this one still holds, and the domains that live on no
	 * server (left out of every plan and apply), each with why.
	 */
	static void fleet(Plan plan, Console console) {
		List<PlanEntry> removals = plan.removals();
		if (!removals.isEmpty()) {
			console.out().println(console.text().get("plan.removals", removals.size(), plan.server()));
		}
		if (!plan.leftOut().isEmpty()) {
			console.out().println(console.text().get("plan.leftOut", plan.leftOut().size()));
			plan.leftOut().forEach((domain, assignment) -> console.out().println("  left out  " + domain + ": "
					+ leftOutReason(console, assignment)));
		}
	}

	static String leftOutReason(Console console, Assignment assignment) {
		return switch (assignment.how()) {
		case UNKNOWN_SERVER -> console.text().get("plan.leftOut.unknown", assignment.candidates().get(0));
		case AMBIGUOUS -> console.text().get("plan.leftOut.ambiguous", String.join(", ", assignment.candidates()));
		default -> console.text().get("plan.leftOut.none");
		};
	}

	private static String reason(Console console, PlanEntry.Reason reason) {
		return console.text().get(reason == PlanEntry.Reason.CLIENT_SIDE ? "plan.reason.clientSide" : "plan.reason.notSupported");
	}

	/** Mailboxes apply will refuse (no initial password for this server), one line each, in the user's language. */
	static void refusals(Plan plan, Map<String, ConnectorText> refusals, Console console) {
		if (refusals.isEmpty()) {
			return;
		}
		console.out().println(console.text().get("plan.refusals", refusals.size(), plan.server()));
		refusals.forEach((mailbox, reason) -> console.out()
				.println("  refused   " + mailbox + ": " + reason.in(console.text().locale())));
	}

	/**
	 * Domains whose creates and updates apply will refuse while their mail is off (the other domains are applied),
	 * with each one's number of changes held back and the reason.
	 */
	static void mailOff(Plan plan, Map<String, ConnectorText> mailOff, Console console) {
		if (mailOff.isEmpty()) {
			return;
		}
		console.out().println(console.text().get("plan.mailOffRefusals", mailOff.size(), plan.server()));
		mailOff.forEach((domain, reason) -> console.out().println("  refused   " + domain + " ("
				+ console.text().get("plan.mailOffChanges", heldBack(plan, domain)) + "): " + reason.in(console.text().locale())));
	}

	private static long heldBack(Plan plan, String domain) {
		return plan.entries().stream().filter(e -> e.change() != null && domain.equals(e.domain())
				&& MailOffRefusal.refuses(e.change())).count();
	}

	/** Which mailboxes the plan read: every one, or those changed since the last apply (and chosen). */
	static void scope(Plan plan, Console console) {
		if (!plan.isFull()) {
			console.out().println(console.text().get("plan.partial", plan.scope().size(), plan.server()));
		}
	}

	static String json(Plan plan) {
		return json(plan, Map.of(), Map.of());
	}

	static String json(Plan plan, Map<String, ConnectorText> refusals, Map<String, ConnectorText> mailOff) {
		return Json.write(tree(plan, refusals, mailOff));
	}

	/** The plan as JSON values (a fleet plan holds one per server). */
	static Map<String, Object> tree(Plan plan, Map<String, ConnectorText> refusals, Map<String, ConnectorText> mailOff) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("server", plan.server());
		root.put("modelFingerprint", plan.modelFingerprint());
		root.put("serverFingerprint", plan.serverFingerprint());
		if (!plan.isFull()) {
			root.put("scope", new TreeSet<>(plan.scope()).stream().toList());
		}
		Map<String, Object> summary = new LinkedHashMap<>();
		plan.counts().forEach((kind, n) -> summary.put(kind.label(), n));
		root.put("summary", summary);
		root.put("entries", plan.entries().stream().map(PlanPrinter::entry).toList());
		if (!plan.leftOut().isEmpty()) {
			List<Map<String, Object>> leftOut = new ArrayList<>();
			plan.leftOut().forEach((domain, assignment) -> {
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("domain", domain);
				m.put("reason", assignment.how().name().toLowerCase(Locale.ROOT));
				m.put("servers", assignment.candidates());
				leftOut.add(m);
			});
			root.put("leftOut", leftOut);
		}
		root.put("usedBytes", new TreeMap<>(plan.snapshot().usedBytes()));
		if (!refusals.isEmpty()) {
			List<Map<String, Object>> refused = new ArrayList<>();
			refusals.forEach((mailbox, reason) -> {
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("mailbox", mailbox);
				m.put("reason", reason.in(Locale.ROOT));
				refused.add(m);
			});
			root.put("refusals", refused);
		}
		if (!mailOff.isEmpty()) {
			List<Map<String, Object>> refused = new ArrayList<>();
			mailOff.forEach((domain, reason) -> {
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("domain", domain);
				m.put("changes", heldBack(plan, domain));
				m.put("reason", reason.in(Locale.ROOT));
				refused.add(m);
			});
			root.put("mailOffRefusals", refused);
		}
		return root;
	}

	private static Map<String, Object> entry(PlanEntry e) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("kind", e.kind().label());
		m.put("domain", e.domain());
		m.put("mailbox", e.mailbox());
		m.put("field", e.field().label());
		m.put("server", e.server());
		m.put("model", e.model());
		m.put("base", e.base());
		m.put("change", e.change() == null ? null : e.change().describe());
		if (e.kind() == Kind.REMOVE) {
			m.put("newServer", e.model());
			m.put("ready", e.change() != null);
		}
		if (e.reason() != null) {
			m.put("reason", e.reason().text());
		}
		return m;
	}

	/** The fingerprints, mailboxes read (null: every one) and entries a saved plan was made with. */
	record Saved(String server, String modelFingerprint, String serverFingerprint, Set<String> scope, List<Object> entries) {
		static Saved parse(String text) {
			return of(Json.object(Json.parse(text)));
		}

		/** Each server's saved plan of a fleet plan ({@code plan --all-servers --out}); a server not planned is absent. */
		static List<Saved> parseFleet(String text) {
			Map<String, Object> root = Json.object(Json.parse(text));
			if (root.get("servers") == null) {
				return List.of(of(root));
			}
			List<Saved> saved = new ArrayList<>();
			for (Object server : Json.array(root.get("servers"))) {
				Map<String, Object> section = Json.object(server);
				if (section.get("modelFingerprint") != null) {
					saved.add(of(section));
				}
			}
			return saved;
		}

		private static Saved of(Map<String, Object> root) {
			Set<String> scope = null;
			if (root.get("scope") != null) {
				scope = new TreeSet<>();
				for (Object address : Json.array(root.get("scope"))) {
					scope.add((String) address);
				}
			}
			return new Saved((String) root.get("server"), (String) root.get("modelFingerprint"),
					(String) root.get("serverFingerprint"), scope, Json.array(root.get("entries")));
		}
	}
}
