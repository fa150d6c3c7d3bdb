package cc.enet.mailbox.clientconfig.probe;

/** The DNS server did not answer in time (or answered with a failure): nothing is known about the domain. */
public final class DnsUnansweredException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String resolver;
	private final String domain;

	public DnsUnansweredException(String resolver, String domain, String message, Throwable cause) {
		super(message, cause);
		this.resolver = resolver;
		this.domain = domain;
	}

	public String resolver() {
		return resolver;
	}

	public String domain() {
		return domain;
	}
}
