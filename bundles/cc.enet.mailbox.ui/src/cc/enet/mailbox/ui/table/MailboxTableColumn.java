package cc.enet.mailbox.ui.table;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import cc.enet.mailbox.Retention;
import cc.enet.mailbox.model.EnumLabels;
import cc.enet.mailbox.Filters;
import cc.enet.mailbox.Forwarding;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.clientconfig.probe.QuotaUsage;
import cc.enet.mailbox.ui.session.ProbeOutcomes;
import cc.enet.mailbox.ui.session.ConsoleSession.Findings;
import cc.enet.mailbox.ui.text.Counted;
import cc.enet.mailbox.ui.internal.UiMessages;

/** The mailbox table's columns: header, width, the text of a cell, and how the column sorts. */
public enum MailboxTableColumn {
	ADDRESS(UiMessages.Column_address, 230, false),
	DISPLAY_NAME(UiMessages.Column_displayName, 150, false),
	QUOTA(UiMessages.Column_quota, 80, true),
	/** From the last Test Settings of the mailbox; empty until it was tested. */
	QUOTA_USAGE(UiMessages.Column_quotaUsage, 170, true),
	ENCODING(UiMessages.Column_encoding, 190, false),
	RETENTION(UiMessages.Column_retention, 250, false),
	FORWARDING(UiMessages.Column_forwarding, 260, false),
	FILTERS(UiMessages.Column_filters, 200, false),
	SPAM_VIRUS(UiMessages.Column_spamVirus, 170, false),
	PROBLEMS(UiMessages.Column_problems, 70, true);

	private final String header;
	private final int width;
	private final boolean numeric;

	MailboxTableColumn(String header, int width, boolean numeric) {
		this.header = header;
		this.width = width;
		this.numeric = numeric;
	}

	/**
	 * The column showing a finding's field ("displayName", "forwarding.targets", "filters.rejectSpam", ...): the
	 * Problems view goes there; a field no column shows goes to the problems count.
	 */
	public static MailboxTableColumn of(String featurePath) {
		String path = featurePath == null ? "" : featurePath;
		String first = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
		return switch (first) {
		case "address" -> ADDRESS;
		case "displayName" -> DISPLAY_NAME;
		case "quotaMb" -> QUOTA;
		case "sendEncoding" -> ENCODING;
		case "retention", "retentionDays" -> RETENTION;
		case "forwarding" -> FORWARDING;
		case "filters" -> path.endsWith("rejectVirus") || path.endsWith("rejectSpam") ? SPAM_VIRUS : FILTERS;
		default -> PROBLEMS;
		};
	}

	public String header() {
		return header;
	}

	public int width() {
		return width;
	}

	public boolean isNumeric() {
		return numeric;
	}

	/** The number a numeric column sorts by. */
	public long number(Mailbox m, Findings findings) {
		return switch (this) {
		case QUOTA -> m.isSetQuotaMb() ? m.getQuotaMb() : -1;
		case PROBLEMS -> findings.problemsOf(m);
		case QUOTA_USAGE -> {
			QuotaUsage usage = ProbeOutcomes.quota(m);
			yield usage == null ? -1 : usage.usedKb() * 1000 / usage.limitKb();
		}
		default -> 0;
		};
	}

	public String text(Mailbox m, Findings findings) {
		return switch (this) {
		case ADDRESS -> nonNull(m.getAddress());
		case DISPLAY_NAME -> nonNull(m.getDisplayName());
		// blank: no quota of its own, the server's default applies and the console neither sets nor prints one
		case QUOTA -> m.isSetQuotaMb() ? Integer.toString(m.getQuotaMb()) : "";
		case ENCODING -> EnumLabels.label(m.getSendEncoding());
		case RETENTION -> retention(m);
		case FORWARDING -> forwarding(m.getForwarding());
		case FILTERS -> filters(m.getFilters());
		case SPAM_VIRUS -> spamVirus(m.getFilters());
		case PROBLEMS -> {
			int count = findings.problemsOf(m);
			yield !findings.complete() ? "\u2026" : count == 0 ? "" : Integer.toString(count);
		}
		case QUOTA_USAGE -> {
			QuotaUsage usage = ProbeOutcomes.quota(m);
			yield usage == null ? "" : usage.label();
		}
		};
	}

	static String retention(Mailbox m) {
		if (m.getRetention() == null) {
			return "";
		}
		return switch (m.getRetention()) {
		case DELETE_AFTER_DOWNLOAD -> EnumLabels.label(Retention.DELETE_AFTER_DOWNLOAD);
		case LEAVE_DAYS -> Counted.bind(UiMessages.Retention_leaveDays, Integer.valueOf(m.getRetentionDays()));
		case LEAVE_FOREVER -> EnumLabels.label(Retention.LEAVE_FOREVER);
		};
	}

	static String forwarding(Forwarding forwarding) {
		if (forwarding == null || forwarding.getTargets().isEmpty() && !forwarding.isKeepCopy()) {
			return "";
		}
		String targets = String.join(", ", forwarding.getTargets());
		return forwarding.isKeepCopy() ? NLS.bind(UiMessages.Forwarding_keepCopy, targets) : targets;
	}

	static String filters(Filters filters) {
		if (filters == null) {
			return "";
		}
		List<String> parts = new ArrayList<>(4);
		count(parts, UiMessages.Filters_allowAddresses, filters.getAllowAddresses().size());
		count(parts, UiMessages.Filters_allowDomains, filters.getAllowDomains().size());
		count(parts, UiMessages.Filters_denyAddresses, filters.getDenyAddresses().size());
		count(parts, UiMessages.Filters_denyDomains, filters.getDenyDomains().size());
		return String.join(UiMessages.List_separator, parts);
	}

	private static void count(List<String> parts, String pattern, int size) {
		if (size > 0) {
			parts.add(Counted.bind(pattern, Integer.valueOf(size)));
		}
	}

	static String spamVirus(Filters filters) {
		if (filters == null || !filters.isRejectSpam() && !filters.isRejectVirus()) {
			return UiMessages.SpamVirus_off;
		}
		if (filters.isRejectSpam() && filters.isRejectVirus()) {
			return UiMessages.SpamVirus_both;
		}
		return filters.isRejectSpam() ? UiMessages.SpamVirus_spam : UiMessages.SpamVirus_virus;
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}
}
