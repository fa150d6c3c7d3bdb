package cc.enet.mailbox.james.seed;

import org.apache.james.core.Domain;
import org.apache.james.core.MailAddress;
import org.apache.james.core.Username;
import org.apache.james.core.quota.QuotaSizeLimit;
import org.apache.james.domainlist.api.DomainList;
import org.apache.james.mailbox.quota.MaxQuotaManager;
import org.apache.james.mailbox.quota.UserQuotaRootResolver;
import org.apache.james.rrt.api.RecipientRewriteTable;
import org.apache.james.rrt.lib.Mapping;
import org.apache.james.rrt.lib.MappingSource;
import org.apache.james.sieverepository.api.ScriptContent;
import org.apache.james.sieverepository.api.ScriptName;
import org.apache.james.sieverepository.api.SieveRepository;
import org.apache.james.user.api.UsersRepository;
import org.apache.james.user.api.model.User;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One write of a seeding batch, made with the in-process calls James 3.8.1's own WebAdmin route for it makes, so the
 * server holds exactly what that route leaves (the refresh benchmark compares the two servers line by line):
 * {@code domain} as PUT /domains/D, {@code user} as PUT /users/U, {@code quota-size} as PUT /quota/users/U/size,
 * {@code forward} as PUT /address/forwards/U/targets/T, {@code sieve} as PUT /sieve/U/scripts/N[?activate=true].
 */
final class SeedWriter {

	private final UsersRepository users;
	private final DomainList domains;
	private final MaxQuotaManager maxQuotas;
	private final UserQuotaRootResolver quotaRoots;
	private final RecipientRewriteTable mappings;
	private final SieveRepository sieve;

	SeedWriter(UsersRepository users, DomainList domains, MaxQuotaManager maxQuotas, UserQuotaRootResolver quotaRoots,
			RecipientRewriteTable mappings, SieveRepository sieve) {
		this.users = users;
		this.domains = domains;
		this.maxQuotas = maxQuotas;
		this.quotaRoots = quotaRoots;
		this.mappings = mappings;
		this.sieve = sieve;
	}

	void write(JsonNode write) throws Exception {
		String kind = write.path("kind").asText();
		switch (kind) {
		case "domain" -> domain(Domain.of(text(write, "domain")));
		case "user" -> user(Username.of(text(write, "user")), text(write, "password"));
		case "quota-size" -> quotaSize(existing(text(write, "user")), write.path("size").asLong());
		case "forward" -> forward(new MailAddress(text(write, "user")), new MailAddress(text(write, "target")));
		case "sieve" -> sieve(existing(text(write, "user")), new ScriptName(text(write, "name")),
				new ScriptContent(text(write, "script")), write.path("activate").asBoolean(false));
		default -> throw new IllegalArgumentException("unknown kind of write: " + kind);
		}
	}

	private void domain(Domain domain) throws Exception {
		if (!domains.containsDomain(domain)) {
			domains.addDomain(domain);
		}
	}

	/** Creates the user, or sets the password of one that exists (the route's upsert). */
	private void user(Username name, String password) throws Exception {
		User user = users.getUserByName(name);
		if (user == null) {
			users.addUser(name, password);
		} else {
			user.setPassword(password);
			users.updateUser(user);
		}
	}

	private void quotaSize(Username user, long size) throws Exception {
		if (size < -1) {
			throw new IllegalArgumentException("a quota size is -1 (unlimited) or more: " + size);
		}
		maxQuotas.setMaxStorage(quotaRoots.forUser(user), size == -1 ? QuotaSizeLimit.unlimited() : QuotaSizeLimit.size(size));
	}

	/**
	 * The mapping the route's addForwardMapping ends in, stored directly: its checks (duplicate, loop) each scan
	 * James's in-memory list of every mapping, which made seeding quadratic in the forwards (the seeded data is the
	 * console's plan, checked by the console's rules for loops before).
	 */
	private void forward(MailAddress base, MailAddress target) throws Exception {
		existing(base.asString());
		MappingSource source = MappingSource.fromUser(Username.fromLocalPartWithDomain(base.getLocalPart(), base.getDomain()));
		mappings.addMapping(source, Mapping.forward(target.asString()));
	}

	private void sieve(Username user, ScriptName name, ScriptContent script, boolean activate) throws Exception {
		sieve.putScript(user, name, script);
		if (activate) {
			sieve.setActive(user, name);
		}
	}

	/** The user the routes require to exist before they write a quota, forward or script of theirs. */
	private Username existing(String name) throws Exception {
		Username user = Username.of(name);
		if (!users.contains(user)) {
			throw new IllegalArgumentException("no such user: " + name);
		}
		return user;
	}

	private static String text(JsonNode write, String field) {
		JsonNode value = write.get(field);
		if (value == null || !value.isTextual()) {
			throw new IllegalArgumentException("a " + write.path("kind").asText() + " write needs the text field " + field);
		}
		return value.asText();
	}
}
