package cc.enet.mailbox.ui.markers;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.ui.ide.IDE;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.core.store.WorkspaceStore;
import cc.enet.mailbox.rules.Finding;
import cc.enet.mailbox.rules.Severity;
import cc.enet.mailbox.ui.session.ConsoleSession;
import cc.enet.mailbox.ui.internal.UiMessages;

/**
 * Shows the rule findings in the Problems view. The open workspace folder is linked into a hidden project of the
 * Eclipse workspace (the product's -data folder), and every finding becomes a marker of type {@value #TYPE} on its
 * customer's .xmi file. Markers are not persistent: they are recomputed from each validation, and only the ones
 * that changed are touched, so the Problems view keeps its selection.
 */
public final class ProblemMarkers implements ConsoleSession.Listener {

	public static final String TYPE = "cc.enet.mailbox.ui.problem";
	public static final String ATTR_RULE = "ruleId";
	public static final String ATTR_MAILBOX = "mailbox";
	public static final String ATTR_DOMAIN = "domain";
	public static final String ATTR_FEATURE = "featurePath";
	public static final String ATTR_KEY = "findingKey";
	/** The mailbox table (its id in plugin.xml) opens on a marker and selects its mailbox: the editors build on the markers. */
	public static final String OPENED_IN = "cc.enet.mailbox.ui.editors.mailboxTable";

	static final String PROJECT = "mailbox-console";
	static final String LINK = "workspace";

	private static volatile Map<String, Finding> keyed = Map.of();
	private static volatile List<Finding> keyedFrom;

