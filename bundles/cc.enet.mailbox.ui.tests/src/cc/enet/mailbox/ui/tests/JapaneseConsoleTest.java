package cc.enet.mailbox.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Protocol;
import cc.enet.mailbox.core.store.MailboxWorkspace;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.model.MailboxModels;
import cc.enet.mailbox.clientconfig.ui.probe.ProbeOptions;
import cc.enet.mailbox.clientconfig.ui.setup.SetupFormat;
import cc.enet.mailbox.ui.table.MailboxTableColumn;
import cc.enet.mailbox.clientconfig.MailClient;
import cc.enet.mailbox.clientconfig.mail.StaffMailAccount;
import cc.enet.mailbox.ui.tests.bots.ConsoleBot;
import cc.enet.mailbox.ui.tests.bots.CustomerFormBot;
import cc.enet.mailbox.ui.tests.bots.DialogBot;
import cc.enet.mailbox.ui.tests.bots.DomainFormBot;
import cc.enet.mailbox.ui.tests.bots.EnetContactBot;
import cc.enet.mailbox.ui.tests.bots.EnetHostsBot;
import cc.enet.mailbox.ui.tests.bots.FormBot;
import cc.enet.mailbox.ui.tests.bots.MailboxFormBot;
import cc.enet.mailbox.ui.tests.bots.MailboxTableBot;
import cc.enet.mailbox.ui.tests.bots.ProbeResultsBot;
import cc.enet.mailbox.ui.tests.bots.ProblemsViewBot;
import cc.enet.mailbox.ui.tests.bots.Screenshots;
import cc.enet.mailbox.ui.tests.bots.SetupFilesBot;
import cc.enet.mailbox.ui.tests.bots.Ui;
import cc.enet.mailbox.ui.tests.bots.WizardBot;

