package cc.enet.mailbox.james.seed;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.TreeMap;

import javax.inject.Inject;

import org.apache.james.domainlist.api.DomainList;
import org.apache.james.mailbox.quota.MaxQuotaManager;
import org.apache.james.mailbox.quota.UserQuotaRootResolver;
import org.apache.james.rrt.api.RecipientRewriteTable;
import org.apache.james.sieverepository.api.SieveRepository;
import org.apache.james.user.api.UsersRepository;
import org.apache.james.webadmin.Routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import spark.Request;
import spark.Response;
import spark.Service;

/**
 * {@code POST /benchmark/seed}: a JSON array of writes, each what one request of James's public WebAdmin routes
 * writes ({@link SeedWriter}), done in order. One batch at a time, as James 3.8.1's in-memory stores are not
 * thread-safe. Answers 200 with, per kind of write, the count, the nanoseconds James spent on them and the CPU
 * nanoseconds of the thread that wrote them (a figure the load of a shared machine does not stretch); or 400 naming
 * the first write that failed (those before it stay written). Loaded only for the refresh benchmark
 * ({@code JAMES_BENCHMARK_SEED=1}); never by the console or the tests.
 */
public class SeedRoutes implements Routes {

	static final String PATH = "/benchmark/seed";
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private final SeedWriter writer;

	@Inject
	public SeedRoutes(UsersRepository users, DomainList domains, MaxQuotaManager maxQuotas, UserQuotaRootResolver quotaRoots,
			RecipientRewriteTable mappings, SieveRepository sieve) {
		this.writer = new SeedWriter(users, domains, maxQuotas, quotaRoots, mappings, sieve);
	}

	@Override
	public String getBasePath() {
		return PATH;
	}

	@Override
	public void define(Service service) {
		service.post(PATH, this::seed);
	}

	private synchronized Object seed(Request request, Response response) throws Exception {
		JsonNode writes = JSON.readTree(request.body());
		response.type("application/json");
		if (writes == null || !writes.isArray()) {
			response.status(400);
			return JSON.writeValueAsString(Map.of("message", "the body must be a JSON array of writes"));
		}
		Map<String, long[]> costs = new TreeMap<>();
		for (int i = 0; i < writes.size(); i++) {
			JsonNode write = writes.get(i);
			long t0 = System.nanoTime();
			long cpu0 = THREADS.getCurrentThreadCpuTime();
			try {
				writer.write(write);
			} catch (Exception e) {
				response.status(400);
				return JSON.writeValueAsString(Map.of("failed", i, "write", write.toString(), "message", String.valueOf(e)));
			}
			long[] cost = costs.computeIfAbsent(write.path("kind").asText(), k -> new long[3]);
			cost[0]++;
			cost[1] += System.nanoTime() - t0;
			cost[2] += THREADS.getCurrentThreadCpuTime() - cpu0;
		}
		response.status(200);
		return JSON.writeValueAsString(costs);
	}
}
