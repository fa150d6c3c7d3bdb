package cc.enet.mailbox.connector.ui.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.connector.ConnectorFactory;
import cc.enet.mailbox.connector.Secrets;
import cc.enet.mailbox.connector.tls.TlsTrust;

/**
 * One server's name (new servers only), kind, URL, pinned certificate, and what its kind declares in the connector
 * SPI: a field per setting ({@link ConnectorFactory#settings()}) and a password field per named secret
 * ({@link ConnectorFactory#secretKeys()}) besides the default one. Choosing another kind draws that kind's fields.
 */
final class ServerEditDialog extends Dialog {

	private static final String KEY = ServersPanel.KEY;

	/** What was typed; secrets by key ({@link Secrets#DEFAULT} for the default one), only those typed. */
	record Result(String name, String kind, String url, String pin, List<String> settings, Map<String, char[]> secrets,
			List<String> hostNames) {
	}

	private final MailServer server;
	private final Predicate<String> nameTaken;
	private final Map<String, Text> settingFields = new LinkedHashMap<>();
	private final Map<String, Text> secretFields = new LinkedHashMap<>();
	private Text nameText, urlText, pinText, hostNamesText;
	private Combo kindCombo;
	private Composite kindFields;
	private Label message;
	private Result result;

	ServerEditDialog(Shell parent, MailServer server, Predicate<String> nameTaken) {
		super(parent);
		this.server = server;
		this.nameTaken = nameTaken;
	}

	Result result() {
		return result;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(server == null ? ReviewMessages.Servers_addTitle : NLS.bind(ReviewMessages.Servers_editTitle, server.getName()));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);
		nameText = field(area, ReviewMessages.Servers_name, "server.name", SWT.NONE, server == null ? "" : server.getName());
		nameText.setEditable(server == null);
		kindCombo = kindCombo(area);
		urlText = field(area, ReviewMessages.Servers_url, "server.url", SWT.NONE, server == null ? "" : server.getUrl());
		pinText = field(area, ReviewMessages.Servers_pin, "server.pin", SWT.NONE,
				server == null || server.getPinnedCertificateSha256() == null ? "" : server.getPinnedCertificateSha256());
		// the notified host names this server serves: a domain naming no server whose POP3 or SMTP host is one lives here
		hostNamesText = field(area, ReviewMessages.Servers_hostNames, "server.hostNames", SWT.NONE,
				server == null ? "" : String.join(" ", server.getHostNames()));
		kindFields = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(kindFields);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(kindFields);
		message = new Label(area, SWT.WRAP);
		message.setData(KEY, "server.message");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(message);
		Button pinButton = new Button(area, SWT.PUSH);
		pinButton.setText(ReviewMessages.Servers_pinPresented);
		pinButton.addListener(SWT.Selection, e -> pinPresented());
		Runnable update = () -> pinButton.setEnabled(urlText.getText().strip().startsWith("https://"));
		urlText.addListener(SWT.Modify, e -> update.run());
		update.run();
		drawKindFields();
		kindCombo.addListener(SWT.Modify, e -> {
			drawKindFields();
			getShell().pack();
		});
		return area;
	}

	/** The kinds the running connectors serve; typing another is allowed (its connector may be installed later). */
	private Combo kindCombo(Composite area) {
		new Label(area, SWT.NONE).setText(ReviewMessages.Servers_kind);
		Combo combo = new Combo(area, SWT.DROP_DOWN | SWT.BORDER);
		combo.setData(KEY, "server.kind");
		ConnectorServices.kinds().forEach(combo::add);
		combo.setText(server == null ? "james" : server.getKind());
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(combo);
		return combo;
	}

	/** The default secret, then the kind's settings and named secrets, as its factory declares them. */
	private void drawKindFields() {
		for (Control child : kindFields.getChildren()) {
			child.dispose();
		}
		settingFields.clear();
		secretFields.clear();
		secretFields.put(Secrets.DEFAULT, field(kindFields, ReviewMessages.Servers_secret, "server.secret", SWT.PASSWORD, ""));
		Optional<ConnectorFactory> factory = ConnectorServices.forKind(kindCombo.getText().strip());
		if (factory.isEmpty()) {
			return;
		}
		Map<String, String> current = server == null ? Map.of() : ConnectorFactory.settingsOf(server);
		for (String key : factory.get().settings()) {
			settingFields.put(key, field(kindFields, ServerWords.setting(key), "server.setting." + key, SWT.NONE,
					current.getOrDefault(key, "")));
		}
		for (String key : factory.get().secretKeys()) {
			secretFields.put(key, field(kindFields, ServerWords.secret(key), "server.secret." + key,
					SWT.PASSWORD, ""));
		}
		kindFields.layout(true, true);
	}

	private static Text field(Composite area, String label, String id, int style, String value) {
		new Label(area, SWT.NONE).setText(label);
		Text text = new Text(area, SWT.BORDER | SWT.SINGLE | style);
		text.setData(KEY, id);
		text.setText(value == null ? "" : value);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private void pinPresented() {
		String target = urlText.getText().strip();
		message.setText(NLS.bind(ReviewMessages.Servers_pinReading, target));
		Job job = new Job(NLS.bind(ReviewMessages.Servers_pinReading, target)) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				String sha = null;
				String text;
				try {
					sha = TlsTrust.presentedSha256(target);
					text = NLS.bind(ReviewMessages.Servers_pinShown, sha);
				} catch (Exception e) {
					text = NLS.bind(ReviewMessages.Servers_pinFailed, target, e.getMessage());
				}
				showPin(sha, text);
				return Status.OK_STATUS;
			}
		};
		job.schedule();
	}

	private void showPin(String sha, String text) {
		if (message.isDisposed()) {
			return;
		}
		message.getDisplay().asyncExec(() -> {
			if (!message.isDisposed()) {
				message.setText(text);
				if (sha != null) {
					pinText.setText(sha);
				}
				message.getParent().layout(true, true);
			}
		});
	}

	@Override
	protected void okPressed() {
		String name = nameText.getText().strip();
		String url = urlText.getText().strip();
		String kind = kindCombo.getText().strip();
		if (name.isEmpty() || url.isEmpty() || kind.isEmpty()) {
			message.setText(ReviewMessages.Servers_required);
			return;
		}
		if (server == null && nameTaken.test(name)) {
			message.setText(NLS.bind(ReviewMessages.Servers_exists, name));
			return;
		}
		// a kind no running connector serves draws no setting fields: its server keeps the settings it has
		List<String> settings = new ArrayList<>(settingFields.isEmpty() && server != null ? server.getSettings() : List.of());
		settingFields.forEach((key, field) -> {
			if (!field.getText().isBlank()) {
				settings.add(key + "=" + field.getText().strip());
			}
		});
		Map<String, char[]> secrets = new LinkedHashMap<>();
		secretFields.forEach((key, field) -> {
			if (!field.getText().isEmpty()) {
				secrets.put(key, field.getText().toCharArray());
			}
		});
		List<String> hostNames = new ArrayList<>();
		for (String host : hostNamesText.getText().split("[\\s,;]+")) {
			if (!host.isBlank() && !hostNames.contains(host.toLowerCase(Locale.ROOT))) {
				hostNames.add(host.toLowerCase(Locale.ROOT));
			}
		}
		result = new Result(name, kind, url, ServerSettings.pin(pinText.getText()), settings, secrets, hostNames);
		super.okPressed();
	}
}
