package cc.enet.mailbox.core.edit;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

import cc.enet.mailbox.provider.MailboxItemProviderAdapterFactory;

/** The one way to get an editing domain: the editors' undo stack and the CLI's fixes run through the same commands. */
public final class EditingDomains {

	private EditingDomains() {
	}

	public static AdapterFactoryEditingDomain create(ResourceSet resourceSet) {
		return create(resourceSet, new BasicCommandStack());
	}

	/** With the caller's command stack (the console's refuses edits while an apply writes the model). */
	public static AdapterFactoryEditingDomain create(ResourceSet resourceSet, BasicCommandStack commandStack) {
		ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory();
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new MailboxItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		return new AdapterFactoryEditingDomain(adapterFactory, commandStack, resourceSet);
	}
}
