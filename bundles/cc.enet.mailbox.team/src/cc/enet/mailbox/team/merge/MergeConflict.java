package cc.enet.mailbox.team.merge;

/**
 * One field that both sides changed since their common base, to different values: never resolved silently. {@code
 * place} is the mailbox address, the domain name, "customer ID", "server NAME" or "workspace"; {@code field} the
 * field's path there ("quotaMb", "forwarding.targets", "endpoints[POP3].port"), or {@value #EXISTS} when one side
 * removed what the other changed. Values are shown as text ("-" for none).
 */
public record MergeConflict(String place, String field, String base, String mine, String theirs) {

	/** The field of a conflict about an object's existence: removed on one side, changed on the other. */
	public static final String EXISTS = "exists";

	/** "place:field", the name a decision is given for. */
	public String key() {
		return place + ":" + field;
	}
}
