package cc.enet.mailbox.connector.ui.review;

import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.Field;
import cc.enet.mailbox.connector.apply.ChangeResult;
import cc.enet.mailbox.connector.apply.Decisions;
import cc.enet.mailbox.connector.plan.PlanEntry;
import cc.enet.mailbox.rules.LookAlikes;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;

/** The review's words for the connector's enums, in the UI's language. */
public final class ReviewLabels {

	private ReviewLabels() {
	}

	public static String kind(PlanEntry.Kind kind) {
		return switch (kind) {
		case CREATE -> ReviewMessages.Kind_create;
		case UPDATE -> ReviewMessages.Kind_update;
		case DELETE -> ReviewMessages.Kind_delete;
		case CONFLICT -> ReviewMessages.Kind_conflict;
		case UNMANAGED -> ReviewMessages.Kind_unmanaged;
		case UNSUPPORTED -> ReviewMessages.Kind_unsupported;
		case REMOVE -> ReviewMessages.Kind_remove;
		};
	}

	public static String field(Field field) {
		return switch (field) {
		case ACCOUNT -> ReviewMessages.Field_account;
		case ENABLED -> ReviewMessages.Field_enabled;
		case INITIAL_PASSWORD -> ReviewMessages.Field_initialPassword;
		case RETENTION -> ReviewMessages.Field_retention;
		case QUOTA -> ReviewMessages.Field_quota;
		case FORWARDING -> ReviewMessages.Field_forwarding;
		case ALLOW_DENY -> ReviewMessages.Field_allowDeny;
		case REJECT_VIRUS -> ReviewMessages.Field_rejectVirus;
		case REJECT_SPAM -> ReviewMessages.Field_rejectSpam;
		case DISPLAY_NAME -> ReviewMessages.Field_displayName;
		case SEND_ENCODING -> ReviewMessages.Field_sendEncoding;
		};
	}

	/** Why an unsupported setting is not applied. */
	public static String reason(PlanEntry.Reason reason) {
		return switch (reason) {
		case CLIENT_SIDE -> ReviewMessages.Reason_clientSide;
		case NOT_SUPPORTED -> ReviewMessages.Reason_notSupported;
		};
	}

	public static String status(ChangeResult.Status status) {
		return switch (status) {
		case DONE -> ReviewMessages.Result_done;
		case FAILED -> ReviewMessages.Result_failed;
		case SKIPPED -> ReviewMessages.Result_skipped;
		case NOT_ATTEMPTED -> ReviewMessages.Result_notAttempted;
		};
	}

	/**
	 * A plan's value as staff name it: an encoding in the guide's words ("日本語(ISO-2022-JP)"), the allow/deny lists
	 * under their names, yes/no, days (see {@link ChangeWords#value}).
	 */
	public static String value(Field field, String value) {
		return ChangeWords.value(field, value);
	}

	/**
	 * A plan's value beside another of the same field: where the two differ by characters that look alike (髙 and
	 * 高), each such character of this value is named by code point and name ("髙橋 (髙 U+9AD9 hashigodaka)").
	 */
	public static String value(Field field, String value, String other) {
		String shown = ChangeWords.value(field, value);
		if (field != Field.DISPLAY_NAME) {
			return shown; // addresses, numbers and choices: nothing that looks alike
		}
		String lookAlikes = LookAlikes.describeDiffering(value, other, Locale.getDefault());
		return lookAlikes.isEmpty() || other == null ? shown : NLS.bind(ReviewMessages.Value_lookAlikes, shown, lookAlikes);
	}

	/** null: leave the conflict alone. */
	public static String decision(Decisions.Take take) {
		return take == null ? ReviewMessages.Decision_leave
				: take == Decisions.Take.MINE ? ReviewMessages.Decision_mine : ReviewMessages.Decision_theirs;
	}

	/** A server that cannot be used at all, named, with what the connector says to do. */
	public static String serverFailure(String server, ConnectorException e) {
		String template = switch (e.kind()) {
		case UNREACHABLE -> ReviewMessages.Review_serverUnreachable;
		case UNAUTHORIZED -> ReviewMessages.Review_serverUnauthorized;
		case UNTRUSTED_CERTIFICATE -> ReviewMessages.Review_serverUntrusted;
		default -> ReviewMessages.Review_serverFailed;
		};
		return NLS.bind(template, server, e.getLocalizedMessage());
	}
}
