package cc.enet.mailbox.connector.plan;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import cc.enet.mailbox.Filters;
import cc.enet.mailbox.Forwarding;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.MailboxFactory;
import cc.enet.mailbox.MailboxPackage;
import cc.enet.mailbox.Retention;
import cc.enet.mailbox.SendEncoding;
import cc.enet.mailbox.ServerState;
import cc.enet.mailbox.connector.Field;
import cc.enet.mailbox.connector.MailboxState;
import cc.enet.mailbox.model.MailboxModels;

/**
 * Translates between the EMF model and the server-neutral {@link MailboxState}, field by field: the desired state,
 * the saved base per server, and taking a server's value into the model (pull, "take theirs").
 */
public final class ModelStates {

	private ModelStates() {
	}

	/** What the model wants a server to hold for this mailbox: every field. */
	public static MailboxState desired(Mailbox mailbox) {
		Map<Field, Object> values = new EnumMap<>(Field.class);
		values.put(Field.ACCOUNT, Boolean.TRUE);
		values.put(Field.ENABLED, mailbox.isEnabled());
		values.put(Field.INITIAL_PASSWORD, Boolean.TRUE);
		values.put(Field.DISPLAY_NAME, mailbox.getDisplayName() == null ? "" : mailbox.getDisplayName());
		// no quota of its own: the server's default stands, and the console neither sets nor reports one
		values.put(Field.QUOTA, mailbox.isSetQuotaMb() ? mailbox.getQuotaMb() : null);
		values.put(Field.SEND_ENCODING, (mailbox.getSendEncoding() == null ? SendEncoding.ISO_2022_JP : mailbox.getSendEncoding()).getLiteral());
		values.put(Field.RETENTION, retentionDays(mailbox));
		values.put(Field.FORWARDING, forwarding(mailbox.getForwarding()));
		MailboxState.Filters filters = filters(mailbox.getFilters());
		values.put(Field.ALLOW_DENY, filters.listsOnly());
		values.put(Field.REJECT_VIRUS, filters.rejectVirus());
		values.put(Field.REJECT_SPAM, filters.rejectSpam());
		return new MailboxState(mailbox.getAddress(), values);
	}

	/** Days a server keeps mail: only "leave N days" limits it; after-download deletion is the client's part. */
	static int retentionDays(Mailbox mailbox) {
		return mailbox.getRetention() == Retention.LEAVE_DAYS && mailbox.getRetentionDays() > 0 ? mailbox.getRetentionDays() : 0;
	}

	/** What the server held when this mailbox was last applied or pulled (only the fields saved), or null if never. */
	public static MailboxState base(Mailbox mailbox, String server) {
		ServerState state = baseOf(mailbox, server);
		if (state == null) {
			return null;
		}
		Map<Field, Object> values = new EnumMap<>(Field.class);
		values.put(Field.ACCOUNT, Boolean.TRUE);
		values.put(Field.ENABLED, state.getEnabled());
		values.put(Field.INITIAL_PASSWORD, state.getPasswordSet());
		values.put(Field.DISPLAY_NAME, state.getDisplayName());
		if (state.eIsSet(MailboxPackage.Literals.SERVER_STATE__QUOTA_MB)) {
			values.put(Field.QUOTA, state.getQuotaMb());
		}
		values.put(Field.SEND_ENCODING, state.getSendEncoding());
		values.put(Field.RETENTION, state.getRetentionDays());
		values.put(Field.FORWARDING, state.getForwarding() == null ? null : forwarding(state.getForwarding()));
		values.put(Field.ALLOW_DENY, state.getFilters() == null ? null : filters(state.getFilters()).listsOnly());
		values.put(Field.REJECT_VIRUS, state.getRejectVirus());
		values.put(Field.REJECT_SPAM, state.getRejectSpam());
		return new MailboxState(mailbox.getAddress(), values);
	}

	/** Forgets the mailbox's base for this server: the server no longer holds the mailbox. */
	public static void removeBase(Mailbox mailbox, String server) {
		ServerState base = baseOf(mailbox, server);
		if (base != null) {
			mailbox.getServerStates().remove(base);
		}
	}

	/** Records the known fields of {@code state} in the mailbox's base for this server; unknown ones keep their old value. */
	public static void setBase(Mailbox mailbox, String server, MailboxState state) {
		ServerState base = baseOf(mailbox, server);
		if (base == null) {
			base = MailboxFactory.eINSTANCE.createServerState();
			base.setServer(server);
			mailbox.getServerStates().add(base);
		}
		for (Field field : Field.SETTINGS) {
			Object value = state.get(field);
			if (value != null) {
				setBase(base, field, value);
			}
		}
	}

