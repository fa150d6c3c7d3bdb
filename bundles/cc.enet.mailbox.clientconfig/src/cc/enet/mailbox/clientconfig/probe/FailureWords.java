package cc.enet.mailbox.clientconfig.probe;

import java.util.Locale;

import cc.enet.mailbox.clientconfig.internal.ClientConfigText;

/** Why a connection, a read or a login failed, in words (told by the exception's type, see {@link ProbeFailure}). */
final class FailureWords {

	private final int timeoutMs;
	private final Locale locale;

	FailureWords(int timeoutMs, Locale locale) {
		this.timeoutMs = timeoutMs;
		this.locale = locale;
	}

	/** An unknown host, a timeout, a refused or unroutable port; else the failure's own message. */
	String reason(Throwable e, String host, int port) {
		return switch (ProbeFailure.of(e)) {
		case UNKNOWN_HOST -> t("probe.reason.unknownHost", host);
		case TIMEOUT -> t("probe.reason.timeout", host + ":" + port, seconds());
		case REFUSED -> t("probe.reason.refused", host + ":" + port);
		case NO_ROUTE -> t("probe.reason.noRoute", host);
		default -> String.valueOf(e.getMessage());
		};
	}

	/** The probe's timeout in whole seconds, as the texts print it. */
	String seconds() {
		return String.valueOf(Math.max(1, timeoutMs / 1000));
	}

	private String t(String key, Object... arguments) {
		return ClientConfigText.get(locale, key, arguments);
	}
}
