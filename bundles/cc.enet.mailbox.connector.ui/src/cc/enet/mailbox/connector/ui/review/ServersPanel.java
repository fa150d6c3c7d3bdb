package cc.enet.mailbox.connector.ui.review;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.ConnectorFactory;
import cc.enet.mailbox.connector.Secrets;
import cc.enet.mailbox.core.credentials.CredentialException;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.credentials.SecureStorageCredentialStore;
import cc.enet.mailbox.connector.session.SecretRefusedException;
import cc.enet.mailbox.connector.session.ServerSessions;
import cc.enet.mailbox.connector.session.StoredSecrets;
import cc.enet.mailbox.core.credentials.ServerSecrets;
import cc.enet.mailbox.ui.session.ConsoleSession;
import cc.enet.mailbox.ui.parts.PageCommands;
import cc.enet.mailbox.ui.text.Counted;

/**
 * The workspace's mail servers: Add, Edit, Remove as commands on the workspace's stack (so Save and Undo treat them as
 * any edit), the secrets in secure storage under "server:NAME" (never in the workspace), Test Connection in a job.
 * The dialog of one server: {@link ServerEditDialog}. Shown on the Mail Servers preference page.
 */
public final class ServersPanel {
	/** Widget keys the UI tests find controls by (setData). */
	public static final String KEY = "cc.enet.mailbox.ui.id";

	private final ConsoleSession session;
	private final Composite area;
	private final Table table;
	private final Label status;
	private final PageCommands commands;

	public ServersPanel(Composite parent, ConsoleSession session) {
		this.session = session;
		this.commands = new PageCommands(session);
		area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(area);
		table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setData(KEY, "servers.table");
		table.setHeaderVisible(true);
		for (String header : new String[] { ReviewMessages.Servers_name, ReviewMessages.Servers_kind, ReviewMessages.Servers_url,
				ReviewMessages.Servers_pin }) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(header);
			column.setWidth(header == ReviewMessages.Servers_name || header == ReviewMessages.Servers_kind ? 110 : 240);
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(700, 200).applyTo(table);
		Composite buttons = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(buttons);
		button(buttons, ReviewMessages.Servers_add, () -> edit(null));
		button(buttons, ReviewMessages.Servers_edit, () -> selected().ifPresent(this::edit));
		button(buttons, ReviewMessages.Servers_remove, () -> selected().ifPresent(server -> {
			execute(ServerSettings.remove(session.editingDomain(), root(), server));
		}));
		button(buttons, ReviewMessages.Servers_test, () -> selected().ifPresent(this::test));
		status = new Label(area, SWT.WRAP);
		status.setData(KEY, "servers.status");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(700, SWT.DEFAULT).applyTo(status);
		refresh();
	}

	public Control control() {
		return area;
	}

	/**
	 * Cancel of the preference dialog: undoes what this page did (each change was a command on the workspace's
	 * stack, so Save and Undo work as for any edit), newest first, as long as nothing else was done since.
	 */
	public void undoOwnChanges() {
		commands.undoAll();
	}

	private Shell getShell() {
		return area.getShell();
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
		GridDataFactory.fillDefaults().applyTo(button);
	}

	private Workspace root() {
		return session.workspace().root();
	}

	private void execute(Command command) {
		commands.execute(command);
		refresh();
	}

	private void refresh() {
		String selected = selected().map(MailServer::getName).orElse(null);
		table.removeAll();
		for (MailServer server : root().getServers()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setData(server);
			item.setText(new String[] { server.getName(), server.getKind(), server.getUrl(),
					server.getPinnedCertificateSha256() == null ? "" : server.getPinnedCertificateSha256() });
			if (ServerSecrets.insecure(server.getUrl())) {
				// plain http to another machine: its secrets would cross the network in clear
				item.setImage(2, PlatformUI.getWorkbench().getSharedImages()
						.getImage(ISharedImages.IMG_OBJS_WARN_TSK));
				status.setText(NLS.bind(ReviewMessages.Servers_insecureHttp, server.getName(), server.getUrl()));
			}
			if (server.getName().equals(selected)) {
				table.setSelection(item);
			}
		}
	}

