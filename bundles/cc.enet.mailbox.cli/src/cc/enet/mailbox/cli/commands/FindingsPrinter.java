package cc.enet.mailbox.cli.commands;

import java.util.List;
import java.util.Locale;

import cc.enet.mailbox.cli.internal.Console;
import cc.enet.mailbox.connector.json.Json;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.Validation.Summary;

/** Prints findings one per line for people, or as the documented JSON object for tools. */
final class FindingsPrinter {
	private FindingsPrinter() {
	}

	static void text(List<Finding> findings, Console console) {
		Locale locale = console.text().locale();
		for (Finding f : findings) {
			console.out().println(f.severity().label() + " " + f.ruleId() + " " + f.place() + " " + f.featurePath()
					+ ": " + f.message(locale));
		}
		console.out().println(summary(Summary.of(findings), console));
	}

	static String summary(Summary summary, Console console) {
		return console.text().get("validate.summary", summary.errors(), summary.warnings(), summary.infos());
	}

	static void json(List<Finding> findings, Console console) {
		Locale locale = console.text().locale();
		StringBuilder json = new StringBuilder("{\"diagnostics\":[");
		for (int i = 0; i < findings.size(); i++) {
			Finding f = findings.get(i);
			json.append(i == 0 ? "" : ",").append("\n{\"rule\":").append(Json.write(f.ruleId()))
					.append(",\"severity\":").append(Json.write(f.severity().label()))
					.append(",\"mailbox\":").append(Json.write(f.mailbox()))
					.append(",\"domain\":").append(Json.write(f.domain()))
					.append(",\"feature\":").append(Json.write(f.featurePath()))
					.append(",\"message\":").append(Json.write(f.message(locale))).append('}');
		}
		Summary s = Summary.of(findings);
		json.append("],\n\"summary\":{\"errors\":").append(s.errors()).append(",\"warnings\":").append(s.warnings())
				.append(",\"infos\":").append(s.infos()).append("}}");
		console.out().println(json);
	}
}
