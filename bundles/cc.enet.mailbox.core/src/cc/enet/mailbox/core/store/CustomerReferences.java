package cc.enet.mailbox.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.InternalEList;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.Workspace;

/**
 * The root file's references to customer files, checked before any is followed: each must name a file in the
 * workspace's {@code customers/} folder. A workspace someone sent may not make the console read or fetch anything
 * else ({@code http:}, a file elsewhere, {@code ../}).
 */
final class CustomerReferences {

	private CustomerReferences() {
	}

	static void checkConfined(Workspace root, Path rootFile, Path customers) throws WorkspaceException {
		InternalEList<Customer> list = (InternalEList<Customer>) root.getCustomers();
		for (int i = 0; i < list.size(); i++) {
			EObject raw = list.basicGet(i); // without resolving: nothing is read before the check
			if (raw.eIsProxy()) {
				URI target = ((InternalEObject) raw).eProxyURI().trimFragment();
				Path file = ConfinedUriConverter.insideFolder(target, customers);
				if (file == null || !file.getParent().equals(customers)) {
					throw new WorkspaceException(rootFile, lineOf(rootFile, target),
							"refers to " + target + ", which is not a file in " + customers + "; nothing was read", null);
				}
			}
		}
	}

	/** The distinct files the root's customer proxies name, in the root's order (after {@link #checkConfined}). */
	static List<URI> files(Workspace root) {
		InternalEList<Customer> list = (InternalEList<Customer>) root.getCustomers();
		Set<URI> files = new LinkedHashSet<>();
		for (int i = 0; i < list.size(); i++) {
			EObject raw = list.basicGet(i);
			if (raw.eIsProxy()) {
				files.add(((InternalEObject) raw).eProxyURI().trimFragment());
			}
		}
		return new ArrayList<>(files);
	}

	/** The first line of the file naming the target's last segment; 0 if not found. */
	private static int lineOf(Path file, URI target) {
		String needle = target.lastSegment() == null ? target.toString() : target.lastSegment();
		try {
			List<String> lines = Files.readAllLines(file);
			for (int i = 0; i < lines.size(); i++) {
				if (lines.get(i).contains(needle)) {
					return i + 1;
				}
			}
		} catch (IOException e) {
			// the reference is refused anyway; only its line stays unknown
		}
		return 0;
	}
}
