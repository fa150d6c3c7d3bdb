package cc.enet.mailbox.clientconfig.ui.probe;

import cc.enet.mailbox.ui.session.ProbeOutcomes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.clientconfig.probe.DnsStep;
import cc.enet.mailbox.clientconfig.probe.MailboxProbe;
import cc.enet.mailbox.clientconfig.probe.ProbeResult;
import cc.enet.mailbox.ui.parts.ColumnWidths;
import cc.enet.mailbox.ui.session.ConsoleSession;

/**
 * "Test Results": every step of the latest probe of each mailbox tested in this session, as the CLI's probe prints
 * them (mailbox, protocol, host:port, step, ok, detail, ms). A mailbox tested again replaces its rows.
 */
public final class ProbeResultsView extends ViewPart implements ProbeOutcomes.Listener, ConsoleSession.Listener {

	public static final String ID = "cc.enet.mailbox.ui.views.probeResults";

	private final Map<Mailbox, MailboxProbe> shown = new LinkedHashMap<>();
	private TableViewer viewer;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(ProbeMessages.Column_mailbox, 220, r -> r.mailbox());
		column(ProbeMessages.Column_protocol, 70, r -> r.protocol());
		column(ProbeMessages.Column_hostPort, 200, r -> r.host() + ":" + r.port());
		column(ProbeMessages.Column_step, 150, r -> step(r.step()));
		column(ProbeMessages.Column_ok, 60, r -> r.ok() ? ProbeMessages.Result_ok : ProbeMessages.Result_failed);
		column(ProbeMessages.Column_detail, 420, r -> r.detail());
		column(ProbeMessages.Column_ms, 60, r -> Long.toString(r.ms()));
		ColumnWidths.remember(viewer.getTable(), ID);
		ProbeOutcomes.addListener(this);
		ConsoleSession.addListener(this);
	}

	/** A step's name in the user's language; a step this console does not know yet, as the probe names it. */
	public static String step(String step) {
		return switch (step) {
		case ProbeResult.CONNECT -> ProbeMessages.Step_connect;
		case ProbeResult.TLS -> ProbeMessages.Step_tls;
		case ProbeResult.AUTH_MECHANISMS -> ProbeMessages.Step_authMechanisms;
		case ProbeResult.LOGIN -> ProbeMessages.Step_login;
		case ProbeResult.SEND -> ProbeMessages.Step_send;
		case DnsStep.STEP -> ProbeMessages.Step_dns;
		default -> step;
		};
	}

	/** Another workspace: its mailboxes were not tested yet. */
	@Override
	public void sessionOpened(ConsoleSession session) {
		if (!viewer.getControl().isDisposed()) {
			shown.clear();
			viewer.setInput(List.of());
		}
	}

	private void column(String header, int width, Function<ProbeResult, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(header);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ProbeResult) element);
			}

			@Override
			public Color getForeground(Object element) {
				return ((ProbeResult) element).ok() ? null : viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
			}
		});
	}

	@Override
	public void probed(Mailbox mailbox, MailboxProbe probe) {
		viewer.getControl().getDisplay().asyncExec(() -> {
			if (viewer.getControl().isDisposed()) {
				return;
			}
			shown.remove(mailbox); // tested again: its rows move to the end, the newest last
			shown.put(mailbox, probe);
			List<ProbeResult> rows = new ArrayList<>();
			shown.values().forEach(p -> rows.addAll(p.results()));
			viewer.setInput(rows);
		});
	}

	public TableViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		ProbeOutcomes.removeListener(this);
		ConsoleSession.removeListener(this);
		super.dispose();
	}
}
