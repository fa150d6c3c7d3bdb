package cc.enet.mailbox.connector.james;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import cc.enet.mailbox.connector.Capabilities;
import cc.enet.mailbox.connector.Change;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.ConnectorException.Kind;
import cc.enet.mailbox.connector.ConnectorText;
import cc.enet.mailbox.connector.Field;
import cc.enet.mailbox.connector.MailboxState;
import cc.enet.mailbox.connector.Retry;
import cc.enet.mailbox.connector.ServerSnapshot;
import cc.enet.mailbox.connector.json.Json;
import cc.enet.mailbox.model.Addresses;
import cc.enet.mailbox.model.PasswordHash;

/**
 * Apache James through WebAdmin. Accounts are users, quota is the user's size quota, forwarding is forward mappings
 * (keeping a copy = the user itself as a target), allow/deny lists are a Sieve script per user. James keeps no
 * display name, send encoding or retention (client-side settings, delivered through the setup files), has no way to
 * disable an account, and no virus/spam rejection without outside daemons: those show as unsupported. The
 * script cannot be read back through WebAdmin, so the lists are compared with what the console last wrote.
 */
final class JamesConnector implements Connector {

	static final int PARALLEL = 8;
	private static final long MB = 1024L * 1024L;

	private static final Capabilities CAPABILITIES = new Capabilities(
			EnumSet.of(Field.ACCOUNT, Field.INITIAL_PASSWORD, Field.QUOTA, Field.FORWARDING, Field.ALLOW_DENY),
			EnumSet.of(Field.ACCOUNT, Field.INITIAL_PASSWORD, Field.QUOTA, Field.FORWARDING), PARALLEL);

	private final WebAdmin web;
	/**
	 * James 3.8.1's in-memory stores keep users in a HashMap and domains and forwards in ArrayLists, none of them
	 * synchronised: parallel writes lost accounts that had just been created and verified (3 in 30,500 changes at
	 * 10,000 mailboxes). So one write (with its read-back) at a time per server; reads stay parallel.
	 */
	private final ReentrantLock writes = new ReentrantLock();

	JamesConnector(WebAdmin web) {
		this.web = web;
	}

	@Override
	public Capabilities capabilities() {
		return CAPABILITIES;
	}

	@Override
	public ServerSnapshot read(Set<String> domains, IProgressMonitor monitor) throws ConnectorException {
		Set<String> serverDomains = new HashSet<>();
		for (Object domain : list("/domains", "do.listDomains")) {
			serverDomains.add(String.valueOf(domain).toLowerCase(Locale.ROOT));
		}
		List<String> users = new ArrayList<>();
		for (Object user : list("/users", "do.listUsers")) {
			String address = String.valueOf(Json.object(user).get("username")).toLowerCase(Locale.ROOT);
			if (domains.isEmpty() || domains.contains(Addresses.domainOf(address))) {
				users.add(address);
			}
		}
		Map<String, Long> used = new ConcurrentHashMap<>();
		Map<String, MailboxState> states = readAll(users, used, monitor);
		if (states == null) {
			Set<String> withForwards = new HashSet<>();
			for (Object address : list("/address/forwards", "do.listForwards")) {
				withForwards.add(String.valueOf(address).toLowerCase(Locale.ROOT));
			}
			states = readUsers(users, withForwards::contains, false, used, monitor);
		}
		return new ServerSnapshot(serverDomains, states, used);
	}

	/** James lists every user, quota and forward at once; a part of them costs the same three requests. */
	@Override
	public boolean readsEveryDomainAtOnce() {
		return true;
	}