/** Runs in its own console started with -nl ja (see the pom): Japanese labels, drawn with real glyphs, not cut. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JapaneseConsoleTest {

	@TempDir
	Path folder;

	/** The preference dialog around the Enet host names page: the page and JFace's own buttons read in Japanese. */
	@Test
	void theHostNamesPageAndItsDialogSpeakJapanese() {
		ConsoleBot console = ConsoleBot.console();
		console.openWorkspace(folder.resolve("demo-hosts"));
		EnetHostsBot page = EnetHostsBot.open(console, "ウィンドウ(W)", "Enet サーバーホスト名(H)...");
		try {
			List<String> buttons = page.buttons();
			assertTrue(buttons.containsAll(List.of("追加(&A)", "削除(&R)", "キャンセル", "適用して閉じる")), buttons::toString);
			assertEquals("フィルター文字列を入力", page.filterHint());
			assertEquals("「smtp aozora」はホスト名ではありません。", page.add("smtp aozora"));
		} finally {
			page.cancel();
		}
	}

	@Test
	void theConsoleSpeaksJapanese() {
		assertEquals("ja", Locale.getDefault().getLanguage());
		ConsoleBot console = ConsoleBot.console();
		console.openWorkspace(folder.resolve("demo"));
		assertEquals(List.of("名前", "メールボックス", "エラー", "警告", "メール / DNS"), console.navigator().columns());
		assertEquals("12", console.navigator().row("sakura-trading.co.jp").get(1));

		MailboxTableBot table = console.navigator().open("sakura-trading.co.jp");
		assertEquals(List.of("メールアドレス", "送信者の名前", "容量 MB", "メールボックス使用量", "送信文字エンコーディング", "受信後のサーバーからの削除", "転送設定",
				"許可/拒否", "ウイルス・スパム拒否", "問題"), table.headers());
		assertEquals("受信後もメールをサーバーに残す", table.cell("support@sakura-trading.co.jp",
				MailboxTableColumn.RETENTION));
		assertEquals("日本語(ISO-2022-JP)", table.cell("support@sakura-trading.co.jp",
				MailboxTableColumn.ENCODING));

		Ui.run(() -> {
			Table swtTable = table.editor().table().viewer().getTable();
			GC gc = new GC(swtTable);
			try {
				for (TableColumn column : swtTable.getColumns()) {
					int needed = gc.textExtent(column.getText()).x + 24; // the sort arrow and padding
					assertTrue(needed <= column.getWidth(), column.getText() + " needs " + needed + " px, has " + column.getWidth());
				}
			} finally {
				gc.dispose();
			}
			assertFalse(sameImage(swtTable, "田", "中"), "kanji are drawn as glyphs, not as the same empty box");
			assertFalse(sameImage(swtTable, "メ", "ル"), "katakana are drawn as glyphs");
		});

		ProblemsViewBot.Row loop = console.problems().waitForRow("forward.loop", "studio@aozora-design.com");
		assertTrue(loop.description().startsWith("メール転送が無限ループになります"), loop.description());
		// The platform's own Problems view, in Japanese through cc.enet.mailbox.nl.ja.ide.
		assertTrue(console.problems().title().startsWith("問題 (エラー 7 件、警告 4 件"), console.problems().title());
		assertEquals(List.of("説明", "リソース", "パス"), console.problems().headers().subList(0, 3));
		assertTrue(loop.description().endsWith(" [forward.loop]"), loop.description());
		List<String> contextMenu = console.problems().contextMenu(loop);
		assertFalse(contextMenu.isEmpty());
		for (String label : contextMenu) {
			assertTrue(Fixtures.JAPANESE.matcher(label).find(), "an English item in the Problems view's menu: " + label + " in " + contextMenu);
		}

		assertEquals(List.of("ドメイン / メールボックス", "種類", "項目", "サーバーの値", "モデルの値", "前回の値", "競合の扱い", "結果"),
				console.review().headers());
		assertEquals(List.of("差分を表示", "すべて読み直す", "適用", "取り込み", "キャンセル"), console.review().buttons());
		Screenshots.take("review-ja");
		assertEquals(List.of("日時", "ユーザー", "サーバー", "変更", "結果", "メッセージ"), console.auditLog().headers());

		// The mailbox form marks a name as it is typed, with the rule's Japanese message.
		MailboxFormBot form = console.navigator().open("sakura-trading.co.jp")
				.openForm("tanaka@sakura-trading.co.jp");
		FormBot.Decoration name = form.typeDisplayName("髙橋").displayNameDecoration();
		assertTrue(name.shows("displayname.unencodable"), name::toString);
		assertTrue(name.message().contains("ISO-2022-JP で送れない文字(髙 U+9AD9 はしごだか)")
				&& name.message().contains("「高橋」(高 U+9AD8 たかい/くちだか)"), name.message());
		Screenshots.take("mailbox-form-ja");
		// The domain form's STARTTLS warning, in Japanese.
		DomainFormBot domain = console.navigator().doubleClickDomain("midori-clinic.jp");
		FormBot.Decoration tls = domain.waitForTls(Protocol.POP3, "tls.starttls", true);
		assertTrue(tls.message().contains("「STARTTLSを使用」が選ばれています"), tls.message());
		Screenshots.take("domain-form-ja");
		assertEquals("STARTTLS", domain.tls(Protocol.POP3));
		// Every value in the guide's words: no literal such as NORMAL_PASSWORD or POP3_TYPE_B on screen.
		assertEquals(List.of("SSL接続", "STARTTLS", "SSL接続なし"), domain.tlsChoices(Protocol.IMAP));
		assertEquals("通常の認証方法", domain.authentication(Protocol.SMTP));
		assertTrue(domain.authenticationChoices(Protocol.SMTP).contains("CRAM-MD5"));
		assertEquals(List.of("なし", "独立メールボックス(POP3)オプション(タイプB)", "旧Eメールパック10"), domain.mailOptionChoices());
		assertTrue(domain.course().endsWith("コース") || domain.course().equals("スタンダードホスティングパック")
				|| domain.course().equals("その他"), domain.course());
		// The IMAP host's confirmation beside its row, in the guide's words; the form fits its editor.
		assertEquals("IMAP のサーバー名をお客様の WEBメール (「環境設定 ⇒ 基本設定」) で確認済み", domain.imapHostConfirmationLabel());
		assertFalse(domain.hasSmtpAuth(Protocol.POP3) || domain.hasSmtpAuth(Protocol.IMAP));
		assertEquals(0, domain.widthBeyondEditor(), "the Japanese form fits its editor");
		assertTrue(console.navigator().row("midori-clinic.jp").get(4).contains("IMAP サーバー名未確認"));
		assertEquals(List.of(), console.navigator().headersCutOff());
		assertEquals(List.of(), console.navigator().cellsCutOff("midori-clinic.jp"));
	}

	/** The contacts' forms in Japanese: a customer's contact, and Enet's on its page. */
	@Test
	void theContactFormsSpeakJapanese() {
		ConsoleBot console = ConsoleBot.console();
		console.openWorkspace(folder.resolve("demo-contacts"));
		CustomerFormBot customer = console.navigator().editCustomer("さくら商事");
		assertEquals("yamamoto@sakura-trading.co.jp", customer.contactAddress());
		FormBot.Decoration address = customer.typeContactAddress("山本 一郎").contactAddressDecoration();
		assertTrue(address.message().contains("「山本 一郎」は正しいメールアドレスではありません"), address.message());
		assertEquals(0, customer.widthBeyondEditor());
		Screenshots.take("customer-contact-ja");
		customer.typeContactAddress("yamamoto@sakura-trading.co.jp");

		EnetContactBot page = EnetContactBot.open(console, "ウィンドウ(W)", "Enet の窓口(C)...");
		assertTrue(page.support().startsWith("Enet サポート窓口"), page.support());
		assertEquals(List.of(), page.pageNamesCutOff(), "the Japanese page names read whole");
		Screenshots.take("enet-contact-ja");
		page.cancel();
	}

	/**
	 * This run starts on the window state the English run saved (the pom keeps its data folder): no view title and
	 * no menu item may still be English.
	 */
	@Test
	@Order(1)
	void afterAnEnglishSessionEveryTitleAndMenuIsJapanese() {
		ConsoleBot console = ConsoleBot.console();
		// First thing, before any view is activated: the tabs as the restored window draws them.
		List<String> tabs = console.tabTitles();
		assertFalse(tabs.isEmpty());
		for (String tab : tabs) {
			assertTrue(Fixtures.JAPANESE.matcher(tab).find(), "an English tab: " + tab + " in " + tabs);
		}
		console.openWorkspace(folder.resolve("demo-titles"));
		console.problems();
		console.review();
		console.auditLog();
		List<String> titles = console.viewTitles();
		assertTrue(titles.containsAll(List.of("顧客", "問題", "変更の確認", "監査ログ")), titles::toString);
		for (String title : titles) {
			assertTrue(Fixtures.JAPANESE.matcher(title).find(), "an English view title: " + title + " in " + titles);
		}
		List<String> menus = console.menuLabels();
		assertTrue(menus.containsAll(List.of("ファイル(F)", "編集(E)", "ウィンドウ(W)")), menus::toString);
		for (String label : menus) {
			assertTrue(Fixtures.JAPANESE.matcher(label).find(), "an English menu item: " + label + " in " + menus);
		}
	}

	@Test
	void theImportPreviewRejectsARowInJapanese() throws Exception {
		ConsoleBot console = ConsoleBot.console();
		console.openWorkspace(folder.resolve("demo-import"));
		Path csv = folder.resolve("bad.csv");
		Files.writeString(csv, "address,quota_mb\r\nnew@sakura-trading.co.jp,たくさん\r\n");
		WizardBot wizard = WizardBot.open(console,
				"メールボックスまたはドメインのインポート (CSV)", "ファイル(F)", "メールボックスのインポート (CSV)...").file(csv).preview();
		assertEquals(List.of(csv + ":2: quota_mb: 「たくさん」は MB 単位の整数ではありません"), wizard.problems());
		assertFalse(wizard.canFinish());
		assertTrue(wizard.summary().startsWith("1 行が不正です"), wizard.summary());
		wizard.cancel();
	}

	private static boolean sameImage(Table table, String a, String b) {
		return Arrays.equals(render(table, a).data, render(table, b).data);
	}

	private static ImageData render(Table table, String text) {
		Image image = new Image(table.getDisplay(), 40, 40);
		GC gc = new GC(image);
		try {
			gc.setFont(table.getFont());
			gc.setBackground(table.getDisplay().getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(0, 0, 40, 40);
			gc.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_BLACK));
			gc.drawText(text, 4, 4, true);
			return image.getImageData();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** What makes a label Japanese. */
	private static final class Fixtures {
		static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
	}

	/** Setup Files and Test Settings in Japanese: the context menu, the dialog, the results view. */
	@Test
	@Order(20)
	void setupFilesAndTestSettingsSpeakJapanese() throws Exception {
		Path ws = folder.resolve("setup-ja");
		MailboxWorkspace workspace = WorkspaceStore.create(ws, "setup-ja");
		Customer customer = MailboxModels.newCustomer("C-400", "さくら商事");
		Domain domain = MailboxModels.newDomain("setup-ja.test");
		domain.getEndpoints().get(0).setHost("pop3.hetemail.jp");
		domain.getEndpoints().get(2).setHost("smtp.hetemail.jp");
		customer.getDomains().add(domain);
		domain.getMailboxes().add(MailboxModels.newMailbox(domain, "tanaka@setup-ja.test"));
		// tested on loopback only: no connection leaves this machine
		Domain local = MailboxModels.newDomain("probe-ja.test");
		local.getEndpoints().forEach(e -> e.setHost("localhost"));
		customer.getDomains().add(local);
		local.getMailboxes().add(MailboxModels.newMailbox(local, "sato@probe-ja.test"));
		workspace.root().getCustomers().add(customer);
		WorkspaceStore.save(workspace);
		ConsoleBot console = ConsoleBot.console();
		console.openWorkspace(ws);
		MailboxTableBot table = console.navigator().open("setup-ja.test");
		table.select("tanaka@setup-ja.test").clickMenu("設定ファイル...");
		SetupFilesBot dialog = SetupFilesBot.waitFor();
		try {
			assertEquals("この形式にはパスワードは入りません。", dialog.passwordNote());
			dialog.format(SetupFormat.SHEET);
			assertTrue(dialog.showsPicture());
			assertEquals("保存されるファイルの内容です。パスワードは含まれません。", dialog.message());
			Screenshots.take("setup-files-ja");
			dialog.client(MailClient.THUNDERBIRD);
			assertTrue(dialog.showsPicture(), "the sheet for Thunderbird 128, shown as its printed page");
			Screenshots.take("setup-files-client-ja");
		} finally {
			dialog.close();
		}
		// nothing listens on localhost:995/993/465 here: every connect fails, in Japanese (DNS: DnsCheckConsoleTest)
		ProbeOptions.preferences().put(ProbeOptions.RESOLVER, ProbeOptions.NO_DNS);
		ProbeResultsBot results;
		try {
			console.navigator().contextMenu("probe-ja.test", "設定をテスト");
			results = console.probeResults().waitUntilDone();
		} finally {
			ProbeOptions.preferences().remove(ProbeOptions.RESOLVER);
		}
		assertEquals(List.of("メールボックス", "プロトコル", "ホスト:ポート", "手順", "結果", "詳細", "ミリ秒"), results.headers());
		Ui.waitUntil("the results are shown", () -> !results.rows().isEmpty());
		assertTrue(results.rows().stream().allMatch(r -> r.result().equals("失敗") && r.step().equals("接続")
				&& r.detail().contains("に接続できません")), results.rows()::toString);
		Screenshots.take("test-settings-ja");

		// the setup mail's dialog, asked before anything is sent (the staff account points nowhere reachable)
		new StaffMailAccount("127.0.0.1", 1, "staff@enet.test", null, null).save(ws);
		table.select("tanaka@setup-ja.test").clickMenu("設定メールの送信(M)...");
		DialogBot ask = DialogBot.waitFor("設定メールの送信");
		assertTrue(ask.texts().contains("お客様の連絡先アドレス:") && ask.texts().contains("メールソフト:"), ask.texts()::toString);
		ask.setText("sendSetup.contact", "連絡先");
		Ui.waitUntil("the address is refused in Japanese", () -> ask.texts().stream()
				.anyMatch(t -> t.contains("連絡先 はメールアドレスではありません")));
		Screenshots.take("send-setup-ja");
		ask.cancel();
	}
}
