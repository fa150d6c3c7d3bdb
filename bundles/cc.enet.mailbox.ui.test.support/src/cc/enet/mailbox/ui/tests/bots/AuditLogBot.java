package cc.enet.mailbox.ui.tests.bots;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.TableItem;

import cc.enet.mailbox.connector.ui.review.AuditLogView;

/** The Audit Log view: its rows as shown, newest first. */
public final class AuditLogBot {

	/** One row as shown. */
	public record Row(String time, String user, String server, String change, String result, String message) {
	}

	private final AuditLogView view;

	AuditLogBot(AuditLogView view) {
		this.view = view;
	}

	public List<Row> rows() {
		JobWatch.join(AuditLogView.class);
		return Ui.sync(() -> {
			List<Row> rows = new ArrayList<>();
			for (TableItem item : view.viewer().getTable().getItems()) {
				rows.add(new Row(item.getText(0), item.getText(1), item.getText(2), item.getText(3), item.getText(4),
						item.getText(5)));
			}
			return rows;
		});
	}

	public List<String> headers() {
		return Ui.sync(() -> Arrays.stream(view.viewer().getTable().getColumns()).map(c -> c.getText()).toList());
	}

	/** Waits until the view lists at least {@code count} rows (it refreshes in a job after an apply). */
	public AuditLogBot waitForRows(int count) {
		Ui.waitUntil("the audit log lists " + count + " rows", () -> view.viewer().getTable().getItemCount() >= count);
		return this;
	}
}
