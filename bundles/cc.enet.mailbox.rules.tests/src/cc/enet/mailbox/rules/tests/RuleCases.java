package cc.enet.mailbox.rules.tests;

import static cc.enet.mailbox.rules.Severity.ERROR;
import static cc.enet.mailbox.rules.Severity.INFO;
import static cc.enet.mailbox.rules.Severity.WARNING;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.eclipse.emf.ecore.EObject;

import cc.enet.mailbox.AuthMethod;
import cc.enet.mailbox.MailOption;
import cc.enet.mailbox.Protocol;
import cc.enet.mailbox.Retention;
import cc.enet.mailbox.SendEncoding;
import cc.enet.mailbox.ServiceEndpoint;
import cc.enet.mailbox.TlsMode;
import cc.enet.mailbox.model.MailboxModels;
import cc.enet.mailbox.rules.Severity;

/** For every rule: situations that break it, and the nearest situations that do not. */
final class RuleCases {

	private RuleCases() {
	}

	/**
	 * A situation that breaks {@code rule}: what the finding on {@code target} must say.
	 *
	 * @param specifics text both the English and the Japanese message must carry
	 * @param total     how many findings of the rule the whole workspace has
	 */
	record Firing(String rule, String situation, Consumer<Fixture> setup, Function<Fixture, EObject> target,
			Severity severity, String mailbox, String domain, String featurePath, String messageKey,
			List<String> specifics, int total) {

		Firing times(int count) {
			return new Firing(rule, situation, setup, target, severity, mailbox, domain, featurePath, messageKey,
					specifics, count);
		}

		@Override
		public String toString() {
			return rule + ": " + situation;
		}
	}

	/** The nearest situation that must not break {@code rule}. */
	record Quiet(String rule, String situation, Consumer<Fixture> setup) {
		@Override
		public String toString() {
			return rule + ": " + situation;
		}
	}

	private static Firing fires(String rule, String situation, Consumer<Fixture> setup,
			Function<Fixture, EObject> target, Severity severity, String mailbox, String domain, String featurePath,
			String messageKey, String... specifics) {
		return new Firing(rule, situation, setup, target, severity, mailbox, domain, featurePath, messageKey,
				List.of(specifics), 1);
	}

	private static Quiet quiet(String rule, String situation, Consumer<Fixture> setup) {
		return new Quiet(rule, situation, setup);
	}

	static void set(ServiceEndpoint endpoint, TlsMode tls, int port) {
		endpoint.setTls(tls);
		endpoint.setPort(port);
	}

	private static Function<Fixture, EObject> endpointOf(String domain, Protocol protocol) {
		return f -> f.endpoint(domain, protocol);
	}

	private static Consumer<Fixture> endpoint(String domain, Protocol protocol, TlsMode tls, int port) {
		return f -> set(f.endpoint(domain, protocol), tls, port);
	}

	static String[] targets(int count) {
		return IntStream.rangeClosed(1, count).mapToObj(i -> "dest" + i + "@abc.co.jp").toArray(String[]::new);
	}