	@Override
	public void sessionOpened(ConsoleSession session) {
		Path folder = session.workspace().folder();
		WorkspaceJob link = new WorkspaceJob(UiMessages.Job_linkWorkspace) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				link(folder, monitor);
				return Status.OK_STATUS;
			}
		};
		link.setRule(root());
		link.setSystem(true);
		link.schedule();
	}

	@Override
	public void findingsChanged(ConsoleSession session) {
		List<Finding> findings = session.findings().list();
		Locale locale = session.locale();
		Path folder = session.workspace().folder();
		WorkspaceJob update = new WorkspaceJob(UiMessages.Job_markers) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				if (ConsoleSession.current() == session) {
					update(findings, folder, locale, monitor);
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == ProblemMarkers.class;
			}
		};
		update.setRule(root());
		update.setSystem(true);
		update.schedule();
	}

	@Override
	public void saved(ConsoleSession session) {
		WorkspaceJob refresh = new WorkspaceJob(UiMessages.Job_linkWorkspace) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				IFolder folder = folder();
				if (folder.exists()) {
					folder.refreshLocal(IResource.DEPTH_INFINITE, monitor);
				}
				return Status.OK_STATUS;
			}
		};
		refresh.setRule(root());
		refresh.setSystem(true);
		refresh.schedule();
	}

	private static IWorkspace workspace() {
		return ResourcesPlugin.getWorkspace();
	}

	private static IResource root() {
		return workspace().getRoot();
	}

	/** The linked folder that shows the open mailbox workspace inside the Eclipse workspace. */
	public static IFolder folder() {
		return workspace().getRoot().getProject(PROJECT).getFolder(LINK);
	}

	static void link(Path location, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 4);
		IProject project = workspace().getRoot().getProject(PROJECT);
		if (!project.exists()) {
			IProjectDescription description = workspace().newProjectDescription(PROJECT);
			project.create(description, IResource.HIDDEN, progress.split(1));
		}
		if (!project.isOpen()) {
			project.open(progress.split(1));
		}
		IFolder folder = project.getFolder(LINK);
		IPath target = IPath.fromPath(location);
		if (!folder.exists() || !target.equals(folder.getLocation())) {
			folder.createLink(target, IResource.REPLACE | IResource.ALLOW_MISSING_LOCAL, progress.split(1));
		}
		folder.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
	}

	static void update(List<Finding> findings, Path workspaceFolder, Locale locale, IProgressMonitor monitor)
			throws CoreException {
		IFolder folder = folder();
		if (!folder.exists()) {
			return;
		}
		SubMonitor progress = SubMonitor.convert(monitor, findings.size() + 1);
		Map<String, IMarker> existing = new HashMap<>();
		for (IMarker marker : folder.findMarkers(TYPE, false, IResource.DEPTH_INFINITE)) {
			existing.put(marker.getAttribute(ATTR_KEY, ""), marker);
		}
		Map<String, Finding> current = keyed(findings);
		Map<Resource, IResource> files = new HashMap<>();
		for (Map.Entry<String, Finding> entry : current.entrySet()) {
			progress.split(1);
			Finding finding = entry.getValue();
			// The rule id ends the text: staff search and filter the Problems view by it, as the CLI and docs name it.
			String message = finding.message(locale) + " [" + finding.ruleId() + "]";
			IMarker marker = existing.remove(entry.getKey());
			if (marker != null) {
				if (!message.equals(marker.getAttribute(IMarker.MESSAGE, ""))) {
					marker.setAttribute(IMarker.MESSAGE, message);
				}
				continue;
			}
			IResource resource = files.computeIfAbsent(resourceOf(finding.target()), r -> fileFor(r, folder, workspaceFolder));
			Map<String, Object> attributes = new HashMap<>();
			attributes.put(ATTR_KEY, entry.getKey());
			attributes.put(ATTR_RULE, finding.ruleId());
			attributes.put(ATTR_MAILBOX, finding.mailbox() == null ? "" : finding.mailbox());
			attributes.put(ATTR_DOMAIN, finding.domain() == null ? "" : finding.domain());
			attributes.put(ATTR_FEATURE, finding.featurePath() == null ? "" : finding.featurePath());
			attributes.put(IMarker.MESSAGE, message);
			attributes.put(IMarker.SEVERITY, severity(finding.severity()));
			attributes.put(IMarker.LOCATION, finding.place());
			attributes.put(IMarker.SOURCE_ID, finding.ruleId());
			attributes.put(IDE.EDITOR_ID_ATTR, OPENED_IN);
			resource.createMarker(TYPE, attributes);
		}
		for (IMarker gone : existing.values()) {
			gone.delete();
		}
	}

	public static Resource resourceOf(EObject target) {
		for (EObject o = target; o != null; o = o.eContainer()) {
			if (o instanceof Customer customer) {
				return customer.eResource();
			}
		}
		return target == null ? null : target.eResource();
	}

	/** The customer's file under the linked folder; the workspace file (or the folder) when it has none yet. */
	public static IResource fileFor(Resource resource, IFolder folder, Path workspaceFolder) {
		if (resource != null && resource.getURI().isFile()) {
			Path path = Path.of(resource.getURI().toFileString()).toAbsolutePath().normalize();
			if (path.startsWith(workspaceFolder)) {
				IFile file = folder.getFile(workspaceFolder.relativize(path).toString());
				if (exists(file)) {
					return file;
				}
			}
		}
		IFile rootFile = folder.getFile(WorkspaceStore.ROOT_FILE);
		return exists(rootFile) ? rootFile : folder;
	}

	private static boolean exists(IFile file) {
		if (!file.exists()) {
			try {
				IContainer parent = file.getParent();
				parent.refreshLocal(IResource.DEPTH_ONE, null);
			} catch (CoreException e) {
				return false;
			}
		}
		return file.exists();
	}

	public static Integer severity(Severity severity) {
		return switch (severity) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		case INFO -> IMarker.SEVERITY_INFO;
		};
	}

	/**
	 * A key per finding that stays the same from one validation to the next while the finding does: rule, place
	 * and field, numbered when one place breaks one rule more than once.
	 */
	static synchronized Map<String, Finding> keyed(List<Finding> findings) {
		if (findings == keyedFrom) {
			return keyed;
		}
		Map<String, Finding> map = new LinkedHashMap<>(findings.size() * 2);
		for (Finding finding : findings) {
			String base = finding.ruleId() + '|' + finding.domain() + '|' + finding.mailbox() + '|' + finding.featurePath();
			String key = base;
			for (int n = 2; map.containsKey(key); n++) {
				key = base + '#' + n;
			}
			map.put(key, finding);
		}
		keyed = map;
		keyedFrom = findings;
		return map;
	}

	/** The session's current finding behind a marker, or null when it is gone (fixed meanwhile). */
	public static Finding findingOf(IMarker marker) {
		ConsoleSession session = ConsoleSession.current();
		if (session == null || !marker.exists()) {
			return null;
		}
		return keyed(session.findings().list()).get(marker.getAttribute(ATTR_KEY, ""));
	}
}
