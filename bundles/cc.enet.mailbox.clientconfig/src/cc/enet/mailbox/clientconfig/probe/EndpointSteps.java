package cc.enet.mailbox.clientconfig.probe;

import java.util.List;
import java.util.function.Consumer;

import cc.enet.mailbox.ServiceEndpoint;

/** Records the timed steps of one mailbox's probe of one endpoint, with the model's host and port. */
final class EndpointSteps {

	private final String address;
	private final ServiceEndpoint endpoint;
	private final List<ProbeResult> results;
	private final Consumer<ProbeResult> onStep;

	EndpointSteps(String address, ServiceEndpoint endpoint, List<ProbeResult> results, Consumer<ProbeResult> onStep) {
		this.address = address;
		this.endpoint = endpoint;
		this.results = results;
		this.onStep = onStep;
	}

	String address() {
		return address;
	}

	ServiceEndpoint endpoint() {
		return endpoint;
	}

	void ok(String step, String detail, long startNanos) {
		add(step, true, detail, startNanos);
	}

	void fail(String step, String detail, long startNanos) {
		add(step, false, detail, startNanos);
	}

	boolean has(String step) {
		return results.stream().anyMatch(r -> r.mailbox().equals(address) && r.step().equals(step)
				&& r.protocol().equals(endpoint.getProtocol().getLiteral()));
	}

	private void add(String step, boolean ok, String detail, long startNanos) {
		ProbeResult result = new ProbeResult(address, endpoint.getProtocol().getLiteral(), endpoint.getHost(),
				endpoint.getPort(), step, ok, detail, (System.nanoTime() - startNanos) / 1_000_000);
		results.add(result);
		onStep.accept(result);
	}
}
