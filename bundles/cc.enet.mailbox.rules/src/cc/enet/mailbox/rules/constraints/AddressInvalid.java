package cc.enet.mailbox.rules.constraints;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.MailboxPackage.Literals;
import cc.enet.mailbox.model.Addresses;
import cc.enet.mailbox.rules.Constraint;
import cc.enet.mailbox.rules.RuleContext;
import cc.enet.mailbox.rules.Severity;

/** A malformed address or domain name, or a mailbox filed under a domain that is not its own. */
public final class AddressInvalid extends Constraint<EObject> {
	public AddressInvalid() {
		super("address.invalid", Severity.ERROR, null);
	}

	@Override
	public boolean appliesTo(EClass eClass) {
		return eClass == Literals.DOMAIN || eClass == Literals.MAILBOX;
	}

	@Override
	protected void check(EObject object, RuleContext context) {
		if (object instanceof Domain domain) {
			if (!Addresses.isValidDomain(domain.getName())) {
				context.reportWithMessage("address.invalid.domain", domain, Literals.DOMAIN__NAME, String.valueOf(domain.getName()));
			}
		} else if (object instanceof Mailbox mailbox) {
			String address = mailbox.getAddress();
			if (!Addresses.isValidAddress(address)) {
				context.report(mailbox, Literals.MAILBOX__ADDRESS, String.valueOf(address));
			} else if (mailbox.getDomain() != null && Addresses.isValidDomain(mailbox.getDomain().getName())
					&& !Addresses.key(mailbox.getDomain().getName()).equals(Addresses.domainOf(address))) {
				context.reportWithMessage("address.invalid.otherdomain", mailbox, Literals.MAILBOX__ADDRESS, address,
						mailbox.getDomain().getName());
			}
		}
	}
}
