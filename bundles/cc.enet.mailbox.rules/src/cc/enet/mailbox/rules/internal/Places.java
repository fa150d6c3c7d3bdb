package cc.enet.mailbox.rules.internal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.ServiceEndpoint;

/** Names the place of a finding the way staff read it: mailbox, domain and a dotted field path. */
public final class Places {

	private Places() {
	}

	public static String mailboxOf(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof Mailbox mailbox) {
				return mailbox.getAddress();
			}
		}
		return null;
	}

	public static String domainOf(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof Domain domain) {
				return domain.getName();
			}
		}
		return null;
	}

	/** The path from the enclosing mailbox or domain down to the feature, e.g. "defaults.filters.allowDomains". */
	public static String featurePath(EObject object, EStructuralFeature feature) {
		StringBuilder path = new StringBuilder(feature == null ? "" : feature.getName());
		for (EObject o = object; o != null && !(o instanceof Mailbox) && !(o instanceof Domain); o = o.eContainer()) {
			String step = o.eContainmentFeature() == null ? "" : o.eContainmentFeature().getName();
			if (o instanceof ServiceEndpoint endpoint) {
				step = step + "[" + endpoint.getProtocol() + "]";
			}
			path.insert(0, path.isEmpty() ? step : step + ".");
		}
		return path.toString();
	}
}
