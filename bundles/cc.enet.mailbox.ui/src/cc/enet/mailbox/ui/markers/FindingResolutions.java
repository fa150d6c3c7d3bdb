package cc.enet.mailbox.ui.markers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.views.markers.WorkbenchMarkerResolution;

import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.QuickFix;
import cc.enet.mailbox.rules.QuickFixes;
import cc.enet.mailbox.ui.session.ConsoleSession;

/**
 * Offers the rules' quick fixes in the Problems view (Quick Fix, Ctrl+1). A fix runs as one command on the
 * session's editing domain, also when it is applied to several markers at once, so one Undo reverses it.
 */
public final class FindingResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return fixFor(marker).isPresent();
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		Finding finding = ProblemMarkers.findingOf(marker);
		Optional<QuickFix> fix = fixFor(marker);
		if (finding == null || fix.isEmpty()) {
			return new IMarkerResolution[0];
		}
		return new IMarkerResolution[] { new Resolution(fix.get(), finding, marker) };
	}

	private static Optional<QuickFix> fixFor(IMarker marker) {
		return QuickFixes.forRule(marker.getAttribute(ProblemMarkers.ATTR_RULE, ""));
	}

	/** One fix, for the marker it was asked for and any others of the same rule the user ticks. */
	static final class Resolution extends WorkbenchMarkerResolution {
		private final QuickFix fix;
		private final Finding finding;
		private final IMarker marker;

		Resolution(QuickFix fix, Finding finding, IMarker marker) {
			this.fix = fix;
			this.finding = finding;
			this.marker = marker;
		}

		@Override
		public String getLabel() {
			ConsoleSession session = ConsoleSession.current();
			return fix.label(session == null ? Locale.getDefault() : session.locale(), finding);
		}

		@Override
		public String getDescription() {
			ConsoleSession session = ConsoleSession.current();
			return finding.message(session == null ? Locale.getDefault() : session.locale());
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public IMarker[] findOtherMarkers(IMarker[] markers) {
			String rule = marker.getAttribute(ProblemMarkers.ATTR_RULE, "");
			List<IMarker> others = new ArrayList<>();
			for (IMarker other : markers) {
				if (!other.equals(marker) && rule.equals(other.getAttribute(ProblemMarkers.ATTR_RULE, null))
						&& ProblemMarkers.findingOf(other) != null) {
					others.add(other);
				}
			}
			return others.toArray(IMarker[]::new);
		}

		@Override
		public void run(IMarker one) {
			run(new IMarker[] { one }, null);
		}

		@Override
		public void run(IMarker[] markers, IProgressMonitor monitor) {
			Display display = Display.getDefault();
			if (Display.getCurrent() == null) {
				display.syncExec(() -> apply(markers));
			} else {
				apply(markers);
			}
		}

		private void apply(IMarker[] markers) {
			ConsoleSession session = ConsoleSession.current();
			if (session == null) {
				return;
			}
			CompoundCommand all = new CompoundCommand(getLabel());
			for (IMarker each : markers) {
				Finding current = ProblemMarkers.findingOf(each);
				if (current != null) {
					Command command = fix.createCommand(session.editingDomain(), current);
					if (command.canExecute()) {
						all.append(command);
					}
				}
			}
			if (!all.isEmpty()) {
				session.commandStack().execute(all);
			}
		}
	}
}
