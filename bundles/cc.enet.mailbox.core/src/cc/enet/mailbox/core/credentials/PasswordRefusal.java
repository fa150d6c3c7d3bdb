package cc.enet.mailbox.core.credentials;

/**
 * Why an initial password will not be sent to a server: none is stored, or it was given to another server
 * ({@code givenTo} and {@code asking} are "'NAME' at scheme://host:port pin ..."), or it is a hash in a
 * {@code scheme} this server cannot verify. Known before anything is written, so the plan shows it and apply refuses
 * the mailbox up front.
 */
public record PasswordRefusal(String address, Reason reason, String givenTo, String asking, String scheme) {

	public enum Reason {
		NONE_STORED, GIVEN_ELSEWHERE, HASH_NOT_TAKEN
	}

	static PasswordRefusal noneStored(String address) {
		return new PasswordRefusal(address, Reason.NONE_STORED, null, null, null);
	}

	static PasswordRefusal givenElsewhere(String address, String givenTo, String asking) {
		return new PasswordRefusal(address, Reason.GIVEN_ELSEWHERE, givenTo, asking, null);
	}

	static PasswordRefusal hashNotTaken(String address, String scheme) {
		return new PasswordRefusal(address, Reason.HASH_NOT_TAKEN, null, null, scheme);
	}
}
