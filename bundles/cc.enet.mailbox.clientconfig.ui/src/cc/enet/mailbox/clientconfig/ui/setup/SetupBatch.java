package cc.enet.mailbox.clientconfig.ui.setup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.clientconfig.ClientSetup;
import cc.enet.mailbox.clientconfig.MailClient;
import cc.enet.mailbox.clientconfig.SetupGate;
import cc.enet.mailbox.clientconfig.SetupProblem;
import cc.enet.mailbox.clientconfig.SetupRefusedException;
import cc.enet.mailbox.core.io.DurableFiles;

/** One setup file per mailbox of a domain: those the gate lets through, and the refusals (which get no file). */
final class SetupBatch {

	private final List<ClientSetup> passed = new ArrayList<>();
	private final List<SetupRefusedException> refused = new ArrayList<>();

	SetupBatch(SetupGate gate, Domain domain) {
		for (Mailbox mailbox : domain.getMailboxes()) {
			try {
				passed.add(gate.forMailbox(mailbox));
			} catch (SetupRefusedException e) {
				refused.add(e);
			}
		}
	}

	boolean isEmpty() {
		return passed.isEmpty();
	}

	int refusedCount() {
		return refused.size();
	}

	/** The files to be written, then the refused mailboxes with their findings. */
	String describe(SetupFormat format, Locale uiLocale) {
		StringBuilder text = new StringBuilder(NLS.bind(SetupMessages.Batch_files, passed.size())).append('\n');
		passed.forEach(s -> text.append("  ").append(format.fileName(s)).append('\n'));
		if (!refused.isEmpty()) {
			text.append('\n').append(NLS.bind(SetupMessages.Batch_refused, refused.size())).append('\n')
					.append(refusalLines(refused, uiLocale));
		}
		return text.toString();
	}

	/**
	 * Writes each file atomically into the folder; a mailbox's password only when asked and stored.
	 *
	 * @return how many files were written
	 * @throws IOException naming the file that could not be written (the ones before it stay)
	 */
	int writeTo(Path folder, SetupFormat format, Locale fileLocale, MailClient client, StoredPasswords passwords,
			boolean withPassword) throws IOException {
		int written = 0;
		for (ClientSetup setup : passed) {
			Path file = folder.resolve(format.fileName(setup));
			char[] password = withPassword ? passwords.load(setup.address()).orElse(null) : null;
			try {
				byte[] bytes = format.write(setup, fileLocale, password, client);
				DurableFiles.write(file, out -> out.write(bytes), password != null);
				written++;
			} catch (IOException e) {
				throw new IOException(NLS.bind(SetupMessages.Dialog_saveFailed, file, e.getMessage()), e);
			} finally {
				if (password != null) {
					Arrays.fill(password, '\0');
				}
			}
		}
		return written;
	}

	/** Each refusal's summary and its findings, one a line, as the setup command prints them. */
	static String refusalLines(List<SetupRefusedException> refusals, Locale uiLocale) {
		StringBuilder lines = new StringBuilder();
		for (SetupRefusedException refusal : refusals) {
			lines.append(refusal.summary(uiLocale)).append('\n');
			for (SetupProblem problem : refusal.problems()) {
				lines.append("  ").append(problem.line(uiLocale)).append('\n');
			}
		}
		return lines.toString();
	}
}
