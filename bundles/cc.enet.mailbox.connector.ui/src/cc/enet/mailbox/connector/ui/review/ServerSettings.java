package cc.enet.mailbox.connector.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.MailboxFactory;
import cc.enet.mailbox.MailboxPackage;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.ConnectorFactory;
import cc.enet.mailbox.connector.ServerSnapshot;
import cc.enet.mailbox.connector.plan.Planner;
import cc.enet.mailbox.connector.session.ServerSessions;
import cc.enet.mailbox.core.credentials.ServerSecrets;

/**
 * The workspace's server definitions, UI-free: edits as commands on the editing domain (Save and Undo work), the
 * secret's key in secure storage, the certificate a server presents, and a connection test.
 */
public final class ServerSettings {

	private ServerSettings() {
	}

	/** Where a server's secret lives in secure storage; never in the workspace. */
	public static String secretKey(String serverName) {
		return ServerSecrets.key(serverName);
	}

	public static Command add(EditingDomain domain, Workspace root, String name, String kind, String url, String pin) {
		return add(domain, root, name, kind, url, pin, List.of());
	}

	/** @param settings "KEY=VALUE", the settings the server's kind declares ({@link ConnectorFactory#settings()}) */
	public static Command add(EditingDomain domain, Workspace root, String name, String kind, String url, String pin,
			List<String> settings) {
		return add(domain, root, name, kind, url, pin, settings, List.of());
	}

	/** A new server, with the notified host names it serves (a domain naming no server lives where its hosts are served). */
	public static Command add(EditingDomain domain, Workspace root, String name, String kind, String url, String pin,
			List<String> settings, List<String> hostNames) {
		MailServer server = MailboxFactory.eINSTANCE.createMailServer();
		server.getHostNames().addAll(hostNames);
		server.setName(name);
		server.setKind(kind);
		server.setUrl(url);
		server.setPinnedCertificateSha256(pin);
		server.getSettings().addAll(settings);
		return AddCommand.create(domain, root, MailboxPackage.Literals.WORKSPACE__SERVERS, server);
	}

	/** Changes kind, URL, pin, settings and the host names it serves, as one command. */
	public static Command edit(EditingDomain domain, MailServer server, String kind, String url, String pin,
			List<String> settings, List<String> hostNames) {
		CompoundCommand command = (CompoundCommand) edit(domain, server, kind, url, pin, settings);
		command.append(SetCommand.create(domain, server, MailboxPackage.Literals.MAIL_SERVER__HOST_NAMES, new ArrayList<>(hostNames)));
		return command;
	}

	/** Changes kind, URL, pin and settings (the name is the secrets' key and stays). */
	public static Command edit(EditingDomain domain, MailServer server, String kind, String url, String pin,
			List<String> settings) {
		CompoundCommand command = new CompoundCommand(server.getName());
		command.append(SetCommand.create(domain, server, MailboxPackage.Literals.MAIL_SERVER__KIND, kind));
		command.append(SetCommand.create(domain, server, MailboxPackage.Literals.MAIL_SERVER__URL, url));
		command.append(SetCommand.create(domain, server, MailboxPackage.Literals.MAIL_SERVER__PINNED_CERTIFICATE_SHA256,
				pin == null ? SetCommand.UNSET_VALUE : pin));
		command.append(SetCommand.create(domain, server, MailboxPackage.Literals.MAIL_SERVER__SETTINGS, new ArrayList<>(settings)));
		return command;
	}

	public static Command remove(EditingDomain domain, Workspace root, MailServer server) {
		return RemoveCommand.create(domain, root, MailboxPackage.Literals.WORKSPACE__SERVERS, List.of(server));
	}

	public static Optional<MailServer> find(Workspace root, String name) {
		return root.getServers().stream().filter(s -> name.equals(s.getName())).findFirst();
	}

	/** Normalizes a typed fingerprint (colons, case); null when blank. */
	public static String pin(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		return typed.strip().replace(":", "").toLowerCase(Locale.ROOT);
	}

	/** Opens the connector and reads the workspace's domains; returns how many mailboxes the server holds there. */
	/** Reads the workspace's domains through an open session; returns how many mailboxes the server holds. */
	public static int test(ServerSessions.Session session, Workspace root, IProgressMonitor monitor) throws ConnectorException {
		try (session) {
			ServerSnapshot snapshot = session.connector().read(Planner.domainsOf(root), monitor);
			return snapshot.mailboxes().size();
		}
	}
}
