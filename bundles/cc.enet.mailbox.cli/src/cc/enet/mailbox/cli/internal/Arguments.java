package cc.enet.mailbox.cli.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Positional arguments and "--name value" (or "--name=value") options; "--help" takes no value. */
public final class Arguments {

	private final List<String> positional = new ArrayList<>();
	private final Map<String, List<String>> options = new HashMap<>();

	private Arguments() {
	}

	public static Arguments parse(List<String> args, Set<String> allowed, Set<String> flags, CliText text)
			throws UsageException {
		Arguments result = new Arguments();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--help") || arg.equals("-h")) {
				result.options.put("help", List.of(""));
			} else if (arg.startsWith("--") && flags.contains(arg.substring(2))) {
				result.options.put(arg.substring(2), List.of("true"));
			} else if (arg.startsWith("--")) {
				String name = arg.substring(2);
				String value;
				int eq = name.indexOf('=');
				if (eq >= 0) {
					value = name.substring(eq + 1);
					name = name.substring(0, eq);
				} else if (i + 1 < args.size()) {
					value = args.get(++i);
				} else {
					throw new UsageException(text.get("usage.missingValue", "--" + name));
				}
				if (!allowed.contains(name)) {
					throw new UsageException(text.get("usage.unknownOption", "--" + name));
				}
				result.options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
			} else {
				result.positional.add(arg);
			}
		}
		return result;
	}

	public boolean flag(String name) {
		return options.containsKey(name);
	}

	public boolean help() {
		return options.containsKey("help");
	}

	public List<String> positional() {
		return positional;
	}

	public String option(String name) {
		List<String> values = options.get(name);
		return values == null ? null : values.get(values.size() - 1);
	}

	public List<String> options(String name) {
		return options.getOrDefault(name, List.of());
	}
}
