package cc.enet.mailbox.core.demo;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import cc.enet.mailbox.Course;
import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.MailOption;
import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.MailboxFactory;
import cc.enet.mailbox.Retention;
import cc.enet.mailbox.SendEncoding;
import cc.enet.mailbox.ServiceEndpoint;
import cc.enet.mailbox.TlsMode;
import cc.enet.mailbox.core.credentials.CredentialEdits;
import cc.enet.mailbox.core.credentials.CredentialException;
import cc.enet.mailbox.core.credentials.CredentialStore;
import cc.enet.mailbox.core.credentials.MailboxPasswords;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.model.EnetGuide;
import cc.enet.mailbox.model.MailboxModels;
import cc.enet.mailbox.model.WorkspaceWalk;

/**
 * The demo workspace the console opens by default: a few customers with a few dozen mailboxes, mostly as the guide
 * wants them, plus the mistakes staff meet in real life (STARTTLS, a forwarding loop across customers, a name with
 * 髙, mail left on the server for ever) so every view has something to show.
 */
public final class DemoWorkspace {

	private DemoWorkspace() {
	}

	public static final String DEMO_SERVER = "demo";

	/**
	 * The demo's list of Enet server host names, and the POP3/SMTP hosts its customers were "notified": obviously
	 * examples (.example never resolves), since a real-looking name Enet never notified must not reach anyone.
	 */
	public static final String DEMO_POP3_HOST = "pop3.enet-demo.example";
	public static final String DEMO_SMTP_HOST = "smtp.enet-demo.example";

	public static MailboxWorkspace create(Path folder) {
		return create(folder, null, null);
	}

	/**
	 * The demo workspace; with a server URL it also names the embedded demo server (kind james), and with a credential
	 * store every demo mailbox gets a random initial password there, so it can be applied at once.
	 */
	public static MailboxWorkspace create(Path folder, String demoServerUrl, CredentialStore credentials) {
		MailboxWorkspace workspace = WorkspaceStore.create(folder, "Demo");
		workspace.root().getEnetHosts().addAll(List.of(DEMO_POP3_HOST, EnetGuide.IMAP_HOST, DEMO_SMTP_HOST));
		workspace.root().setSupportContact("Enet サポート窓口 (デモ) support@enet-demo.example");
		workspace.root().setChangeRequest("https://enet-demo.example/pop3-option/change-request");
		if (demoServerUrl != null) {
			useDemoServer(workspace, demoServerUrl);
		}
		Domain sakura = domain(workspace, "sakura-trading", "さくら商事", "sakura-trading.co.jp");
		contact(sakura, "山本 一郎", "yamamoto@sakura-trading.co.jp");
		sakura.getEndpoints().get(1).setHostConfirmed(true); // staff saw it in the customer's webmail
		add(sakura, "tanaka", "田中 太郎");
		add(sakura, "suzuki", "Suzuki Hanako");
		add(sakura, "sales", "営業部");
		add(sakura, "info", "Sakura Trading");
		Mailbox takahashi = add(sakura, "takahashi", "髙橋 一郎"); // 髙 is outside JIS X 0208
		takahashi.setSendEncoding(SendEncoding.UTF_8);
		Mailbox shared = add(sakura, "support", "サポート窓口");
		shared.setRetention(Retention.LEAVE_FOREVER);
		for (int i = 1; i <= 6; i++) {
			add(sakura, "staff" + i, "Staff " + i);
		}

		Domain midori = domain(workspace, "midori-clinic", "みどりクリニック", "midori-clinic.jp");
		contact(midori, "中村 恵", "nakamura@midori-clinic.jp");
		add(midori, "uketsuke", "受付");
		add(midori, "yamada", "山田 花子");
		Mailbox doctor = add(midori, "doctor", "院長");
		doctor.setRetention(Retention.LEAVE_DAYS);
		doctor.setRetentionDays(14);
		Mailbox office = add(midori, "office", "Office");
		office.getFilters().getAllowDomains().clear(); // lacks the Enet domains
		office.getFilters().setRejectSpam(true);
		for (int i = 1; i <= 5; i++) {
			add(midori, "nurse" + i, "Nurse " + i);
		}
		ServiceEndpoint pop = midori.getEndpoints().get(0);
		pop.setTls(TlsMode.STARTTLS);
		pop.setPort(110);

		Domain aozora = domain(workspace, "aozora-design", "あおぞらデザイン", "aozora-design.com");
		Mailbox studio = add(aozora, "studio", "Aozora Studio");
		Mailbox kimura = add(aozora, "kimura", "木村 健");
		add(aozora, "contact", "お問い合わせ");
		for (int i = 1; i <= 4; i++) {
			add(aozora, "designer" + i, "Designer " + i);
		}
		aozora.getEndpoints().get(2).setHost("smtp.aozora-design.com"); // guessed, not notified by Enet
		aozora.setCourseFreeForwarding(true);
		aozora.setCourse(Course.STANDARD);
		aozora.setMailOption(MailOption.POP3_TYPE_B);

		// A loop across customers: studio -> kimura -> info@sakura -> studio.
		studio.getForwarding().getTargets().add("kimura@aozora-design.com");
		kimura.getForwarding().getTargets().add("info@sakura-trading.co.jp");
		sakura.getMailboxes().stream().filter(m -> m.getAddress().startsWith("info@")).findFirst()
				.ifPresent(m -> m.getForwarding().getTargets().add("studio@aozora-design.com"));
		// A healthy forward with a kept copy (a warning, on purpose).
		Mailbox sales = sakura.getMailboxes().get(2);
		sales.getForwarding().getTargets().addAll(List.of("tanaka@sakura-trading.co.jp", "suzuki@sakura-trading.co.jp"));
		sales.getForwarding().setKeepCopy(true);
		if (credentials != null) {
			storePasswords(workspace, MailboxPasswords.of(credentials, workspace.folder()));
		}
		return workspace;
	}