	private static void setBase(ServerState base, Field field, Object value) {
		switch (field) {
		case ACCOUNT -> {
			// the ServerState itself says the account was there
		}
		case ENABLED -> base.setEnabled((Boolean) value);
		case INITIAL_PASSWORD -> base.setPasswordSet((Boolean) value);
		case DISPLAY_NAME -> base.setDisplayName((String) value);
		case QUOTA -> base.setQuotaMb((Integer) value);
		case SEND_ENCODING -> base.setSendEncoding((String) value);
		case RETENTION -> base.setRetentionDays((Integer) value);
		case FORWARDING -> {
			MailboxState.Forwarding state = (MailboxState.Forwarding) value;
			Forwarding forwarding = MailboxFactory.eINSTANCE.createForwarding();
			forwarding.getTargets().addAll(state.targets());
			forwarding.setKeepCopy(state.keepCopy());
			base.setForwarding(forwarding);
		}
		case ALLOW_DENY -> base.setFilters(toModel((MailboxState.Filters) value));
		case REJECT_VIRUS -> base.setRejectVirus((Boolean) value);
		case REJECT_SPAM -> base.setRejectSpam((Boolean) value);
		}
	}

	/**
	 * Takes a server's value of one field into the model's own settings (pull, or "take theirs"). A value the model
	 * already has is left untouched, so no command is recorded for it. The password is never taken: there is nothing
	 * to take.
	 */
	public static void take(Mailbox mailbox, Field field, Object value) {
		if (value == null || value.equals(desired(mailbox).get(field))) {
			return;
		}
		switch (field) {
		case ACCOUNT, INITIAL_PASSWORD -> {
			// existence and passwords are not settings the model takes from a server
		}
		case ENABLED -> mailbox.setEnabled((Boolean) value);
		case DISPLAY_NAME -> mailbox.setDisplayName(((String) value).isEmpty() ? null : (String) value);
		case QUOTA -> mailbox.setQuotaMb((Integer) value);
		case SEND_ENCODING -> {
			SendEncoding encoding = SendEncoding.get((String) value);
			if (encoding != null) {
				mailbox.setSendEncoding(encoding);
			}
		}
		case RETENTION -> takeRetention(mailbox, (Integer) value);
		case FORWARDING -> takeForwarding(mailbox, (MailboxState.Forwarding) value);
		case ALLOW_DENY -> takeLists(mailbox, (MailboxState.Filters) value);
		case REJECT_VIRUS -> MailboxModels.filters(mailbox).setRejectVirus((Boolean) value);
		case REJECT_SPAM -> MailboxModels.filters(mailbox).setRejectSpam((Boolean) value);
		}
	}

	private static void takeRetention(Mailbox mailbox, int days) {
		if (days > 0) {
			mailbox.setRetention(Retention.LEAVE_DAYS);
			mailbox.setRetentionDays(days);
		} else if (mailbox.getRetention() == Retention.LEAVE_DAYS) {
			mailbox.setRetention(Retention.LEAVE_FOREVER);
		}
	}

	public static void takeQuota(Mailbox mailbox, int quotaMb) {
		take(mailbox, Field.QUOTA, quotaMb);
	}

	public static void takeForwarding(Mailbox mailbox, MailboxState.Forwarding value) {
		Forwarding forwarding = MailboxModels.forwarding(mailbox);
		if (!forwarding(forwarding).equals(value)) {
			forwarding.getTargets().clear();
			forwarding.getTargets().addAll(value.targets());
			forwarding.setKeepCopy(value.keepCopy());
		}
	}

	private static void takeLists(Mailbox mailbox, MailboxState.Filters value) {
		Filters filters = MailboxModels.filters(mailbox);
		replace(filters.getAllowAddresses(), value.allowAddresses());
		replace(filters.getAllowDomains(), value.allowDomains());
		replace(filters.getDenyAddresses(), value.denyAddresses());
		replace(filters.getDenyDomains(), value.denyDomains());
	}

	private static void replace(List<String> list, List<String> values) {
		if (!sameSet(list, values)) {
			list.clear();
			list.addAll(values);
		}
	}

	/** Servers keep lists as lower-cased sets: compare the same way, so an equal list is left untouched. */
	private static boolean sameSet(List<String> a, List<String> b) {
		return new TreeSet<>(a.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList())
				.equals(new TreeSet<>(b.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList()));
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
		return filters;
	}
}
