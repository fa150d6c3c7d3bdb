package cc.enet.mailbox.cli.internal;

import java.io.PrintStream;

/** Where a command writes: results to out, problems to err, both in the chosen language. */
public record Console(PrintStream out, PrintStream err, CliText text) {
}
