package cc.enet.mailbox.ui.views;

import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.ui.internal.ConsoleSession;
import cc.enet.mailbox.ui.internal.UiMessages;

/** Every finding of the guide's rules: severity, rule id, mailbox or domain, field and message. */
public final class FindingsView extends ViewPart {
	public static final String ID = "cc.enet.mailbox.ui.views.findings";

	private TableViewer viewer;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		ConsoleSession session = ConsoleSession.current();
		Locale locale = session == null ? Locale.ENGLISH : session.locale();
		column(UiMessages.Findings_severity, 80, f -> f.severity().label());
		column(UiMessages.Findings_rule, 190, Finding::ruleId);
		column(UiMessages.Findings_place, 240, Finding::place);
		column(UiMessages.Findings_field, 170, Finding::featurePath);
		column(UiMessages.Findings_message, 700, f -> f.message(locale));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		if (session != null) {
			viewer.setInput(session.findings());
		}
		getSite().setSelectionProvider(viewer);
	}

	private void column(String title, int width, Function<Finding, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Finding) element);
			}
		});
	}

	public TableViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
