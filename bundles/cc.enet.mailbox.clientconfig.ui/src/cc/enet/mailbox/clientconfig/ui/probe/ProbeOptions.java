package cc.enet.mailbox.clientconfig.ui.probe;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

import cc.enet.mailbox.clientconfig.probe.ConnectTo;
import cc.enet.mailbox.clientconfig.probe.DnsProber;

/**
 * What the CLI's --connect-to, --cacert and --resolver say, for the console: routes to a server before DNS moves to
 * it, an extra trust anchor and the DNS server of the DNS step, kept in the console's preferences ({@value #CONNECT_TO},
 * {@value #CACERT}, {@value #RESOLVER}).
 */
public record ProbeOptions(List<ConnectTo> routes, Path cacert, Duration timeout, String resolver) {

	public static final String CONNECT_TO = "probe.connectTo";
	public static final String CACERT = "probe.cacert";
	/**
	 * The DNS server the DNS step asks (HOST:PORT), {@code system} for the machine's (the default), or {@code none} for
	 * no DNS step.
	 */
	public static final String RESOLVER = "probe.resolver";
	public static final String NO_DNS = "none";

	/** Seconds a step may wait for the server (connect, each read); 15 as the CLI. */
	public static final String TIMEOUT_SECONDS = "probe.timeoutSeconds";

	public static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode("cc.enet.mailbox.ui");
	}

	/** @throws IllegalArgumentException naming the preference when a route or the certificate file is unusable */
	public static ProbeOptions load() {
		List<ConnectTo> routes = new ArrayList<>();
		for (String route : preferences().get(CONNECT_TO, "").trim().split("\\s+")) {
			if (!route.isEmpty()) {
				routes.add(ConnectTo.parse(route));
			}
		}
		String cacert = preferences().get(CACERT, "").trim();
		Path file = cacert.isEmpty() ? null : Path.of(cacert);
		if (file != null && !Files.isReadable(file)) {
			throw new IllegalArgumentException(CACERT + ": cannot read " + file);
		}
		int seconds = preferences().getInt(TIMEOUT_SECONDS, 15);
		if (seconds < 1) {
			throw new IllegalArgumentException(TIMEOUT_SECONDS + ": " + seconds + " is not a number of seconds");
		}
		String resolver = preferences().get(RESOLVER, DnsProber.SYSTEM).trim();
		return new ProbeOptions(routes, file, Duration.ofSeconds(seconds),
				resolver.isEmpty() || resolver.equals(NO_DNS) ? null : resolver);
	}
}
