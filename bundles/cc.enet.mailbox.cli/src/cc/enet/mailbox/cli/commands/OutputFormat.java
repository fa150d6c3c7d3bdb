package cc.enet.mailbox.cli.commands;

import cc.enet.mailbox.cli.internal.Arguments;
import cc.enet.mailbox.cli.internal.CliText;
import cc.enet.mailbox.cli.internal.UsageException;

/** {@code --format} of the commands that print for people or for scripts: text (the default) or json. */
final class OutputFormat {

	private OutputFormat() {
	}

	static String of(Arguments arguments, CliText text) throws UsageException {
		String format = arguments.option("format") == null ? "text" : arguments.option("format");
		if (!format.equals("text") && !format.equals("json")) {
			throw new UsageException(text.get("usage.badFormat", format));
		}
		return format;
	}
}
