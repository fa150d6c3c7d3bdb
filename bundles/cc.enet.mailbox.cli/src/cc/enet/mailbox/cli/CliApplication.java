package cc.enet.mailbox.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import cc.enet.mailbox.cli.internal.InternalErrorLog;
import cc.enet.mailbox.connector.ConnectorRegistry;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.credentials.LazyCredentialStore;
import cc.enet.mailbox.core.credentials.SecureStorageCredentialStore;

/** The Eclipse application behind ./mailbox; its exit code is the command's. */
public final class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		try {
			return new MailboxCommandLine(secureStorage(), ConnectorRegistry.running()).run(Arrays.asList(args == null ? new String[0] : args),
					System.out, System.err);
		} catch (RuntimeException | Error e) {
			// Escaping to Equinox would only log it and exit 0; a script must see the failure, a user no trace.
			Path log = InternalErrorLog.record(e, List.of());
			System.err.println("mailbox: internal error (" + e.getClass().getSimpleName() + "); details in " + log);
			return Integer.valueOf(MailboxCommandLine.BAD_USAGE);
		}
	}

	/** Opened only when a command needs it: most never touch a password. */
	static CredentialStore secureStorage() {
		return new LazyCredentialStore(() -> SecureStorageCredentialStore.openDefault());
	}

	@Override
	public void stop() {
		// a command runs to its end; nothing to interrupt
	}
}
