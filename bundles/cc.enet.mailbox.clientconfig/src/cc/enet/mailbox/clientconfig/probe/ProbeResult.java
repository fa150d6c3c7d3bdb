package cc.enet.mailbox.clientconfig.probe;

/**
 * One timed step of a probe: {@code connect}, {@code tls}, {@code auth-mechanisms}, {@code login} or {@code send},
 * for one mailbox on one endpoint (the model's host and port, whatever --connect-to redirected to).
 */
public record ProbeResult(String mailbox, String protocol, String host, int port, String step, boolean ok,
		String detail, long ms) {

	public static final String CONNECT = "connect";
	public static final String TLS = "tls";
	public static final String AUTH_MECHANISMS = "auth-mechanisms";
	public static final String LOGIN = "login";
	public static final String SEND = "send";
}