	static List<Firing> firing() {
		return List.of(
				// tls.required
				fires("tls.required", "POP3 without TLS on port 110", endpoint("x.jp", Protocol.POP3, TlsMode.NONE, 110),
						endpointOf("x.jp", Protocol.POP3), ERROR, null, "x.jp", "endpoints[POP3].tls", "tls.required",
						"POP3", "110"),
				fires("tls.required", "SMTP without TLS on port 25", endpoint("y.jp", Protocol.SMTP, TlsMode.NONE, 25),
						endpointOf("y.jp", Protocol.SMTP), ERROR, null, "y.jp", "endpoints[SMTP].tls", "tls.required",
						"SMTP", "25"),
				// tls.starttls
				fires("tls.starttls", "SMTP with STARTTLS on port 25", endpoint("x.jp", Protocol.SMTP, TlsMode.STARTTLS, 25),
						endpointOf("x.jp", Protocol.SMTP), ERROR, null, "x.jp", "endpoints[SMTP].tls", "tls.starttls",
						"SMTP", "465"),
				fires("tls.starttls", "IMAP with STARTTLS on port 143",
						endpoint("z.jp", Protocol.IMAP, TlsMode.STARTTLS, 143), endpointOf("z.jp", Protocol.IMAP), ERROR,
						null, "z.jp", "endpoints[IMAP].tls", "tls.starttls", "IMAP", "993"),
				// port.mismatch
				fires("port.mismatch", "IMAP with implicit TLS on port 143",
						endpoint("x.jp", Protocol.IMAP, TlsMode.IMPLICIT, 143), endpointOf("x.jp", Protocol.IMAP), ERROR,
						null, "x.jp", "endpoints[IMAP].port", "port.mismatch", "IMAP", "143", "993"),
				fires("port.mismatch", "POP3 with implicit TLS on port 110",
						endpoint("x.jp", Protocol.POP3, TlsMode.IMPLICIT, 110), endpointOf("x.jp", Protocol.POP3), ERROR,
						null, "x.jp", "endpoints[POP3].port", "port.mismatch", "POP3", "110", "995"),
				fires("port.mismatch", "SMTP without TLS on the TLS-only port 465",
						endpoint("x.jp", Protocol.SMTP, TlsMode.NONE, 465), endpointOf("x.jp", Protocol.SMTP), ERROR,
						null, "x.jp", "endpoints[SMTP].port", "port.mismatch.notls", "SMTP", "465"),
				// auth.method
				fires("auth.method", "POP3 with APOP",
						f -> f.endpoint("x.jp", Protocol.POP3).setAuthentication(AuthMethod.APOP),
						endpointOf("x.jp", Protocol.POP3), ERROR, null, "x.jp", "endpoints[POP3].authentication",
						"auth.method", "POP3", "APOP"),
				fires("auth.method", "SMTP with CRAM-MD5",
						f -> f.endpoint("y.jp", Protocol.SMTP).setAuthentication(AuthMethod.CRAM_MD5),
						endpointOf("y.jp", Protocol.SMTP), ERROR, null, "y.jp", "endpoints[SMTP].authentication",
						"auth.method", "SMTP", "CRAM-MD5"),
				// smtp.auth.required
				fires("smtp.auth.required", "SMTP without SMTP AUTH",
						f -> f.endpoint("x.jp", Protocol.SMTP).setSmtpAuth(false), endpointOf("x.jp", Protocol.SMTP),
						ERROR, null, "x.jp", "endpoints[SMTP].smtpAuth", "smtp.auth.required", Models.SMTP_HOST),
				// forward.limit
				fires("forward.limit", "11 destinations", f -> Fixture.forward(f.a, targets(11)),
						f -> f.a.getForwarding(), ERROR, "a@x.jp", "x.jp", "forwarding.targets", "forward.limit", "11",
						"10"),
				// forward.address
				fires("forward.address", "destination with two @", f -> Fixture.forward(f.a, "b@y.jp", "tanaka@@abc.co.jp"),
						f -> f.a.getForwarding(), ERROR, "a@x.jp", "x.jp", "forwarding.targets", "forward.address",
						"tanaka@@abc.co.jp"),
				fires("forward.address", "destination without a domain", f -> Fixture.forward(f.b, "tanaka"),
						f -> f.b.getForwarding(), ERROR, "b@y.jp", "y.jp", "forwarding.targets", "forward.address",
						"tanaka"),
				// forward.self
				fires("forward.self", "mailbox forwarding to its own address in upper case",
						f -> Fixture.forward(f.a, "b@y.jp", "A@X.JP"), f -> f.a.getForwarding(), ERROR, "a@x.jp", "x.jp",
						"forwarding.targets", "forward.self", "a@x.jp"),
				// forward.loop
				fires("forward.loop", "a@x.jp and b@y.jp forward to each other", f -> {
					Fixture.forward(f.a, "b@y.jp");
					Fixture.forward(f.b, "a@x.jp");
				}, f -> f.a.getForwarding(), ERROR, "a@x.jp", "x.jp", "forwarding.targets", "forward.loop",
						"a@x.jp \u2192 b@y.jp \u2192 a@x.jp").times(2),
				// forward.keepcopy
				fires("forward.keepcopy", "a copy is kept while forwarding", f -> {
					Fixture.forward(f.a, "b@y.jp");
					f.a.getForwarding().setKeepCopy(true);
				}, f -> f.a.getForwarding(), WARNING, "a@x.jp", "x.jp", "forwarding.keepCopy", "forward.keepcopy"),
				// retention.unbounded
				fires("retention.unbounded", "mail left on the server for ever", f -> f.a.setRetention(Retention.LEAVE_FOREVER),
						f -> f.a, ERROR, "a@x.jp", "x.jp", "retention", "retention.unbounded"),
				fires("retention.unbounded", "leave on the server for 0 days", f -> {
					f.a.setRetention(Retention.LEAVE_DAYS);
					f.a.setRetentionDays(0);
				}, f -> f.a, ERROR, "a@x.jp", "x.jp", "retentionDays", "retention.unbounded.days", "0"),
				fires("retention.unbounded", "the domain's default leaves mail for ever",
						f -> f.domain("y.jp").getDefaults().setRetention(Retention.LEAVE_FOREVER),
						f -> f.domain("y.jp").getDefaults(), ERROR, null, "y.jp", "defaults.retention",
						"retention.unbounded"),
				// displayname.nonascii
				fires("displayname.nonascii", "kanji name 田中 太郎 (information only: the guide allows kanji)",
						f -> f.a.setDisplayName("田中 太郎"), f -> f.a, INFO,
						"a@x.jp", "x.jp", "displayName", "displayname.nonascii", "田中 太郎"),
				// displayname.unencodable
				fires("displayname.unencodable", "髙 (hashigodaka) in 髙橋", f -> f.a.setDisplayName("髙橋 一郎"), f -> f.a,
						ERROR, "a@x.jp", "x.jp", "displayName", "displayname.unencodable", "髙橋 一郎", "(髙 U+9AD9 ", "高橋 一郎",
						"(高 U+9AD8 "),
				fires("displayname.unencodable", "﨑 (tatsusaki) in 山﨑", f -> f.a.setDisplayName("山﨑"), f -> f.a, ERROR,
						"a@x.jp", "x.jp", "displayName", "displayname.unencodable", "山﨑", "(﨑 U+FA11 ", "(崎 U+5D0E "),
				fires("displayname.unencodable", "circled digit ①", f -> f.a.setDisplayName("営業部①"), f -> f.a, ERROR,
						"a@x.jp", "x.jp", "displayName", "displayname.unencodable", "営業部①", "(①)"),
				fires("displayname.unencodable", "an emoji", f -> f.a.setDisplayName("Taro \uD83D\uDE00"), f -> f.a, ERROR,
						"a@x.jp", "x.jp", "displayName", "displayname.unencodable", "Taro \uD83D\uDE00", "(\uD83D\uDE00)"),
				fires("displayname.unencodable", "half-width katakana ｱ", f -> f.a.setDisplayName("ｱｵｷ 商店"), f -> f.a, ERROR,
						"a@x.jp", "x.jp", "displayName", "displayname.unencodable", "ｱｵｷ 商店", "ｱ"),
				fires("displayname.unencodable", "Windows wave dash ～ (Java sends it as ?)", f -> f.a.setDisplayName("営業部～東京"),
						f -> f.a, ERROR, "a@x.jp", "x.jp", "displayName", "displayname.unencodable", "(～ U+FF5E ",
						"営業部〜東京", "(〜 U+301C "),
				fires("displayname.unencodable", "Windows full-width minus and horizontal bar ―",
						f -> f.a.setDisplayName("東京－本社―営業"), f -> f.a, ERROR, "a@x.jp", "x.jp", "displayName",
						"displayname.unencodable", "(－ U+FF0D ", "― U+2015 ", "東京−本社—営業"),
				fires("displayname.unencodable", "a no-break space, shown by its code", f -> f.a.setDisplayName("Taro\u00A0Tanaka"),
						f -> f.a, ERROR, "a@x.jp", "x.jp", "displayName", "displayname.unencodable", "(U+00A0)",
						"Taro Tanaka"),
				fires("displayname.unencodable", "a zero-width joiner, shown by its code",
						f -> f.a.setDisplayName("田中\u200D太郎"), f -> f.a, ERROR, "a@x.jp", "x.jp", "displayName",
						"displayname.unencodable", "(U+200D)", "田中太郎"),
				fires("displayname.unencodable", "decomposed ガ as a Mac writes it (not NFC)",
						f -> f.a.setDisplayName("カ\u3099ス"), f -> f.a, ERROR, "a@x.jp", "x.jp", "displayName",
						"displayname.unencodable.nfc", "カ\u3099ス"),
				fires("displayname.unencodable", "several bad characters, each named once",
						f -> f.a.setDisplayName("髙橋①髙"), f -> f.a, ERROR, "a@x.jp", "x.jp", "displayName",
						"displayname.unencodable", "(髙 U+9AD9 ", "①)"),
				// encoding.utf8
				fires("encoding.utf8", "mailbox sends UTF-8", f -> f.a.setSendEncoding(SendEncoding.UTF_8), f -> f.a, WARNING,
						"a@x.jp", "x.jp", "sendEncoding", "encoding.utf8", "UTF-8", "ISO-2022-JP"),
				fires("encoding.utf8", "the domain's default sends UTF-8",
						f -> f.domain("x.jp").getDefaults().setSendEncoding(SendEncoding.UTF_8),
						f -> f.domain("x.jp").getDefaults(), WARNING, null, "x.jp", "defaults.sendEncoding",
						"encoding.utf8", "UTF-8"),
				// allowlist.enet
				fires("allowlist.enet", "mailbox allow list lacks enet.cc",
						f -> Fixture.filters(f.a).getAllowDomains().remove("enet.cc"), f -> f.a.getFilters(), WARNING,
						"a@x.jp", "x.jp", "filters.allowDomains", "allowlist.enet", "enet.cc"),
				fires("allowlist.enet", "the domain's default allow list is empty",
						f -> f.domain("z.jp").getDefaults().getFilters().getAllowDomains().clear(),
						f -> f.domain("z.jp").getDefaults().getFilters(), WARNING, null, "z.jp",
						"defaults.filters.allowDomains", "allowlist.enet", "enet-corp.com, enet.cc, enetj.com"),
				fires("allowlist.enet", "mailbox without any filters", f -> f.b.setFilters(null), f -> f.b, WARNING,
						"b@y.jp", "y.jp", "filters", "allowlist.enet", "enet-corp.com, enet.cc, enetj.com"),
				// filter.conflict
				fires("filter.conflict", "address allowed and denied (other case)", f -> {
					Fixture.filters(f.a).getAllowAddresses().add("boss@abc.co.jp");
					Fixture.filters(f.a).getDenyAddresses().add("Boss@abc.co.jp");
				}, f -> f.a.getFilters(), WARNING, "a@x.jp", "x.jp", "filters.denyAddresses", "filter.conflict",
						"Boss@abc.co.jp"),
				fires("filter.conflict", "an Enet domain allowed and denied",
						f -> Fixture.filters(f.a).getDenyDomains().add("enet.cc"), f -> f.a.getFilters(), WARNING, "a@x.jp",
						"x.jp", "filters.denyDomains", "filter.conflict", "enet.cc"),
				// filter.spam.accuracy
				fires("filter.spam.accuracy", "spam rejection on", f -> Fixture.filters(f.c).setRejectSpam(true),
						f -> f.c.getFilters(), INFO, "c@z.jp", "z.jp", "filters.rejectSpam", "filter.spam.accuracy"),
				// domain.forwarding.conflict
				fires("domain.forwarding.conflict", "course forwarding with the POP3 option",
						f -> f.domain("x.jp").setCourseFreeForwarding(true), f -> f.domain("x.jp"), ERROR, null, "x.jp",
						"courseFreeForwarding", "domain.forwarding.conflict", "(POP3)"),
				fires("domain.forwarding.conflict", "course forwarding with E-mail pack 10", f -> {
					f.domain("y.jp").setMailOption(MailOption.EMAIL_PACK_10);
					f.domain("y.jp").setCourseFreeForwarding(true);
				}, f -> f.domain("y.jp"), ERROR, null, "y.jp", "courseFreeForwarding", "domain.forwarding.conflict",
						"10"),
				// domain.dns.external
				fires("domain.dns.external", "MX moved to another server", f -> f.domain("z.jp").setDnsExternal(true),
						f -> f.domain("z.jp"), WARNING, null, "z.jp", "dnsExternal", "domain.dns.external", "z.jp"),
				// mailbox.duplicate
				fires("mailbox.duplicate", "the same address twice in one domain, in other case", f -> f.add("A@x.jp"),
						f -> f.a, ERROR, "a@x.jp", "x.jp", "address", "mailbox.duplicate", "a@x.jp", "2").times(2),
				// address.invalid
				fires("address.invalid", "mailbox address with two dots in a row", f -> f.a.setAddress("a..b@x.jp"),
						f -> f.a, ERROR, "a..b@x.jp", "x.jp", "address", "address.invalid", "a..b@x.jp"),
				fires("address.invalid", "mailbox address without @", f -> f.a.setAddress("tanaka"), f -> f.a, ERROR,
						"tanaka", "x.jp", "address", "address.invalid", "tanaka"),
				fires("address.invalid", "domain name with an underscore", f -> f.domain("z.jp").setName("z_z.jp"),
						f -> f.c.getDomain(), ERROR, null, "z_z.jp", "name", "address.invalid.domain", "z_z.jp"),
				fires("address.invalid", "mailbox filed under another domain", f -> f.a.setAddress("a@y.jp"), f -> f.a,
						ERROR, "a@y.jp", "x.jp", "address", "address.invalid.otherdomain", "a@y.jp", "x.jp"),
				// endpoint.host
				fires("endpoint.host", "POP3 server not notified yet (empty)", f -> f.endpoint("x.jp", Protocol.POP3).setHost(""),
						endpointOf("x.jp", Protocol.POP3), ERROR, null, "x.jp", "endpoints[POP3].host", "endpoint.host",
						"POP3"),
				fires("endpoint.host", "SMTP server of a new domain (no guessed smtp.<domain>)", f -> {
					f.domain("y.jp").getEndpoints().clear();
					f.domain("y.jp").getEndpoints().addAll(MailboxModels.newDomain("y.jp").getEndpoints());
					f.endpoint("y.jp", Protocol.POP3).setHost(Models.POP3_HOST);
				}, endpointOf("y.jp", Protocol.SMTP), ERROR, null, "y.jp", "endpoints[SMTP].host", "endpoint.host", "SMTP"),
				fires("endpoint.host", "a host name with a space", f -> f.endpoint("x.jp", Protocol.IMAP).setHost("imap4 .hetemail.jp"),
						endpointOf("x.jp", Protocol.IMAP), ERROR, null, "x.jp", "endpoints[IMAP].host",
						"endpoint.host.invalid", "IMAP", "imap4 .hetemail.jp"),
				fires("endpoint.host", "a host outside Enet's list (a guess) is questioned", f -> {
					f.workspace.getEnetHosts().addAll(List.of(Models.POP3_HOST, "imap4.hetemail.jp", Models.SMTP_HOST));
					f.endpoint("z.jp", Protocol.SMTP).setHost("smtp.z.jp");
				}, endpointOf("z.jp", Protocol.SMTP), WARNING, null, "z.jp", "endpoints[SMTP].host",
						"endpoint.host.unknown", "SMTP", "smtp.z.jp"),
				// filter.entry
				fires("filter.entry", "@enet.cc on the domain allow list", f -> {
					Fixture.filters(f.a).getAllowDomains().remove("enet.cc");
					Fixture.filters(f.a).getAllowDomains().add("@enet.cc");
				}, f -> f.a.getFilters(), ERROR, "a@x.jp", "x.jp", "filters.allowDomains", "filter.entry.domain", "@enet.cc"),
				fires("filter.entry", "enet..cc on the domain deny list", f -> Fixture.filters(f.b).getDenyDomains().add("spam..jp"),
						f -> f.b.getFilters(), ERROR, "b@y.jp", "y.jp", "filters.denyDomains", "filter.entry.domain", "spam..jp"),
				fires("filter.entry", "a web address on the domain deny list",
						f -> Fixture.filters(f.b).getDenyDomains().add("http://spam.example.com/"), f -> f.b.getFilters(), ERROR,
						"b@y.jp", "y.jp", "filters.denyDomains", "filter.entry.domain", "http://spam.example.com/"),
				fires("filter.entry", "a name with a space on the mail allow list",
						f -> Fixture.filters(f.c).getAllowAddresses().add("boss @abc.co.jp"), f -> f.c.getFilters(), ERROR,
						"c@z.jp", "z.jp", "filters.allowAddresses", "filter.entry", "boss @abc.co.jp"),
				fires("filter.entry", "a domain on the mail deny list", f -> Fixture.filters(f.c).getDenyAddresses().add("spam.jp"),
						f -> f.c.getFilters(), ERROR, "c@z.jp", "z.jp", "filters.denyAddresses", "filter.entry",
						"spam.jp"),
				// quota.invalid
				fires("quota.invalid", "a quota of 0 MB", f -> f.a.setQuotaMb(0), f -> f.a, ERROR, "a@x.jp", "x.jp", "quotaMb",
						"quota.invalid", "0"),
				fires("quota.invalid", "a negative quota on the domain's default",
						f -> f.domain("y.jp").getDefaults().setQuotaMb(-5), f -> f.domain("y.jp").getDefaults(), ERROR, null,
						"y.jp", "defaults.quotaMb", "quota.invalid", "-5"),
				// domain.server
				fires("domain.server", "two servers and a domain that names neither", f -> {
					f.servers("a", "b");
					f.domain("x.jp").setServer("a");
					f.domain("y.jp").setServer("b");
				}, f -> f.domain("z.jp"), WARNING, null, "z.jp", "server", "domain.server", "z.jp"),
				fires("domain.server", "a domain naming a server the workspace does not define", f -> {
					f.servers("a");
					f.domain("y.jp").setServer("old-a");
				}, f -> f.domain("y.jp"), WARNING, null, "y.jp", "server", "domain.server.unknown", "y.jp", "old-a"),
				fires("domain.server", "notified hosts served by two servers", f -> {
					f.servers("a").getHostNames().add("pop3.x.jp");
					f.servers("b").getHostNames().add("smtp.x.jp");
					f.endpoint("x.jp", Protocol.POP3).setHost("pop3.x.jp");
					f.endpoint("x.jp", Protocol.SMTP).setHost("smtp.x.jp");
					f.domain("y.jp").setServer("a");
					f.domain("z.jp").setServer("a");
				}, f -> f.domain("x.jp"), WARNING, null, "x.jp", "server", "domain.server.ambiguous", "x.jp", "a, b"));
	}

