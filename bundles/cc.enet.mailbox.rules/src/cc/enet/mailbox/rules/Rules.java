package cc.enet.mailbox.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;

import cc.enet.mailbox.rules.constraints.AddressInvalid;
import cc.enet.mailbox.rules.constraints.AllowlistEnet;
import cc.enet.mailbox.rules.constraints.AuthMethodRule;
import cc.enet.mailbox.rules.constraints.DisplayNameNonAscii;
import cc.enet.mailbox.rules.constraints.DisplayNameUnencodable;
import cc.enet.mailbox.rules.constraints.DomainDnsExternal;
import cc.enet.mailbox.rules.constraints.DomainForwardingConflict;
import cc.enet.mailbox.rules.constraints.DomainServer;
import cc.enet.mailbox.rules.constraints.EncodingUtf8;
import cc.enet.mailbox.rules.constraints.EndpointHost;
import cc.enet.mailbox.rules.constraints.FilterConflict;
import cc.enet.mailbox.rules.constraints.FilterEntry;
import cc.enet.mailbox.rules.constraints.FilterSpamAccuracy;
import cc.enet.mailbox.rules.constraints.ForwardAddress;
import cc.enet.mailbox.rules.constraints.ForwardKeepCopy;
import cc.enet.mailbox.rules.constraints.ForwardLimit;
import cc.enet.mailbox.rules.constraints.ForwardLoop;
import cc.enet.mailbox.rules.constraints.ForwardSelf;
import cc.enet.mailbox.rules.constraints.MailboxDuplicate;
import cc.enet.mailbox.rules.constraints.PortMismatch;
import cc.enet.mailbox.rules.constraints.QuotaInvalid;
import cc.enet.mailbox.rules.constraints.RetentionUnbounded;
import cc.enet.mailbox.rules.constraints.SmtpAuthRequired;
import cc.enet.mailbox.rules.constraints.TlsRequired;
import cc.enet.mailbox.rules.constraints.TlsStarttls;

/** Every rule of the guide, in the order the docs list them; new rules go last so that diagnostic codes stay. */
public final class Rules {

	private static final List<Constraint<?>> ALL = List.of(new TlsRequired(), new TlsStarttls(), new PortMismatch(),
			new AuthMethodRule(), new SmtpAuthRequired(), new ForwardLimit(), new ForwardAddress(), new ForwardSelf(),
			new ForwardLoop(), new ForwardKeepCopy(), new RetentionUnbounded(), new DisplayNameNonAscii(),
			new DisplayNameUnencodable(), new EncodingUtf8(), new AllowlistEnet(), new FilterConflict(),
			new FilterSpamAccuracy(), new DomainForwardingConflict(), new DomainDnsExternal(), new MailboxDuplicate(),
			new AddressInvalid(), new EndpointHost(), new FilterEntry(), new QuotaInvalid(),
			new DomainServer());

	private static final Map<EClass, List<Constraint<?>>> BY_CLASS = new ConcurrentHashMap<>();

	private Rules() {
	}

	public static List<Constraint<?>> all() {
		return ALL;
	}

	public static Optional<Constraint<?>> byId(String id) {
		return ALL.stream().filter(c -> c.id().equals(id)).findFirst();
	}

	/** The rules that check objects of {@code eClass}, computed once per class. */
	public static List<Constraint<?>> forClass(EClass eClass) {
		return BY_CLASS.computeIfAbsent(eClass, c -> {
			List<Constraint<?>> applicable = new ArrayList<>();
			for (Constraint<?> constraint : ALL) {
				if (constraint.appliesTo(c)) {
					applicable.add(constraint);
				}
			}
			return List.copyOf(applicable);
		});
	}

	/** The diagnostic code of a rule: its position in {@link #all()}, stable as long as the list only grows. */
	public static int codeOf(String id) {
		for (int i = 0; i < ALL.size(); i++) {
			if (ALL.get(i).id().equals(id)) {
				return i + 1;
			}
		}
		return 0;
	}
}
