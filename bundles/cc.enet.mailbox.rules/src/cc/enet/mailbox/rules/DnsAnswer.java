package cc.enet.mailbox.rules;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a DNS server answered for one domain: its MX records (none, or the domain does not exist) and the A records
 * of the hosts Enet notified for it. Host names are lower case, without the trailing dot.
 *
 * @param hostAddresses each notified host with the addresses seen (empty: no A record)
 */
public record DnsAnswer(String domain, String resolver, Instant at, boolean nxdomain, List<Mx> mx,
		Map<String, List<String>> hostAddresses) {

	/** One MX record; a host of "" is the null MX of RFC 7505 ("this domain takes no mail"). */
	public record Mx(int preference, String host) {
	}

	public DnsAnswer {
		mx = List.copyOf(mx);
		hostAddresses = Map.copyOf(hostAddresses);
	}
}
