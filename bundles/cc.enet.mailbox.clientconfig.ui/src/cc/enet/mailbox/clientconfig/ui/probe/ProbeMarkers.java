package cc.enet.mailbox.clientconfig.ui.probe;

import cc.enet.mailbox.ui.markers.ProblemMarkers;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.ide.IDE;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.clientconfig.probe.ProbeFinding;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.ui.editors.MailboxTableEditor;
import cc.enet.mailbox.ui.session.ConsoleSession;

/**
 * What a probe found, in the Problems view beside the guide's findings: markers of their own type ({@value #TYPE}),
 * so validation never removes them; a mailbox's markers are replaced by its next probe, and all of them go when
 * another workspace is opened.
 */
public final class ProbeMarkers {

	public static final String TYPE = "cc.enet.mailbox.clientconfig.ui.probeProblem";

	private static ConsoleSession markedFor;

	private ProbeMarkers() {
	}

	public static void replace(ConsoleSession session, Mailbox mailbox, List<ProbeFinding> findings) {
		String address = mailbox.getAddress();
		Path workspaceFolder = session.workspace().folder();
		schedule(session, () -> update(session, mailbox, address, findings, workspaceFolder));
	}

	/**
	 * What a DNS check found for a domain (dns.mx, dns.host), replacing that domain's earlier DNS markers: the same
	 * marker type as a probe's, so they stay until the domain's next check.
	 */
	public static void replaceDns(ConsoleSession session, Domain domain, List<Finding> findings) {
		String name = domain.getName();
		Path workspaceFolder = session.workspace().folder();
		schedule(session, () -> updateDns(session, domain, name, findings, workspaceFolder));
	}

	/** A marker update, one marker job at a time and only while {@code session} is still the console's. */
	@FunctionalInterface
	private interface MarkerUpdate {
		void run() throws CoreException;
	}

	private static void schedule(ConsoleSession session, MarkerUpdate update) {
		WorkspaceJob job = new WorkspaceJob(ProbeMessages.Job_markers) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				if (ConsoleSession.current() == session) {
					update.run();
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == ProbeMarkers.class;
			}
		};
		job.setRule(ResourcesPlugin.getWorkspace().getRoot());
		job.setSystem(true);
		job.schedule();
	}

	private static synchronized void updateDns(ConsoleSession session, Domain domain, String name, List<Finding> findings,
			Path workspaceFolder) throws CoreException {
		IFolder folder = ProblemMarkers.folder();
		if (!folder.exists()) {
			return;
		}
		if (markedFor != session) {
			for (IMarker marker : folder.getProject().findMarkers(TYPE, false, IResource.DEPTH_INFINITE)) {
				marker.delete();
			}
			markedFor = session;
		}
		for (IMarker marker : folder.getProject().findMarkers(TYPE, false, IResource.DEPTH_INFINITE)) {
			if (name.equals(marker.getAttribute(ProblemMarkers.ATTR_DOMAIN, ""))
					&& marker.getAttribute(ProblemMarkers.ATTR_RULE, "").startsWith(DNS_RULES)) {
				marker.delete();
			}
		}
		if (findings.isEmpty()) {
			return;
		}
		IResource file = ProblemMarkers.fileFor(ProblemMarkers.resourceOf(domain), folder, workspaceFolder);
		for (Finding finding : findings) {
			Map<String, Object> attributes = new HashMap<>();
			attributes.put(ProblemMarkers.ATTR_RULE, finding.ruleId());
			attributes.put(ProblemMarkers.ATTR_MAILBOX, "");
			attributes.put(ProblemMarkers.ATTR_DOMAIN, name);
			attributes.put(IMarker.MESSAGE, finding.message(session.locale()) + " [" + finding.ruleId() + "]");
			attributes.put(IMarker.SEVERITY, ProblemMarkers.severity(finding.severity()));
			attributes.put(IMarker.LOCATION, name + " DNS");
			attributes.put(IMarker.SOURCE_ID, finding.ruleId());
			file.createMarker(TYPE, attributes);
		}
	}

	/** The rule ids of a DNS check begin so. */
	private static final String DNS_RULES = "dns.";

	private static synchronized void update(ConsoleSession session, Mailbox mailbox, String address,
			List<ProbeFinding> findings, Path workspaceFolder) throws CoreException {
		IFolder folder = ProblemMarkers.folder();
		if (!folder.exists()) {
			return;
		}
		boolean otherWorkspace = markedFor != session;
		markedFor = session;
		for (IMarker marker : folder.getProject().findMarkers(TYPE, false, IResource.DEPTH_INFINITE)) {
			if (otherWorkspace || address.equals(marker.getAttribute(ProblemMarkers.ATTR_MAILBOX, ""))) {
				marker.delete();
			}
		}
		if (findings.isEmpty()) {
			return;
		}
		IResource file = ProblemMarkers.fileFor(ProblemMarkers.resourceOf(mailbox), folder, workspaceFolder);
		for (ProbeFinding finding : findings) {
			Map<String, Object> attributes = new HashMap<>();
			attributes.put(ProblemMarkers.ATTR_RULE, finding.ruleId());
			attributes.put(ProblemMarkers.ATTR_MAILBOX, address);
			attributes.put(ProblemMarkers.ATTR_DOMAIN, mailbox.getDomain() == null ? "" : mailbox.getDomain().getName());
			attributes.put(IMarker.MESSAGE, finding.message() + " [" + finding.ruleId() + "]");
			attributes.put(IMarker.SEVERITY, ProblemMarkers.severity(finding.severity()));
			attributes.put(IMarker.LOCATION, finding.protocol() == null ? address : address + " " + finding.protocol());
			attributes.put(IMarker.SOURCE_ID, finding.ruleId());
			attributes.put(IDE.EDITOR_ID_ATTR, MailboxTableEditor.ID);
			file.createMarker(TYPE, attributes);
		}
	}
}
