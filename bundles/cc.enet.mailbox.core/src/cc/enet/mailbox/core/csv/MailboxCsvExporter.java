package cc.enet.mailbox.core.csv;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cc.enet.mailbox.Filters;
import cc.enet.mailbox.Forwarding;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.Workspace;
import cc.enet.mailbox.model.Addresses;
import cc.enet.mailbox.model.WorkspaceWalk;

/** Writes every mailbox as one CSV row, in address order, with the import's columns and never a password. */
public final class MailboxCsvExporter {

	private MailboxCsvExporter() {
	}

	/** Writes {@code file} atomically, UTF-8 with a BOM for Excel (see {@link CsvFiles}); returns the mailboxes written. */
	public static int writeFile(Workspace workspace, Path file, Charset charset) throws IOException {
		return CsvFiles.writeAtomically(file, charset, writer -> write(workspace, writer));
	}

	public static int write(Workspace workspace, Writer out) throws IOException {
		List<Mailbox> all = WorkspaceWalk.mailboxes(workspace);
		all.sort(Comparator.comparing((Mailbox m) -> String.valueOf(Addresses.domainOf(Addresses.key(m.getAddress()))))
				.thenComparing(m -> Addresses.key(m.getAddress())));
		CsvWriter csv = CsvWriter.csv(out);
		csv.row(MailboxColumn.exported().stream().map(MailboxColumn::header).toList());
		for (Mailbox mailbox : all) {
			csv.row(row(mailbox));
		}
		csv.flush();
		return all.size();
	}

	/** The exported cells of one mailbox, in column order. */
	static List<String> row(Mailbox mailbox) {
		List<String> cells = new ArrayList<>();
		for (MailboxColumn column : MailboxColumn.exported()) {
			cells.add(cell(mailbox, column));
		}
		return cells;
	}

	static String cell(Mailbox m, MailboxColumn column) {
		Forwarding forwarding = m.getForwarding();
		Filters filters = m.getFilters();
		return switch (column) {
		case ADDRESS -> m.getAddress();
		case DISPLAY_NAME -> m.getDisplayName() == null ? "" : m.getDisplayName();
		case QUOTA_MB -> m.isSetQuotaMb() ? String.valueOf(m.getQuotaMb()) : ""; // empty: the server's default
		case SEND_ENCODING -> m.getSendEncoding().getLiteral();
		case RETENTION -> switch (m.getRetention()) {
			case DELETE_AFTER_DOWNLOAD -> "delete";
			case LEAVE_DAYS -> "leave:" + m.getRetentionDays();
			case LEAVE_FOREVER -> "leave";
			};
		case FORWARD_TO -> forwarding == null ? "" : String.join(";", forwarding.getTargets());
		case FORWARD_KEEP_COPY -> yesNo(forwarding != null && forwarding.isKeepCopy());
		case ALLOW_ADDRESSES -> filters == null ? "" : String.join(";", filters.getAllowAddresses());
		case ALLOW_DOMAINS -> filters == null ? "" : String.join(";", filters.getAllowDomains());
		case DENY_ADDRESSES -> filters == null ? "" : String.join(";", filters.getDenyAddresses());
		case DENY_DOMAINS -> filters == null ? "" : String.join(";", filters.getDenyDomains());
		case REJECT_VIRUS -> yesNo(filters != null && filters.isRejectVirus());
		case REJECT_SPAM -> yesNo(filters != null && filters.isRejectSpam());
		case PASSWORD, PASSWORD_HASH -> throw new IllegalArgumentException("passwords and their hashes are never exported");
		};
	}

	private static String yesNo(boolean value) {
		return value ? "yes" : "no";
	}
}
