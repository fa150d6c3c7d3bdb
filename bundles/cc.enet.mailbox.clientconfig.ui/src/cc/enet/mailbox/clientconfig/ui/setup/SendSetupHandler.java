package cc.enet.mailbox.clientconfig.ui.setup;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.clientconfig.ClientSetup;
import cc.enet.mailbox.clientconfig.MailClient;
import cc.enet.mailbox.clientconfig.SetupGate;
import cc.enet.mailbox.clientconfig.SetupRefusedException;
import cc.enet.mailbox.clientconfig.mail.SetupMailException;
import cc.enet.mailbox.clientconfig.mail.SetupMailSender;
import cc.enet.mailbox.clientconfig.mail.StaffMailAccount;
import cc.enet.mailbox.core.credentials.CredentialException;
import cc.enet.mailbox.core.credentials.SecureStorageCredentialStore;
import cc.enet.mailbox.ui.session.ConsoleSession;
import cc.enet.mailbox.ui.editors.ModelSelection;

/**
 * Send Setup Mail... on a mailbox: the setup sheet (never with the password) as a PDF attachment to the customer's
 * contact, through the workspace's staff mail account, as {@code ./mailbox send-setup} sends it. Refused while the
 * mailbox or its domain breaks an error rule; sent in a job, its result in a dialog.
 */
public final class SendSetupHandler extends AbstractHandler {

	/** The family of the sending job, for tests that wait for it. */
	public static final Object JOB_FAMILY = SendSetupHandler.class;

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		ConsoleSession session = ConsoleSession.current();
		Mailbox mailbox = ModelSelection.elements(event).stream().filter(Mailbox.class::isInstance).map(Mailbox.class::cast)
				.findFirst().orElse(null);
		if (session == null || mailbox == null) {
			return null;
		}
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		Optional<StaffMailAccount> account;
		try {
			account = StaffMailAccount.load(session.workspace().folder());
		} catch (IOException e) {
			MessageDialog.openError(shell, SetupMessages.Send_title, e.getMessage());
			return null;
		}
		if (account.isEmpty()) {
			MessageDialog.openError(shell, SetupMessages.Send_title,
					NLS.bind(SetupMessages.Send_noAccount, session.workspace().folder()));
			return null;
		}
		ClientSetup setup;
		try {
			setup = new SetupGate(session.workspace().root()).forMailbox(mailbox);
		} catch (SetupRefusedException e) {
			Locale locale = session.locale();
			MessageDialog.openError(shell, SetupMessages.Send_title, e.summary(locale) + "\n\n"
					+ e.problems().stream().map(p -> p.line(locale)).collect(Collectors.joining("\n")));
			return null;
		}
		// the shell that was active on the command may be a dialog closed since (JFace then parents to none)
		Display display = HandlerUtil.getActiveWorkbenchWindowChecked(event).getShell().getDisplay();
		SendSetupDialog dialog = new SendSetupDialog(shell, setup.address(), setup.contacts().contactAddress(),
				session.locale());
		if (dialog.open() == Window.OK) {
			send(display, account.get(), setup, dialog.contact(), dialog.locale(), dialog.client());
		}
		return null;
	}

	private static void send(Display display, StaffMailAccount account, ClientSetup setup, String to, Locale mailLocale,
			MailClient client) {
		Job job = new Job(NLS.bind(SetupMessages.Send_job, setup.address(), to)) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				String result;
				boolean sent = false;
				char[] password = null;
				try {
					password = SecureStorageCredentialStore.openDefault().load(account.secretKey()).orElse(null);
					if (password == null) {
						result = NLS.bind(SetupMessages.Send_noSecret, account.user());
					} else {
						String id = new SetupMailSender(account).sendSheet(password, setup, mailLocale, client, to);
						result = NLS.bind(SetupMessages.Send_sent, new Object[] { setup.address(), to, account.host(), id });
						sent = true;
					}
				} catch (CredentialException | IOException | SetupMailException e) {
					result = NLS.bind(SetupMessages.Send_failed, to, e.getMessage());
				} finally {
					if (password != null) {
						Arrays.fill(password, '\0');
					}
				}
				String text = result;
				boolean ok = sent;
				display.asyncExec(() -> {
					Shell shell = display.getActiveShell();
					if (ok) {
						MessageDialog.openInformation(shell, SetupMessages.Send_title, text);
					} else {
						MessageDialog.openError(shell, SetupMessages.Send_title, text);
					}
				});
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == JOB_FAMILY;
			}
		};
		job.setUser(true);
		job.schedule();
	}
}
