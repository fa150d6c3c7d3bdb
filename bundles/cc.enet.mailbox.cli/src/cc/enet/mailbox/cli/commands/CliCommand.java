package cc.enet.mailbox.cli.commands;

import java.util.Set;

import cc.enet.mailbox.cli.internal.Arguments;
import cc.enet.mailbox.cli.internal.Console;
import cc.enet.mailbox.cli.internal.UsageException;

/** One subcommand of ./mailbox. */
public interface CliCommand {

	String name();

	/** The options it takes, without "--". */
	Set<String> options();

	/** The options that take no value. */
	default Set<String> flags() {
		return Set.of();
	}

	/**
	 * The workspace folder this invocation writes, or null for a reader (validate, plan, export). The command line
	 * holds that workspace's lock around {@link #run}, so two writers never load, change and save at once.
	 */
	default String writes(Arguments arguments) {
		return null;
	}

	/** Runs it; returns the exit code (0 no errors, 1 rule errors). Bad usage or input throws. */
	int run(Arguments arguments, Console console) throws UsageException;
}
