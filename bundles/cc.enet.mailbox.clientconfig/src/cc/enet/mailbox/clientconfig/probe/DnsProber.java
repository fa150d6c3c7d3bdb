package cc.enet.mailbox.clientconfig.probe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import javax.naming.CommunicationException;
import javax.naming.Context;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.clientconfig.internal.ClientConfigText;
import cc.enet.mailbox.rules.DnsAnswer;
import cc.enet.mailbox.rules.DnsVerdict;

/**
 * Asks a DNS server for a domain's MX records and the A records of the hosts Enet notified for it, through the JDK's
 * own DNS provider (JNDI {@code dns:}): a chosen server, or the system's as /etc/resolv.conf names them, each query
 * with a time-out doubled on each retry. Never caches: every check asks again.
 */
public final class DnsProber {

	/** The word that names the system's DNS servers where a resolver is asked for. */
	public static final String SYSTEM = "system";

	private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|\\[?[0-9a-f:.]*:[0-9a-f:.]*\\]?");

	private final String resolver;
	private final String host;
	private final int port;
	private final String providerUrl;
	private final Duration timeout;
	private final int tries;
	private final Locale locale;

	/**
	 * @param resolver HOST:PORT, or null (or {@value #SYSTEM}) for the system's DNS servers
	 * @param timeout the wait for the first try; each further try waits twice as long as the one before
	 * @throws IllegalArgumentException when {@code resolver} is not HOST:PORT
	 */
	public DnsProber(String resolver, Duration timeout, int tries, Locale locale) {
		this.timeout = timeout;
		this.tries = tries;
		this.locale = locale;
		if (resolver != null && !resolver.equals(SYSTEM)) {
			int colon = resolver.lastIndexOf(':');
			String host = colon > 0 ? resolver.substring(0, colon) : "";
			int port = colon > 0 ? port(resolver.substring(colon + 1)) : -1;
			if (host.isBlank() || port < 1 || port > 65535) {
				throw new IllegalArgumentException(ClientConfigText.get(locale, "dns.badResolver", resolver));
			}
			this.host = host;
			this.port = port;
			this.resolver = host + ":" + port;
			this.providerUrl = "dns://" + host + ":" + port;
		} else {
			List<String> servers = systemServers();
			this.host = servers.isEmpty() ? "system" : servers.get(0);
			this.port = 53;
			this.resolver = servers.isEmpty() ? "system" : "system (" + String.join(", ", servers) + ")";
			this.providerUrl = servers.isEmpty() ? null
					: String.join(" ", servers.stream().map(s -> "dns://" + (s.contains(":") ? "[" + s + "]" : s)).toList());
		}
	}

	/** The server asked, as the model records it. */
	public String resolver() {
		return resolver;
	}

	/** The (first) server's host and port, for a probe step's report. */
	public String host() {
		return host;
	}

	public int port() {
		return port;
	}

	/** How long one query may take at most, all retries included. */
	public Duration longestWait() {
		return timeout.multipliedBy((1L << tries) - 1);
	}

	/**
	 * The domain's MX records and its notified hosts' A records.
	 *
	 * @throws DnsUnansweredException when the server did not answer in time or answered with a failure
	 */
	public DnsAnswer ask(Domain domain) throws DnsUnansweredException {
		String name = DnsVerdict.normal(domain.getName());
		Instant at = Instant.now();
		Thread thread = Thread.currentThread();
		ClassLoader before = thread.getContextClassLoader();
		// the JDK's DNS provider lives in a platform module: JNDI finds its factory through the context class loader
		thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
		DirContext context = null;
		try {
			context = new InitialDirContext(environment());
			boolean nxdomain = false;
			List<DnsAnswer.Mx> mx = new ArrayList<>();
			try {
				for (String value : values(context, name, "MX")) {
					mx.add(mx(value));
				}
			} catch (NameNotFoundException e) {
				nxdomain = true;
			}
			Map<String, List<String>> hosts = new LinkedHashMap<>();
			for (String host : DnsVerdict.notifiedHosts(domain)) {
				if (IP_LITERAL.matcher(host).matches()) {
					hosts.put(host, List.of(host)); // an address already: nothing to ask
					continue;
				}
				try {
					hosts.put(host, values(context, host, "A"));
				} catch (NameNotFoundException e) {
					hosts.put(host, List.of());
				}
			}
			return new DnsAnswer(name, resolver, at, nxdomain, mx, hosts);
		} catch (CommunicationException e) {
			throw new DnsUnansweredException(resolver, name, ClientConfigText.get(locale, "dns.unanswered", resolver,
					name, longestWait().toMillis() / 1000.0, tries, String.valueOf(e.getMessage())), e);
		} catch (NamingException e) {
			// an answer, but a failure (REFUSED, SERVFAIL): nothing known about the domain either
			throw new DnsUnansweredException(resolver, name,
					ClientConfigText.get(locale, "dns.failed", resolver, name, String.valueOf(e.getMessage())), e);
		} finally {
			thread.setContextClassLoader(before);
			close(context);
		}
	}

	private Hashtable<String, Object> environment() {
		Hashtable<String, Object> env = new Hashtable<>();
		env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.dns.DnsContextFactory");
		if (providerUrl != null) {
			env.put(Context.PROVIDER_URL, providerUrl);
		}
		env.put("com.sun.jndi.dns.timeout.initial", String.valueOf(timeout.toMillis()));
		// the provider's "retries" is the number of tries, each waiting twice as long as the one before
		env.put("com.sun.jndi.dns.timeout.retries", String.valueOf(tries));
		env.put("com.sun.jndi.dns.recursion", "true");
		return env;
	}

	/** The values of one record type; empty when the name exists without such records. */
	private static List<String> values(DirContext context, String name, String type) throws NamingException {
		Attributes attributes = context.getAttributes(name + ".", new String[] { type });
		Attribute attribute = attributes.get(type);
		List<String> values = new ArrayList<>();
		if (attribute != null) {
			NamingEnumeration<?> all = attribute.getAll();
			while (all.hasMore()) {
				values.add(String.valueOf(all.next()).strip());
			}
		}
		return values;
	}

	/** "10 mx.example.net." as preference and host; the null MX "0 ." as an empty host. */
	private static DnsAnswer.Mx mx(String value) {
		String[] parts = value.split("\\s+");
		int preference = parts.length > 1 ? port(parts[0]) : 0;
		String host = DnsVerdict.normal(parts[parts.length - 1]);
		return new DnsAnswer.Mx(Math.max(preference, 0), host);
	}

	/** The name servers /etc/resolv.conf lists (none where there is no such file). */
	private static List<String> systemServers() {
		Path file = Path.of("/etc/resolv.conf");
		List<String> servers = new ArrayList<>();
		try {
			if (Files.isReadable(file)) {
				for (String line : Files.readAllLines(file)) {
					String[] parts = line.strip().split("\\s+");
					if (parts.length >= 2 && parts[0].equals("nameserver")) {
						servers.add(parts[1]);
					}
				}
			}
		} catch (IOException e) {
			// JNDI then asks the platform's own configuration
		}
		return servers;
	}

	private static int port(String text) {
		try {
			return Integer.parseInt(text.strip());
		} catch (NumberFormatException e) {
			return -1;
		}
	}

	private static void close(DirContext context) {
		if (context != null) {
			try {
				context.close();
			} catch (NamingException ignored) {
				// nothing held
			}
		}
	}
}