	/** Points the workspace's "demo" server at {@code url}, adding it if missing, as a server that takes no secret. */
	public static void useDemoServer(MailboxWorkspace workspace, String url) {
		MailServer server = workspace.findServer(DEMO_SERVER)
				.orElseGet(() -> {
					MailServer created = MailboxFactory.eINSTANCE.createMailServer();
					created.setName(DEMO_SERVER);
					created.setKind("james");
					workspace.root().getServers().add(created);
					return created;
				});
		server.setUrl(url);
		// the embedded James takes no token: the console must not ask for one
		server.getSettings().removeIf(s -> s.startsWith("auth="));
		server.getSettings().add("auth=none");
	}

	private static void storePasswords(MailboxWorkspace workspace, CredentialStore credentials) {
		SecureRandom random = new SecureRandom();
		CredentialEdits edits = new CredentialEdits();
		WorkspaceWalk.mailboxes(workspace.root()).forEach(m -> {
			byte[] bytes = new byte[12];
			random.nextBytes(bytes);
			edits.store(m.getAddress(), Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toCharArray());
		});
		try {
			credentials.update(edits); // one write however many demo mailboxes
		} catch (CredentialException e) {
			throw new IllegalStateException(e.getMessage(), e);
		} finally {
			edits.clear();
		}
	}

	private static void contact(Domain domain, String name, String address) {
		domain.getCustomer().setContactName(name);
		domain.getCustomer().setContactAddress(address);
	}

	private static Domain domain(MailboxWorkspace workspace, String customerId, String customerName, String name) {
		Customer customer = MailboxModels.newCustomer(customerId, customerName);
		Domain domain = MailboxModels.newDomain(name);
		// What Enet notified for the demo customers; real workspaces get theirs from Enet's notice.
		domain.getEndpoints().get(0).setHost(DEMO_POP3_HOST);
		domain.getEndpoints().get(2).setHost(DEMO_SMTP_HOST);
		domain.setCourse(Course.BASIC);
		domain.setMailOption(MailOption.POP3_TYPE_B);
		customer.getDomains().add(domain);
		workspace.root().getCustomers().add(customer);
		return domain;
	}

	private static Mailbox add(Domain domain, String localPart, String displayName) {
		Mailbox mailbox = MailboxModels.newMailbox(domain, localPart + "@" + domain.getName());
		mailbox.setDisplayName(displayName);
		domain.getMailboxes().add(mailbox);
		return mailbox;
	}
}
