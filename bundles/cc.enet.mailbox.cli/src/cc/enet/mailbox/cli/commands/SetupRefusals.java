package cc.enet.mailbox.cli.commands;

import java.util.Locale;

import cc.enet.mailbox.cli.internal.Console;
import cc.enet.mailbox.clientconfig.SetupProblem;
import cc.enet.mailbox.clientconfig.SetupRefusedException;

/** Prints why a setup file was not written, one line per problem as validate prints findings. */
final class SetupRefusals {
	private SetupRefusals() {
	}

	static void print(SetupRefusedException refused, Console console) {
		Locale locale = console.text().locale();
		for (SetupProblem problem : refused.problems()) {
			console.err().println(problem.line(locale));
		}
		console.err().println(refused.summary(locale));
	}
}
