package cc.enet.mailbox.ui.forms;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import cc.enet.mailbox.AuthMethod;
import cc.enet.mailbox.Course;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.MailOption;
import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.Protocol;
import cc.enet.mailbox.ServiceEndpoint;
import cc.enet.mailbox.TlsMode;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.model.DomainServers;
import cc.enet.mailbox.model.EnumLabels;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.ui.internal.UiMessages;

/**
 * One domain as a form: course, mail option, course free forwarding, DNS moved away, the service endpoints (a row
 * per POP3/IMAP/SMTP) and the defaults of its mailboxes, every field decorated with the session's findings.
 */
public final class DomainFormEditor extends ModelFormEditor {

	public static final String ID = "cc.enet.mailbox.ui.forms.domain";

	/**
	 * The widgets of one endpoint row: {@code smtpAuth} only on the SMTP row, {@code hostConfirmed} (staff saw the host
	 * in the customer's webmail) only on the IMAP row; null elsewhere.
	 */
	public record EndpointRow(ServiceEndpoint endpoint, Text host, Text port, Combo tls, Combo authentication, Button smtpAuth,
			Button hostConfirmed) {
	}

	private final List<EndpointRow> rows = new ArrayList<>();
	private Combo course;
	private Combo mailOption;
	private Button courseFreeForwarding;
	private Button dnsExternal;
	private Button mailOptionLost;
	private Combo server;
	private final List<String> serverNames = new ArrayList<>();
	private SettingsSection defaults;

	public Domain domain() {
		return (Domain) object();
	}

	@Override
	protected void createForm(Composite parent) {
		Group contract = group(parent, UiMessages.Form_domain, 2);
		label(contract, UiMessages.Form_course);
		course = combo(contract, Course.VALUES, EnumLabels::label, observe(domain(), Literals.DOMAIN__COURSE));
		label(contract, UiMessages.Form_mailOption);
		mailOption = combo(contract, MailOption.VALUES, EnumLabels::label, observe(domain(), Literals.DOMAIN__MAIL_OPTION));
		courseFreeForwarding = check(contract, UiMessages.Form_courseFreeForwarding,
				observe(domain(), Literals.DOMAIN__COURSE_FREE_FORWARDING));
		decorations.bind(courseFreeForwarding, this::domain, Literals.DOMAIN__COURSE_FREE_FORWARDING);
		new Label(contract, SWT.NONE);
		dnsExternal = check(contract, UiMessages.Form_dnsExternal, observe(domain(), Literals.DOMAIN__DNS_EXTERNAL));
		decorations.bind(dnsExternal, this::domain, Literals.DOMAIN__DNS_EXTERNAL);
		new Label(contract, SWT.NONE);
		// a state staff record; no quick fix or check ever clears it (the guide: the option cannot be restored)
		mailOptionLost = check(contract, UiMessages.Form_mailOptionLost,
				observe(domain(), Literals.DOMAIN__MAIL_OPTION_LOST));
		new Label(contract, SWT.NONE);
		label(contract, UiMessages.Form_server);
		serverNames.addAll(serverChoices());
		ComboViewer serverViewer = nameCombo(contract, serverNames, this::serverLabel, observe(domain(), Literals.DOMAIN__SERVER));
		server = serverViewer.getCombo();
		decorations.bind(server, this::domain, Literals.DOMAIN__SERVER);
		followServers(serverViewer);

		Group endpoints = group(parent, UiMessages.Form_endpoints, 5);
		for (String header : List.of(UiMessages.Form_protocol, UiMessages.Form_host, UiMessages.Form_port, UiMessages.Form_tls,
				UiMessages.Form_authentication)) {
			label(endpoints, header);
		}
		for (ServiceEndpoint endpoint : domain().getEndpoints()) {
			rows.add(endpointRow(endpoints, endpoint));
		}
		if (domain().getDefaults() != null) {
			Label title = label(parent, UiMessages.Form_defaults);
			title.setFont(JFaceResources.getBannerFont());
			defaults = new SettingsSection(this, parent, domain(), Literals.DOMAIN__DEFAULTS);
		}
	}

	/**
	 * Servers added to or removed from the workspace (Mail Servers, an undo) while the form is open change its choice
	 * in place: the viewer keeps the chosen name, so no edit is made by the list changing.
	 */
	private void followServers(ComboViewer viewer) {
		Workspace workspace = workspace();
		if (workspace == null) {
			return;
		}
		Adapter listener = new AdapterImpl() {
			@Override
			public void notifyChanged(Notification notification) {
				if (notification.getFeature() == Literals.WORKSPACE__SERVERS && !viewer.getCombo().isDisposed()) {
					serverNames.clear();
					serverNames.addAll(serverChoices());
					viewer.refresh();
				}
			}
		};
		workspace.eAdapters().add(listener);
		viewer.getCombo().addDisposeListener(e -> workspace.eAdapters().remove(listener));
	}