	private Optional<MailServer> selected() {
		if (table == null || table.getSelectionCount() == 0) {
			return Optional.empty();
		}
		return Optional.of((MailServer) table.getSelection()[0].getData());
	}

	private void edit(MailServer server) {
		ServerEditDialog dialog = new ServerEditDialog(getShell(), server, name -> ServerSettings.find(root(), name).isPresent());
		if (dialog.open() != Window.OK) {
			return;
		}
		ServerEditDialog.Result typed = dialog.result();
		if (server == null) {
			execute(ServerSettings.add(session.editingDomain(), root(), typed.name(), typed.kind(), typed.url(), typed.pin(),
					typed.settings(), typed.hostNames()));
		} else {
			execute(ServerSettings.edit(session.editingDomain(), server, typed.kind(), typed.url(), typed.pin(), typed.settings(),
					typed.hostNames()));
		}
		try {
			for (var secret : typed.secrets().entrySet()) {
				String key = secret.getKey().equals(Secrets.DEFAULT) ? typed.name() : ServerSecrets.named(typed.name(), secret.getKey());
				ServerSecrets.store(credentials(), key, typed.url(), typed.pin(), secret.getValue());
			}
		} catch (CredentialException e) {
			status.setText(NLS.bind(ReviewMessages.Servers_secretFailed, typed.name(), e.getMessage()));
		} finally {
			typed.secrets().values().forEach(secret -> Arrays.fill(secret, '\0'));
		}
	}

	private static CredentialStore credentials() throws CredentialException {
		return SecureStorageCredentialStore.openDefault();
	}

	private void test(MailServer server) {
		String name = server.getName();
		status.setData(KEY + ".done", Boolean.FALSE);
		status.setText(NLS.bind(ReviewMessages.Servers_testing, name));
		Workspace root = root();
		Job job = new Job(NLS.bind(ReviewMessages.Servers_testing, name)) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				String result;
				try {
					ConnectorFactory factory = ConnectorServices.forKind(server.getKind()).orElseThrow(
							() -> new ConnectorException(ConnectorException.Kind.PROTOCOL,
									NLS.bind(ReviewMessages.Servers_noConnector, server.getKind())));
					// the same opening as Plan and ./mailbox: every named secret, the binding, the http guard
					ServerSessions.Session session;
					try {
						session = ServerSessions.open(server, factory, new StoredSecrets(credentials()),
								Boolean.getBoolean(ServerAccess.ALLOW_INSECURE_HTTP));
					} catch (ServerSessions.InsecureHttpException e) {
						throw new ConnectorException(ConnectorException.Kind.REFUSED,
								NLS.bind(ReviewMessages.Servers_insecureHttp, name, server.getUrl()));
					} catch (SecretRefusedException e) {
						throw new ConnectorException(ConnectorException.Kind.REFUSED,
								NLS.bind(ReviewMessages.Review_secretRebound, e.storedFor(), e.wanted()));
					}
					List<String> missing = session.missingSecrets();
					int seen = ServerSettings.test(session, root, monitor);
					result = Counted.bind(ReviewMessages.Servers_testOk, name, seen) + (missing.isEmpty() ? ""
							: "\n" + NLS.bind(ReviewMessages.Review_missingSecrets, name, String.join(", ", missing)));
				} catch (ConnectorException | CredentialException | RuntimeException e) {
					result = NLS.bind(ReviewMessages.Servers_testFailed, name, e.getLocalizedMessage());
				}
				String text = result;
				if (!status.isDisposed()) {
					status.getDisplay().asyncExec(() -> {
						if (!status.isDisposed()) {
							status.setText(text);
							status.setData(KEY + ".done", Boolean.TRUE);
							status.getParent().layout(true, true);
						}
					});
				}
				return Status.OK_STATUS;
			}
		};
		job.schedule();
	}
}