	static List<Quiet> quiet() {
		return List.of(
				quiet("tls.required", "IMAP with implicit TLS on an odd port (port.mismatch reports it)",
						endpoint("x.jp", Protocol.IMAP, TlsMode.IMPLICIT, 10993)),
				quiet("tls.required", "POP3 with STARTTLS on 110 (tls.starttls reports it)",
						endpoint("x.jp", Protocol.POP3, TlsMode.STARTTLS, 110)),
				quiet("tls.starttls", "SMTP with implicit TLS on the plain port 25 (port.mismatch reports it)",
						endpoint("x.jp", Protocol.SMTP, TlsMode.IMPLICIT, 25)),
				quiet("tls.starttls", "SMTP without TLS on 25 (tls.required reports it)",
						endpoint("x.jp", Protocol.SMTP, TlsMode.NONE, 25)),
				quiet("port.mismatch", "POP3 back from STARTTLS on 110 to SSL on 995", f -> {
					set(f.endpoint("x.jp", Protocol.POP3), TlsMode.STARTTLS, 110);
					set(f.endpoint("x.jp", Protocol.POP3), TlsMode.IMPLICIT, 995);
				}),
				quiet("port.mismatch", "SMTP with STARTTLS on the submission port 587 (tls.starttls reports it)",
						endpoint("x.jp", Protocol.SMTP, TlsMode.STARTTLS, 587)),
				quiet("port.mismatch", "POP3 without TLS on the plain port 110",
						endpoint("x.jp", Protocol.POP3, TlsMode.NONE, 110)),
				quiet("port.mismatch", "IMAP with STARTTLS on the plain port 143",
						endpoint("x.jp", Protocol.IMAP, TlsMode.STARTTLS, 143)),
				quiet("auth.method", "normal password on an endpoint without TLS (tls.required reports it)", f -> {
					set(f.endpoint("x.jp", Protocol.POP3), TlsMode.NONE, 110);
					f.endpoint("x.jp", Protocol.POP3).setAuthentication(AuthMethod.NORMAL_PASSWORD);
				}),
				quiet("smtp.auth.required", "POP3 and IMAP with the SMTP AUTH flag off", f -> {
					f.endpoint("x.jp", Protocol.POP3).setSmtpAuth(false);
					f.endpoint("x.jp", Protocol.IMAP).setSmtpAuth(false);
				}),
				quiet("forward.limit", "exactly 10 destinations", f -> Fixture.forward(f.a, targets(10))),
				quiet("forward.address", "valid destinations: plus tag, sub-domain, hyphen",
						f -> Fixture.forward(f.a, "sato+news@abc.co.jp", "Taro.Tanaka@mail.sub-1.example.com", "b@y.jp")),
				quiet("forward.self", "destination in the same domain", f -> {
					f.add("d@x.jp");
					Fixture.forward(f.a, "d@x.jp");
				}),
				quiet("forward.self", "keep-copy instead of the own address", f -> {
					Fixture.forward(f.a, "b@y.jp");
					f.a.getForwarding().setKeepCopy(true);
				}),
				quiet("forward.loop", "chain a→b→c with no way back", f -> {
					Fixture.forward(f.a, "b@y.jp");
					Fixture.forward(f.b, "c@z.jp");
				}),
				quiet("forward.loop", "two mailboxes forwarding to the same third one", f -> {
					Fixture.forward(f.a, "c@z.jp");
					Fixture.forward(f.b, "c@z.jp", "a@x.jp");
				}),
				quiet("forward.loop", "a mailbox forwarding to itself only (forward.self reports it)",
						f -> Fixture.forward(f.a, "a@x.jp")),
				quiet("forward.keepcopy", "keep-copy off while forwarding", f -> {
					Fixture.forward(f.a, "b@y.jp");
					f.a.getForwarding().setKeepCopy(false);
				}),
				quiet("forward.keepcopy", "keep-copy on without destinations", f -> f.a.getForwarding().setKeepCopy(true)),
				quiet("retention.unbounded", "leave on the server for 14 days", f -> {
					f.a.setRetention(Retention.LEAVE_DAYS);
					f.a.setRetentionDays(14);
				}),
				quiet("retention.unbounded", "leave on the server for 1 day", f -> {
					f.a.setRetention(Retention.LEAVE_DAYS);
					f.a.setRetentionDays(1);
				}),
				quiet("retention.unbounded", "delete after download with 0 days left over from before", f -> {
					f.a.setRetention(Retention.DELETE_AFTER_DOWNLOAD);
					f.a.setRetentionDays(0);
				}),
				quiet("displayname.nonascii", "ASCII name", f -> f.a.setDisplayName("Taro Tanaka (Sales)")),
				quiet("displayname.nonascii", "ASCII with the JIS-Roman-safe symbols ~ and -", f -> f.a.setDisplayName("Sales - Tokyo ~HQ~")),
				quiet("displayname.nonascii", "unencodable name (the error is reported instead)",
						f -> f.a.setDisplayName("髙橋")),
				quiet("displayname.nonascii", "empty name", f -> f.a.setDisplayName("")),
				quiet("displayname.unencodable", "田中 太郎", f -> f.a.setDisplayName("田中 太郎")),
				quiet("displayname.unencodable", "JIS wave dash, minus sign, em dash and double bar",
						f -> f.a.setDisplayName("営業部〜東京−本社—営業‖")),
				quiet("displayname.unencodable", "an ideographic space between family and given name", f -> f.a.setDisplayName("田中\u3000太郎")),
				quiet("displayname.unencodable", "standard kanji 高橋, 山崎, 渡邊, 齋藤", f -> f.a.setDisplayName("高橋 山崎 渡邊 齋藤")),
				quiet("displayname.unencodable", "full-width katakana and JIS symbols",
						f -> f.a.setDisplayName("タナカ・タロウ（営業部）〜＠")),
				quiet("displayname.unencodable", "no display name", f -> f.a.setDisplayName(null)),
				quiet("encoding.utf8", "UTF-8 switched back to ISO-2022-JP for a Japanese sender name", f -> {
					f.a.setDisplayName("田中 太郎");
					f.a.setSendEncoding(SendEncoding.UTF_8);
					f.a.setSendEncoding(SendEncoding.ISO_2022_JP);
				}),
				quiet("allowlist.enet", "all three Enet domains, in other case, among others", f -> {
					Fixture.filters(f.a).getAllowDomains().clear();
					Fixture.filters(f.a).getAllowDomains().addAll(List.of("abc.co.jp", "ENET-CORP.COM", "Enet.cc", "enetj.com"));
				}),
				quiet("filter.conflict", "different entries on the allow and deny lists", f -> {
					Fixture.filters(f.a).getAllowAddresses().add("boss@abc.co.jp");
					Fixture.filters(f.a).getDenyAddresses().add("spam@abc.co.jp");
					Fixture.filters(f.a).getDenyDomains().add("spam.example.com");
				}),
				quiet("filter.spam.accuracy", "spam rejection off, virus rejection on", f -> {
					Fixture.filters(f.a).setRejectSpam(false);
					Fixture.filters(f.a).setRejectVirus(true);
				}),
				quiet("domain.forwarding.conflict", "per-mailbox forwarding in webmail with the POP3 option",
						f -> Fixture.forward(f.a, "b@y.jp")),
				quiet("domain.forwarding.conflict", "course forwarding on without a mail option", f -> {
					f.domain("x.jp").setMailOption(MailOption.NONE);
					f.domain("x.jp").setCourseFreeForwarding(true);
				}),
				quiet("domain.dns.external", "mail forwarded to a domain hosted elsewhere (that domain moved, not this one)",
						f -> Fixture.forward(f.a, "tanaka@gmail.com")),
				quiet("mailbox.duplicate", "the same local part in two domains", f -> f.add("a@y.jp")),
				quiet("address.invalid", "dots, plus tag and hyphens", f -> {
					f.a.setAddress("taro.tanaka+news@x.jp");
					f.b.setAddress("B-2@Y.JP");
				}),
				quiet("endpoint.host", "a notified host in other case, on Enet's list",
						f -> {
							f.workspace.getEnetHosts().addAll(List.of("POP3.hetemail.jp", "imap4.hetemail.jp", Models.SMTP_HOST));
							f.endpoint("x.jp", Protocol.POP3).setHost("pop3.HETEMAIL.jp");
						}),
				quiet("endpoint.host", "any host name while the workspace lists no Enet hosts",
						f -> f.endpoint("x.jp", Protocol.SMTP).setHost("smtp.x.jp")),
				quiet("filter.entry", "entries with sub-domains, plus tags and upper case", f -> {
					Fixture.filters(f.a).getAllowAddresses().add("Taro.Tanaka+news@mail.abc.co.jp");
					Fixture.filters(f.a).getDenyDomains().add("Spam.Example.COM");
				}),
				quiet("quota.invalid", "a quota of 1 MB", f -> f.a.setQuotaMb(1)),
				quiet("domain.server", "one server: every domain without a server lives on it", f -> f.servers("only")),
				quiet("domain.server", "two servers: a named server, and one found by the notified hosts", f -> {
					f.servers("a", "b").getHostNames().add("pop3.z.jp");
					f.endpoint("z.jp", Protocol.POP3).setHost("POP3.z.jp");
					f.domain("x.jp").setServer("a");
					f.domain("y.jp").setServer(" b ");
				}));
	}
}
