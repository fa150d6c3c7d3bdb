package cc.enet.mailbox.ui.probe;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

import cc.enet.mailbox.clientconfig.probe.ConnectTo;

/**
 * What the CLI's --connect-to and --cacert say, for the console: routes to a server before DNS moves to it and an
 * extra trust anchor, kept in the console's preferences ({@value #CONNECT_TO}, {@value #CACERT}).
 */
public record ProbeOptions(List<ConnectTo> routes, Path cacert, Duration timeout) {

	public static final String CONNECT_TO = "probe.connectTo";
	public static final String CACERT = "probe.cacert";
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
		return new ProbeOptions(routes, file, Duration.ofSeconds(seconds));
	}
}
