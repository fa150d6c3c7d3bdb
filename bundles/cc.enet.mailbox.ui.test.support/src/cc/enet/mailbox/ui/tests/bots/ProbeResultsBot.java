package cc.enet.mailbox.ui.tests.bots;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.TableItem;

import cc.enet.mailbox.clientconfig.ui.probe.ProbeMarkers;
import cc.enet.mailbox.clientconfig.ui.probe.ProbeJob;
import cc.enet.mailbox.clientconfig.ui.probe.ProbeResultsView;

/** The Test Results view: its rows as the table shows them, after the Test Settings job and its markers are done. */
public final class ProbeResultsBot {

	/** One row: mailbox, protocol, host:port, step, result, detail (ms left out: it varies). */
	public record Row(String mailbox, String protocol, String hostPort, String step, String result, String detail) {
	}

	private final ProbeResultsView view;

	ProbeResultsBot(ProbeResultsView view) {
		this.view = view;
	}

	/** Waits for every Test Settings job, its markers and the view's update. */
	public ProbeResultsBot waitUntilDone() {
		try {
			Job.getJobManager().join(ProbeJob.FAMILY, null);
			Job.getJobManager().join(ProbeMarkers.class, null);
		} catch (InterruptedException e) {
			throw new AssertionError(e);
		}
		Ui.sync(() -> null); // lets the view's asyncExec run
		return this;
	}

	/** Its tab in front of its stack, as a click on the tab would (for a screenshot). */
	public ProbeResultsBot bringToTop() {
		Ui.run(() -> view.getSite().getPage().bringToTop(view));
		return this;
	}

	public List<String> headers() {
		return Ui.sync(() -> Arrays.stream(view.viewer().getTable().getColumns()).map(c -> c.getText()).toList());
	}

	public List<Row> rows() {
		return Ui.sync(() -> {
			TableItem[] items = view.viewer().getTable().getItems();
			return Arrays.stream(items).map(i -> new Row(i.getText(0), i.getText(1), i.getText(2), i.getText(3),
					i.getText(4), i.getText(5))).toList();
		});
	}

	public List<Row> rows(String mailbox, String protocol) {
		return rows().stream().filter(r -> r.mailbox().equals(mailbox) && r.protocol().equals(protocol)).toList();
	}
}
