package cc.enet.mailbox.cli.internal;

import java.io.PrintStream;

/**
 * Where a command writes: results to out, problems to err, both in the chosen language; and whether the user allowed
 * plain http to a server other than this machine (--allow-insecure-http).
 */
public record Console(PrintStream out, PrintStream err, CliText text, boolean allowInsecureHttp) {

	public Console(PrintStream out, PrintStream err, CliText text) {
		this(out, err, text, false);
	}
}