	private Workspace workspace() {
		return domain().getCustomer() != null && domain().getCustomer().eContainer() instanceof Workspace w ? w : null;
	}

	/** "" (no server named: found by host names, or the workspace's only server), the workspace's servers, the named one. */
	private List<String> serverChoices() {
		List<String> names = new ArrayList<>();
		names.add("");
		Workspace workspace = workspace();
		if (workspace != null) {
			workspace.getServers().forEach(s -> names.add(s.getName()));
		}
		if (domain().getServer() != null && !names.contains(domain().getServer())) {
			names.add(domain().getServer()); // shown as it is, with its finding (domain.server)
		}
		return names;
	}

	private String serverLabel(String name) {
		if (!name.isEmpty()) {
			return name;
		}
		String found = DomainServers.serverOf(domain());
		return found == null || domain().getServer() != null ? UiMessages.Form_serverNone
				: NLS.bind(UiMessages.Form_serverFound, found);
	}

	private EndpointRow endpointRow(Composite endpoints, ServiceEndpoint endpoint) {
		label(endpoints, EnumLabels.label(endpoint.getProtocol()));
		Text host = text(endpoints, observe(endpoint, Literals.SERVICE_ENDPOINT__HOST), null);
		decorations.bind(host, () -> endpoint, Literals.SERVICE_ENDPOINT__HOST);
		Text port = number(endpoints, observe(endpoint, Literals.SERVICE_ENDPOINT__PORT), typed -> typedPort(endpoint, typed));
		((GridData) port.getLayoutData()).widthHint = 60;
		((GridData) port.getLayoutData()).grabExcessHorizontalSpace = false;
		decorations.bind(port, () -> endpoint, Literals.SERVICE_ENDPOINT__PORT);
		Combo tls = combo(endpoints, TlsMode.VALUES, EnumLabels::label, observe(endpoint, Literals.SERVICE_ENDPOINT__TLS));
		decorations.bind(tls, () -> endpoint, Literals.SERVICE_ENDPOINT__TLS);
		Combo auth = combo(endpoints, AuthMethod.VALUES, EnumLabels::label,
				observe(endpoint, Literals.SERVICE_ENDPOINT__AUTHENTICATION));
		decorations.bind(auth, () -> endpoint, Literals.SERVICE_ENDPOINT__AUTHENTICATION);
		// a switch of the SMTP server only, and the IMAP host's confirmation: each on a line of its own under its row, so
		// no column is as wide as their labels (ユーザー認証(SMTP Authentication) in Japanese) for one checkbox
		Button smtpAuth = null;
		if (endpoint.getProtocol() == Protocol.SMTP) {
			smtpAuth = subRow(endpoints, UiMessages.Form_smtpAuth, observe(endpoint, Literals.SERVICE_ENDPOINT__SMTP_AUTH));
			decorations.bind(smtpAuth, () -> endpoint, Literals.SERVICE_ENDPOINT__SMTP_AUTH);
		}
		Button hostConfirmed = null;
		if (endpoint.getProtocol() == Protocol.IMAP) {
			// the guide's IMAP host is only likely until staff see it in the customer's webmail
			hostConfirmed = subRow(endpoints, UiMessages.Form_imapHostConfirmed,
					observe(endpoint, Literals.SERVICE_ENDPOINT__HOST_CONFIRMED));
		}
		return new EndpointRow(endpoint, host, port, tls, auth, smtpAuth, hostConfirmed);
	}

	/** A checkbox under an endpoint row, from its host column to the end. */
	private Button subRow(Composite endpoints, String label, IObservableValue<Object> model) {
		new Label(endpoints, SWT.NONE);
		Button button = check(endpoints, label, model);
		((GridData) button.getLayoutData()).horizontalSpan = 4;
		return button;
	}

	/** The port rules' findings for a port as typed, on a copy of the endpoint; null when it is not a port. */
	static List<Finding> typedPort(ServiceEndpoint endpoint, String text) {
		ServiceEndpoint copy = EcoreUtil.copy(endpoint);
		try {
			copy.setPort(Integer.parseInt(text.trim()));
		} catch (NumberFormatException e) {
			return null;
		}
		return typedFindings(copy, f -> f.target() == copy && f.feature() == Literals.SERVICE_ENDPOINT__PORT);
	}

	/** The row of the first endpoint of {@code protocol}, or null. */
	public EndpointRow row(Protocol protocol) {
		return rows.stream().filter(r -> r.endpoint().getProtocol() == protocol).findFirst().orElse(null);
	}

	public SettingsSection defaults() {
		return defaults;
	}

	public Combo course() {
		return course;
	}

	public Combo mailOption() {
		return mailOption;
	}

	public Button courseFreeForwarding() {
		return courseFreeForwarding;
	}

	public Button dnsExternal() {
		return dnsExternal;
	}

	/** The server the domain lives on: a choice of the workspace's servers, one command. */
	public Combo server() {
		return server;
	}

	public Button mailOptionLost() {
		return mailOptionLost;
	}
}
