package cc.enet.mailbox.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import cc.enet.mailbox.connector.ConnectorRegistry;

/**
 * The same commands in the console's OSGi shell (Felix Gogo): {@code mailbox:validate WS --format json} etc.
 * Gogo maps the function "import", a Java keyword, to the method {@code _import}; a function name cannot hold a
 * hyphen, so send-setup and staff-mail are mailbox:sendsetup and mailbox:staffmail there.
 */
@Component(service = MailboxShellCommands.class, property = { "osgi.command.scope=mailbox",
		"osgi.command.function=import", "osgi.command.function=export", "osgi.command.function=validate",
		"osgi.command.function=fix", "osgi.command.function=server", "osgi.command.function=plan",
		"osgi.command.function=apply", "osgi.command.function=pull", "osgi.command.function=hosts",
		"osgi.command.function=audit", "osgi.command.function=setup", "osgi.command.function=publish",
		"osgi.command.function=sendsetup", "osgi.command.function=staffmail", "osgi.command.function=probe",
		"osgi.command.function=expunge", "osgi.command.function=dns", "osgi.command.function=team" })
public final class MailboxShellCommands {

	/** The connectors of the running product, kept current by Declarative Services (see {@link ConnectorRegistry}). */
	@Reference
	private ConnectorRegistry connectors;

	public int _import(String... args) {
		return run("import", args);
	}

	public int export(String... args) {
		return run("export", args);
	}

	public int validate(String... args) {
		return run("validate", args);
	}

	public int fix(String... args) {
		return run("fix", args);
	}

	public int server(String... args) {
		return run("server", args);
	}

	public int plan(String... args) {
		return run("plan", args);
	}

	public int apply(String... args) {
		return run("apply", args);
	}

	public int team(String... args) {
		return run("team", args);
	}

	public int pull(String... args) {
		return run("pull", args);
	}

	public int hosts(String... args) {
		return run("hosts", args);
	}

	public int audit(String... args) {
		return run("audit", args);
	}

	public int setup(String... args) {
		return run("setup", args);
	}

	public int publish(String... args) {
		return run("publish", args);
	}

	public int sendsetup(String... args) {
		return run("send-setup", args);
	}

	public int staffmail(String... args) {
		return run("staff-mail", args);
	}

	public int probe(String... args) {
		return run("probe", args);
	}

	public int expunge(String... args) {
		return run("expunge", args);
	}

	public int dns(String... args) {
		return run("dns", args);
	}

	private int run(String command, String... args) {
		List<String> line = new ArrayList<>();
		line.add(command);
		line.addAll(Arrays.asList(args));
		return new MailboxCommandLine(CliApplication.secureStorage(), connectors).run(line, System.out, System.err);
	}
}