	/**
	 * Every user's quota and usage in one request (GET /quota/users, which James answers from memory) and every
	 * forward in another (GET /mappings): a full refresh costs three requests, not two per mailbox. Null when this
	 * James answers no quota search (no QuotaSearcher bound): then each user is read on its own.
	 */
	private Map<String, MailboxState> readAll(List<String> users, Map<String, Long> used, IProgressMonitor monitor)
			throws ConnectorException {
		SubMonitor progress = SubMonitor.convert(monitor, JamesMessages.text("read.progress", users.size()).in(Locale.getDefault()), 2);
		WebAdmin.Response answer = Retry.forOneChange().read(
				() -> web.expect(web.get("/quota/users"), JamesMessages.text("do.readQuotas"), 200, 404));
		if (answer.status() == 404) {
			return null;
		}
		Map<String, Map<String, Object>> quotas = new HashMap<>();
		for (Object row : Json.array(parse(answer))) {
			Map<String, Object> user = Json.object(row);
			quotas.put(String.valueOf(user.get("username")).toLowerCase(Locale.ROOT), Json.object(user.get("detail")));
		}
		progress.worked(1);
		if (progress.isCanceled()) {
			throw new ConnectorException(Kind.UNREACHABLE, JamesMessages.text("read.cancelled"));
		}
		Map<String, List<String>> forwards = new HashMap<>();
		Map<String, Object> mappings = Json.object(parse(Retry.forOneChange().read(
				() -> web.expect(web.get("/mappings"), JamesMessages.text("do.listMappings"), 200))));
		for (Map.Entry<String, Object> source : mappings.entrySet()) {
			for (Object mapping : Json.array(source.getValue())) {
				Map<String, Object> value = Json.object(mapping);
				if ("Forward".equals(value.get("type"))) {
					forwards.computeIfAbsent(source.getKey().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
							.add(String.valueOf(value.get("mapping")));
				}
			}
		}
		progress.worked(1);
		Map<String, MailboxState> states = new HashMap<>();
		for (String user : users) {
			states.put(user, state(user, quotas.getOrDefault(user, Map.of()), forwards.getOrDefault(user, List.of()), used));
		}
		return states;
	}

	/** Each mailbox asked on its own (HEAD, quota, forwards): the cost follows the mailboxes, not the server. */
	@Override
	public ServerSnapshot readMailboxes(Set<String> mailboxes, IProgressMonitor monitor) throws ConnectorException {
		if (mailboxes.isEmpty()) {
			return new ServerSnapshot(Set.of(), Map.of());
		}
		Set<String> serverDomains = new HashSet<>();
		for (Object domain : list("/domains", "do.listDomains")) {
			serverDomains.add(String.valueOf(domain).toLowerCase(Locale.ROOT));
		}
		Map<String, Long> used = new ConcurrentHashMap<>();
		return new ServerSnapshot(serverDomains, readUsers(new ArrayList<>(new TreeSet<>(mailboxes)), user -> true, true, used,
				monitor), used);
	}

	/**
	 * Reads the users side by side; with {@code mayBeMissing}, a user the server does not have is left out (asked
	 * first), else every user is expected to exist (they were just listed). The bytes in use go to {@code used}.
	 */
	private Map<String, MailboxState> readUsers(List<String> users, Predicate<String> hasForwards, boolean mayBeMissing,
			Map<String, Long> used, IProgressMonitor monitor) throws ConnectorException {
		SubMonitor progress = SubMonitor.convert(monitor, JamesMessages.text("read.progress", users.size()).in(Locale.getDefault()), users.size());
		Map<String, MailboxState> states = new ConcurrentHashMap<>();
		ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
		try {
			List<Future<?>> reads = new ArrayList<>();
			for (String user : users) {
				reads.add(pool.submit(() -> {
					if (progress.isCanceled()) {
						return null;
					}
					if (!mayBeMissing || exists(user)) {
						states.put(user, readUser(user, hasForwards.test(user), used));
					}
					synchronized (progress) {
						progress.worked(1);
					}
					return null;
				}));
			}
			for (Future<?> read : reads) {
				read.get();
			}
		} catch (ExecutionException e) {
			throw e.getCause() instanceof ConnectorException ce ? ce
					: new ConnectorException(Kind.PROTOCOL, JamesMessages.text("read.failed", String.valueOf(e.getCause())), e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ConnectorException(Kind.UNREACHABLE, JamesMessages.text("read.interrupted"), e);
		} finally {
			pool.shutdownNow();
		}
		if (progress.isCanceled()) {
			throw new ConnectorException(Kind.UNREACHABLE, JamesMessages.text("read.cancelled"));
		}
		return states;
	}

	private boolean exists(String user) throws ConnectorException {
		String path = "/users/" + WebAdmin.segment(user);
		return Retry.forOneChange().read(() -> web.expect(web.head(path), JamesMessages.text("do.readUser", user), 200, 404))
				.status() == 200;
	}

	private MailboxState readUser(String user, boolean hasForwards, Map<String, Long> used) throws ConnectorException {
		Map<String, Object> quota = Json.object(parse(Retry.forOneChange().read(
				() -> web.expect(web.get("/quota/users/" + WebAdmin.segment(user)), JamesMessages.text("do.readQuota", user), 200))));
		List<String> targets = new ArrayList<>();
		if (hasForwards) {
			WebAdmin.Response response = Retry.forOneChange().read(() -> web.expect(
					web.get("/address/forwards/" + WebAdmin.segment(user)), JamesMessages.text("do.readForwards", user), 200, 404));
			if (response.status() != 404) {
				for (Object target : Json.array(parse(response))) {
					targets.add(String.valueOf(Json.object(target).get("mailAddress")));
				}
			}
		}
		return state(user, quota, targets, used);
	}

	/** A user's state from its quota (user's size limit, size in use) and its forward targets (itself: keep a copy). */
	private static MailboxState state(String user, Map<String, Object> quota, List<String> forwardTargets, Map<String, Long> used) {
		Integer quotaMb = null;
		if (quota.get("user") instanceof Map<?, ?> own && own.get("size") instanceof Number size) {
			quotaMb = (int) (size.longValue() / MB);
		}
		if (quota.get("occupation") instanceof Map<?, ?> occupation && occupation.get("size") instanceof Number size) {
			used.put(user, size.longValue());
		}
		List<String> targets = new ArrayList<>();
		boolean keepCopy = false;
		for (String target : forwardTargets) {
			String address = target.toLowerCase(Locale.ROOT);
			if (address.equals(user)) {
				keepCopy = true;
			} else {
				targets.add(address);
			}
		}
		// every James user has a password: it cannot exist without one
		return new MailboxState(user, quotaMb, new MailboxState.Forwarding(targets, keepCopy && !targets.isEmpty()), null)
				.with(Field.ACCOUNT, true).with(Field.INITIAL_PASSWORD, true);
	}

	@Override
	public void apply(Change change, char[] password) throws ConnectorException {
		if (PasswordHash.isMarked(password)) {
			// WebAdmin takes a password and hashes it itself: a hash sent as one would become the customer's password
			throw new ConnectorException(Kind.REFUSED, JamesMessages.text("error.hash", change.mailbox()));
		}
		try {
			writes.lockInterruptibly();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ConnectorException(Kind.REFUSED, JamesMessages.text("apply.cancelled", change.mailbox()), e);
		}
		try {
			write(change, password);
		} finally {
			writes.unlock();
		}
	}

	private void write(Change change, char[] password) throws ConnectorException {
		Retry retry = Retry.forOneChange();
		switch (change) {
		case Change.CreateDomain d -> {
			String path = "/domains/" + WebAdmin.segment(d.domain());
			ConnectorText create = JamesMessages.text("do.createDomain", d.domain());
			retry.verified(create, () -> web.expect(web.putJson(path, null), create, 204),
					() -> web.expect(web.get(path), JamesMessages.text("do.readDomain", d.domain()), 200, 204, 404).status() != 404);
		}
		case Change.CreateMailbox m -> {
			String path = "/users/" + WebAdmin.segment(m.mailbox());
			ConnectorText create = JamesMessages.text("do.createMailbox", m.mailbox());
			retry.verified(create, () -> web.expect(web.putJson(path, Map.of("password", new String(password))), create, 204),
					() -> web.head(path).status() == 200);
		}
		case Change.DeleteMailbox m -> {
			String path = "/users/" + WebAdmin.segment(m.mailbox());
			retry.verified(JamesMessages.text("do.deleteMailbox", m.mailbox()), () -> {
				setForwards(m.mailbox(), List.of(), currentTargets(m.mailbox()));
				web.expect(web.delete(path), JamesMessages.text("do.deleteMailbox", m.mailbox()), 204, 404);
			}, () -> web.head(path).status() == 404 && currentTargets(m.mailbox()).isEmpty());
		}
		case Change.SetQuota q -> retry.verified(JamesMessages.text("do.setQuota", q.mailbox()),
				() -> web.expect(web.putJson("/quota/users/" + WebAdmin.segment(q.mailbox()) + "/size", q.quotaMb() * MB),
						JamesMessages.text("do.setQuota", q.mailbox()), 204),
				() -> web.get("/quota/users/" + WebAdmin.segment(q.mailbox()) + "/size").body().strip().equals(String.valueOf(q.quotaMb() * MB)));
		case Change.SetForwarding f -> {
			List<String> wanted = new ArrayList<>(f.forwarding().targets());
			if (f.forwarding().keepCopy() && !wanted.isEmpty()) {
				wanted.add(f.mailbox());
			}
			retry.verified(JamesMessages.text("do.setForwarding", f.mailbox()), () -> setForwards(f.mailbox(), wanted, currentTargets(f.mailbox())),
					() -> new HashSet<>(currentTargets(f.mailbox())).equals(new HashSet<>(wanted)));
		}
		case Change.SetInitialPassword p -> {
			String path = "/users/" + WebAdmin.segment(p.mailbox());
			retry.verified(JamesMessages.text("do.setPassword", p.mailbox()), () -> web.expect(web.putJson(path + "?force",
					Map.of("password", new String(password))), JamesMessages.text("do.setPassword", p.mailbox()), 204),
					() -> web.head(path).status() == 200);
		}
		// WebAdmin cannot read a Sieve script back: written, and reported as unverified (see verifies).
		case Change.SetFilters f -> retry.verified(JamesMessages.text("do.writeFilters", f.mailbox()),
				() -> web.expect(web.putText("/sieve/" + WebAdmin.segment(f.mailbox()) + "/scripts/" + SieveScript.NAME
						+ "?activate=true", SieveScript.of(f.filters())), JamesMessages.text("do.writeFilters", f.mailbox()), 204),
				null);
		default -> throw new ConnectorException(Kind.REFUSED,
				JamesMessages.text("error.unsupported", change.describe(), change.field().label()));
		}
	}

	@Override
	public boolean verifies(Change change) {
		return !(change instanceof Change.SetFilters);
	}

	/** The server's targets now (the plan's view may be stale after a partial apply). */
	private List<String> currentTargets(String user) throws ConnectorException {
		WebAdmin.Response response = web.get("/address/forwards/" + WebAdmin.segment(user));
		List<String> targets = new ArrayList<>();
		if (response.status() == 404) {
			return targets;
		}
		for (Object target : Json.array(parse(web.expect(response, JamesMessages.text("do.readForwards", user), 200)))) {
			targets.add(String.valueOf(Json.object(target).get("mailAddress")).toLowerCase(Locale.ROOT));
		}
		return targets;
	}

	/** Adds the missing targets before removing the old ones, so mail is never left without a destination. */
	private void setForwards(String user, List<String> wanted, List<String> current) throws ConnectorException {
		String base = "/address/forwards/" + WebAdmin.segment(user) + "/targets/";
		for (String target : wanted) {
			if (!current.contains(target)) {
				web.expect(web.putJson(base + WebAdmin.segment(target), null), JamesMessages.text("do.forward", user, target), 204);
			}
		}
		for (String target : current) {
			if (!wanted.contains(target)) {
				web.expect(web.delete(base + WebAdmin.segment(target)), JamesMessages.text("do.stopForward", user, target), 204, 404);
			}
		}
	}

	/** A WebAdmin list (domains, users, forwards), asked again while the server answers 5xx. */
	private List<Object> list(String path, String what) throws ConnectorException {
		return Json.array(parse(Retry.forOneChange().read(() -> web.expect(web.get(path), JamesMessages.text(what), 200))));
	}

	private static Object parse(WebAdmin.Response response) throws ConnectorException {
		try {
			return Json.parse(response.body());
		} catch (IllegalArgumentException e) {
			throw new ConnectorException(Kind.PROTOCOL, JamesMessages.text("error.unexpected", String.valueOf(e.getMessage())), e);
		}
	}

	@Override
	public void close() {
		// HttpClient holds no connection that needs closing here
	}
}
