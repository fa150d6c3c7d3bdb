package cc.enet.mailbox.ui.forms;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import cc.enet.mailbox.ui.internal.EditLabels;

/**
 * Commands on the feature at the end of a path (a mailbox's forwarding targets, its filters' deny list). When the
 * object holding that feature is missing (a mailbox that never forwarded), a new one with the change already in it
 * is set as ONE command, so one Undo takes the whole edit back, the holder with it.
 */
final class PathCommands {

	private PathCommands() {
	}

	static Command set(EditingDomain domain, EObject owner, List<EStructuralFeature> path, Object value) {
		EStructuralFeature feature = path.getLast();
		return EditLabels.set(change(domain, owner, path, holder -> SetCommand.create(domain, holder, feature, value),
				created -> created.eSet(feature, value)), holderOrOwner(owner, path), feature, value);
	}

	@SuppressWarnings("unchecked")
	static Command add(EditingDomain domain, EObject owner, List<EStructuralFeature> path, Object value) {
		EStructuralFeature feature = path.getLast();
		return EditLabels.add(change(domain, owner, path, holder -> AddCommand.create(domain, holder, feature, value),
				created -> ((Collection<Object>) created.eGet(feature)).add(value)), holderOrOwner(owner, path), feature,
				List.of(value));
	}

	static Command remove(EditingDomain domain, EObject owner, List<EStructuralFeature> path, Collection<?> values) {
		EObject holder = holder(owner, path);
		return holder == null ? UnexecutableCommand.INSTANCE
				: EditLabels.remove(RemoveCommand.create(domain, holder, path.getLast(), values), holder, path.getLast(), values);
	}

	/** Whose field the edit changes, for its label: the holder, or the owner while the holder is still missing. */
	private static EObject holderOrOwner(EObject owner, List<EStructuralFeature> path) {
		EObject holder = holder(owner, path);
		return holder == null ? owner : holder;
	}

	/** The object holding the last feature of {@code path}, or null while it is missing. */
	private static EObject holder(EObject owner, List<EStructuralFeature> path) {
		EObject holder = owner;
		for (EStructuralFeature feature : path.subList(0, path.size() - 1)) {
			holder = holder == null ? null : (EObject) holder.eGet(feature);
		}
		return holder;
	}

	private static Command change(EditingDomain domain, EObject owner, List<EStructuralFeature> path,
			Function<EObject, Command> onHolder, Consumer<EObject> intoCreated) {
		EObject holder = holder(owner, path);
		if (holder != null) {
			return onHolder.apply(holder);
		}
		List<EStructuralFeature> toHolder = path.subList(0, path.size() - 1);
		EObject parent = holder(owner, toHolder);
		if (parent == null) {
			return UnexecutableCommand.INSTANCE; // two missing in a row: no form offers such a field
		}
		EReference reference = (EReference) toHolder.getLast();
		EObject created = EcoreUtil.create(reference.getEReferenceType());
		intoCreated.accept(created);
		return SetCommand.create(domain, parent, reference, created);
	}
}
