package cc.enet.mailbox.ui.tests.bots;

import java.util.List;

import cc.enet.mailbox.Protocol;
import cc.enet.mailbox.ServiceEndpoint;
import cc.enet.mailbox.ui.forms.DomainFormEditor;
import cc.enet.mailbox.ui.forms.ModelFormEditor;

/** A domain's form: its endpoint rows (host, port, TLS, authentication, SMTP AUTH) and their decorations. */
public final class DomainFormBot extends FormBot {

	private final DomainFormEditor editor;

	DomainFormBot(DomainFormEditor editor) {
		this.editor = editor;
	}

	@Override
	protected ModelFormEditor form() {
		return editor;
	}

	private DomainFormEditor.EndpointRow row(Protocol protocol) {
		DomainFormEditor.EndpointRow row = Ui.sync(() -> editor.row(protocol));
		if (row == null) {
			throw new AssertionError("no " + protocol + " endpoint on " + title());
		}
		return row;
	}

	public ServiceEndpoint endpoint(Protocol protocol) {
		return row(protocol).endpoint();
	}

	/** Chooses the TLS mode by its label (e.g. EnumLabels.label(TlsMode.IMPLICIT)). */
	public DomainFormBot chooseTls(Protocol protocol, String label) {
		choose(row(protocol).tls(), label);
		return this;
	}

	public String tls(Protocol protocol) {
		return Ui.sync(() -> row(protocol).tls().getText());
	}

	/** The choices of a TLS combo, as staff read them. */
	public List<String> tlsChoices(Protocol protocol) {
		return List.of(Ui.sync(() -> row(protocol).tls().getItems()));
	}

	public String authentication(Protocol protocol) {
		return Ui.sync(() -> row(protocol).authentication().getText());
	}

	public List<String> authenticationChoices(Protocol protocol) {
		return List.of(Ui.sync(() -> row(protocol).authentication().getItems()));
	}

	/** The server the domain lives on, as the combo shows it. */
	public String server() {
		return Ui.sync(() -> editor.server().getText());
	}

	public List<String> serverChoices() {
		return List.of(Ui.sync(() -> editor.server().getItems()));
	}

	/** Chooses the server by its label (a server's name, or the "none named" choice). */
	public DomainFormBot chooseServer(String label) {
		choose(editor.server(), label);
		return this;
	}

	public String course() {
		return Ui.sync(() -> editor.course().getText());
	}

	public List<String> mailOptionChoices() {
		return List.of(Ui.sync(() -> editor.mailOption().getItems()));
	}

	public DomainFormBot enterPort(Protocol protocol, int port) {
		enter(row(protocol).port(), Integer.toString(port));
		return this;
	}

	/** Types a port without committing it. */
	public DomainFormBot typePort(Protocol protocol, int port) {
		type(row(protocol).port(), Integer.toString(port));
		return this;
	}

	public Decoration portDecoration(Protocol protocol) {
		return decorationOf(row(protocol).port());
	}

	public String port(Protocol protocol) {
		Ui.sync(() -> null);
		return Ui.sync(() -> row(protocol).port().getText());
	}

	public Decoration waitForTls(Protocol protocol, String ruleId, boolean shown) {
		return waitForDecoration(row(protocol).tls(), ruleId, shown);
	}

	public Decoration waitForPort(Protocol protocol, String ruleId, boolean shown) {
		return waitForDecoration(row(protocol).port(), ruleId, shown);
	}

	public Decoration tlsDecoration(Protocol protocol) {
		return decorationOf(row(protocol).tls());
	}

	/** Whether the row shows the SMTP AUTH checkbox. */
	public boolean hasSmtpAuth(Protocol protocol) {
		return row(protocol).smtpAuth() != null;
	}

	/** Whether the row shows the "confirmed in the customer's webmail" checkbox. */
	public boolean hasHostConfirmation(Protocol protocol) {
		return row(protocol).hostConfirmed() != null;
	}

	/** The IMAP row's confirmation checkbox: its label, and whether it is ticked. */
	public String imapHostConfirmationLabel() {
		return Ui.sync(() -> row(Protocol.IMAP).hostConfirmed().getText());
	}

	public boolean imapHostConfirmed() {
		return Ui.sync(() -> row(Protocol.IMAP).hostConfirmed().getSelection());
	}

	/** Ticks (or clears) the IMAP host's confirmation as a click would. */
	public DomainFormBot confirmImapHost(boolean confirmed) {
		click(row(Protocol.IMAP).hostConfirmed(), confirmed);
		return this;
	}
}
