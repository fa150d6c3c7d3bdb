package cc.enet.mailbox.clientconfig;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.core.io.DurableFiles;
import cc.enet.mailbox.model.Addresses;
import cc.enet.mailbox.model.WorkspaceWalk;

/**
 * Writes, per domain, the autoconfig tree a web server serves as it is: {@code DIR/<domain>/mail/config-v1.1.xml}
 * (for {@code autoconfig.<domain>}) and {@code DIR/<domain>/.well-known/autoconfig/mail/config-v1.1.xml}. A domain
 * that breaks an error rule gets no file; the others are still published.
 */
public final class AutoconfigPublisher {

	/** What happened: the files written and the domains refused. */
	public record Result(List<Path> written, List<SetupRefusedException> refused) {
	}

	private AutoconfigPublisher() {
	}

	public static Result publish(Workspace workspace, Path dir) throws IOException {
		SetupGate gate = new SetupGate(workspace);
		List<Path> written = new ArrayList<>();
		List<SetupRefusedException> refused = new ArrayList<>();
		for (Domain domain : WorkspaceWalk.domains(workspace)) {
			try {
				ClientSetup setup = gate.forDomain(domain);
				for (Path file : paths(dir, domain.getName())) {
					DurableFiles.write(file, out -> ThunderbirdAutoconfig.write(setup, out));
					written.add(file);
				}
			} catch (SetupRefusedException e) {
				refused.add(e);
			}
		}
		return new Result(written, refused);
	}

	static List<Path> paths(Path dir, String domain) throws IOException {
		if (!Addresses.isValidDomain(domain)) {
			// the name becomes a folder: never let "../x" or "/etc" through
			throw new IOException("not a domain name: " + domain);
		}
		Path root = dir.resolve(domain);
		return List.of(root.resolve("mail").resolve("config-v1.1.xml"),
				root.resolve(".well-known").resolve("autoconfig").resolve("mail").resolve("config-v1.1.xml"));
	}
}
