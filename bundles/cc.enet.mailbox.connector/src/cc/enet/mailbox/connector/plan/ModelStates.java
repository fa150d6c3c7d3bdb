package cc.enet.mailbox.connector.plan;

import java.util.List;

import cc.enet.mailbox.Filters;
import cc.enet.mailbox.Forwarding;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.MailboxFactory;
import cc.enet.mailbox.ServerState;
import cc.enet.mailbox.connector.MailboxState;
import cc.enet.mailbox.model.MailboxModels;

/** Translates between the EMF model and the server-neutral {@link MailboxState}: desired state, base, pull. */
public final class ModelStates {

	private ModelStates() {
	}

	/** What the model wants the server to hold for this mailbox. */
	public static MailboxState desired(Mailbox mailbox) {
		return new MailboxState(mailbox.getAddress(), mailbox.getQuotaMb(), forwarding(mailbox.getForwarding()),
				filters(mailbox.getFilters()));
	}

	/** What the server held when this mailbox was last applied or pulled, or null if never. */
	public static MailboxState base(Mailbox mailbox, String server) {
		ServerState state = baseOf(mailbox, server);
		return state == null ? null
				: new MailboxState(mailbox.getAddress(), state.getQuotaMb(), forwarding(state.getForwarding()),
						filters(state.getFilters()));
	}

	/** Records {@code state} as the new base of the mailbox for this server. */
	public static void setBase(Mailbox mailbox, String server, MailboxState state) {
		ServerState base = baseOf(mailbox, server);
		if (base == null) {
			base = MailboxFactory.eINSTANCE.createServerState();
			base.setServer(server);
			mailbox.getServerStates().add(base);
		}
		if (state.quotaMb() != null) {
			base.setQuotaMb(state.quotaMb());
		}
		if (state.forwarding() != null) {
			Forwarding forwarding = MailboxFactory.eINSTANCE.createForwarding();
			forwarding.getTargets().addAll(state.forwarding().targets());
			forwarding.setKeepCopy(state.forwarding().keepCopy());
			base.setForwarding(forwarding);
		}
		if (state.filters() != null) {
			base.setFilters(toModel(state.filters()));
		}
	}

	/** Takes server values into the model's own settings (pull, or "take theirs"). */
	public static void takeQuota(Mailbox mailbox, int quotaMb) {
		mailbox.setQuotaMb(quotaMb);
	}

	public static void takeForwarding(Mailbox mailbox, MailboxState.Forwarding value) {
		Forwarding forwarding = MailboxModels.forwarding(mailbox);
		if (!forwarding(forwarding).equals(value)) {
			forwarding.getTargets().clear();
			forwarding.getTargets().addAll(value.targets());
			forwarding.setKeepCopy(value.keepCopy());
		}
	}

	public static void takeFilters(Mailbox mailbox, MailboxState.Filters value, boolean withRejects) {
		Filters filters = MailboxModels.filters(mailbox);
		replace(filters.getAllowAddresses(), value.allowAddresses());
		replace(filters.getAllowDomains(), value.allowDomains());
		replace(filters.getDenyAddresses(), value.denyAddresses());
		replace(filters.getDenyDomains(), value.denyDomains());
		if (withRejects) {
			filters.setRejectVirus(value.rejectVirus());
			filters.setRejectSpam(value.rejectSpam());
		}
	}

	private static void replace(List<String> list, List<String> values) {
		if (!sameSet(list, values)) {
			list.clear();
			list.addAll(values);
		}
	}

	/** Servers keep lists as lower-cased sets: compare the same way, so an equal list is left untouched. */
	private static boolean sameSet(List<String> a, List<String> b) {
		return new java.util.TreeSet<>(a.stream().map(v -> v.toLowerCase(java.util.Locale.ROOT)).toList())
				.equals(new java.util.TreeSet<>(b.stream().map(v -> v.toLowerCase(java.util.Locale.ROOT)).toList()));
	}

	private static ServerState baseOf(Mailbox mailbox, String server) {
		for (ServerState state : mailbox.getServerStates()) {
			if (server.equals(state.getServer())) {
				return state;
			}
		}
		return null;
	}

	static MailboxState.Forwarding forwarding(Forwarding forwarding) {
		return forwarding == null ? new MailboxState.Forwarding(List.of(), false)
				: new MailboxState.Forwarding(forwarding.getTargets(), forwarding.isKeepCopy() && !forwarding.getTargets().isEmpty());
	}

	static MailboxState.Filters filters(Filters filters) {
		return filters == null ? MailboxState.Filters.none()
				: new MailboxState.Filters(filters.getAllowAddresses(), filters.getAllowDomains(),
						filters.getDenyAddresses(), filters.getDenyDomains(), filters.isRejectVirus(), filters.isRejectSpam());
	}

	private static Filters toModel(MailboxState.Filters state) {
		Filters filters = MailboxFactory.eINSTANCE.createFilters();
		filters.getAllowAddresses().addAll(state.allowAddresses());
		filters.getAllowDomains().addAll(state.allowDomains());
		filters.getDenyAddresses().addAll(state.denyAddresses());
		filters.getDenyDomains().addAll(state.denyDomains());
		filters.setRejectVirus(state.rejectVirus());
		filters.setRejectSpam(state.rejectSpam());
		return filters;
	}
}
