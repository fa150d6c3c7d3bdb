package cc.enet.mailbox.core.store;

import java.util.Map;

/**
 * Parser settings for workspace files: no DOCTYPE, hence no entity (an external one could read any file or URL,
 * a nested one could fill the memory). EMF's own XMI never has a DOCTYPE, so no real workspace is refused.
 */
final class SafeXml {

	private SafeXml() {
	}

	static Map<String, Boolean> parserFeatures() {
		return Map.of("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE,
				"http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
				"http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE,
				"http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
	}
}
