package cc.enet.mailbox.connector.ui.review;

import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.Field;
import cc.enet.mailbox.connector.apply.ChangeResult;
import cc.enet.mailbox.connector.apply.Decisions;
import cc.enet.mailbox.connector.plan.PlanEntry;
import cc.enet.mailbox.ui.internal.UiMessages;

import org.eclipse.osgi.util.NLS;

/** The review's words for the connector's enums, in the UI's language. */
public final class ReviewLabels {

	private ReviewLabels() {
	}

	public static String kind(PlanEntry.Kind kind) {
		return switch (kind) {
		case CREATE -> UiMessages.Kind_create;
		case UPDATE -> UiMessages.Kind_update;
		case DELETE -> UiMessages.Kind_delete;
		case CONFLICT -> UiMessages.Kind_conflict;
		case UNMANAGED -> UiMessages.Kind_unmanaged;
		case UNSUPPORTED -> UiMessages.Kind_unsupported;
		};
	}

	public static String field(Field field) {
		return switch (field) {
		case ACCOUNT -> UiMessages.Field_account;
		case ENABLED -> UiMessages.Field_enabled;
		case INITIAL_PASSWORD -> UiMessages.Field_initialPassword;
		case RETENTION -> UiMessages.Field_retention;
		case QUOTA -> UiMessages.Field_quota;
		case FORWARDING -> UiMessages.Field_forwarding;
		case ALLOW_DENY -> UiMessages.Field_allowDeny;
		case REJECT_VIRUS -> UiMessages.Field_rejectVirus;
		case REJECT_SPAM -> UiMessages.Field_rejectSpam;
		case DISPLAY_NAME -> UiMessages.Field_displayName;
		case SEND_ENCODING -> UiMessages.Field_sendEncoding;
		};
	}

	/** Why an unsupported setting is not applied. */
	public static String reason(PlanEntry.Reason reason) {
		return switch (reason) {
		case CLIENT_SIDE -> UiMessages.Reason_clientSide;
		case NOT_SUPPORTED -> UiMessages.Reason_notSupported;
		};
	}

	public static String status(ChangeResult.Status status) {
		return switch (status) {
		case DONE -> UiMessages.Result_done;
		case FAILED -> UiMessages.Result_failed;
		case SKIPPED -> UiMessages.Result_skipped;
		case NOT_ATTEMPTED -> UiMessages.Result_notAttempted;
		};
	}

	/**
	 * A plan's value as staff name it: an encoding in the guide's words ("日本語(ISO-2022-JP)"), the allow/deny lists
	 * under their names, yes/no, days (see {@link ChangeWords#value}).
	 */
	public static String value(Field field, String value) {
		return ChangeWords.value(field, value);
	}

	/** null: leave the conflict alone. */
	public static String decision(Decisions.Take take) {
		return take == null ? UiMessages.Decision_leave
				: take == Decisions.Take.MINE ? UiMessages.Decision_mine : UiMessages.Decision_theirs;
	}

	/** A server that cannot be used at all, named, with what the connector says to do. */
	public static String serverFailure(String server, ConnectorException e) {
		String template = switch (e.kind()) {
		case UNREACHABLE -> UiMessages.Review_serverUnreachable;
		case UNAUTHORIZED -> UiMessages.Review_serverUnauthorized;
		case UNTRUSTED_CERTIFICATE -> UiMessages.Review_serverUntrusted;
		default -> UiMessages.Review_serverFailed;
		};
		return NLS.bind(template, server, e.getLocalizedMessage());
	}
}
