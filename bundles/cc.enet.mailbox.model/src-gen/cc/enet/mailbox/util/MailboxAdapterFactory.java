/**
 * Mailbox Console. Generated from mailbox.ecore by releng/regenerate-model: do not edit by hand.
 */
package cc.enet.mailbox.util;

import cc.enet.mailbox.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see cc.enet.mailbox.MailboxPackage
 * @generated
 */
public class MailboxAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static MailboxPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MailboxAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = MailboxPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MailboxSwitch<Adapter> modelSwitch =
		new MailboxSwitch<Adapter>() {
			@Override
			public Adapter caseWorkspace(Workspace object) {
				return createWorkspaceAdapter();
			}
			@Override
			public Adapter caseMailServer(MailServer object) {
				return createMailServerAdapter();
			}
			@Override
			public Adapter caseCustomer(Customer object) {
				return createCustomerAdapter();
			}
			@Override
			public Adapter caseDomain(Domain object) {
				return createDomainAdapter();
			}
			@Override
			public Adapter caseDnsCheck(DnsCheck object) {
				return createDnsCheckAdapter();
			}
			@Override
			public Adapter caseServiceEndpoint(ServiceEndpoint object) {
				return createServiceEndpointAdapter();
			}
			@Override
			public Adapter caseMailboxSettings(MailboxSettings object) {
				return createMailboxSettingsAdapter();
			}
			@Override
			public Adapter caseMailboxDefaults(MailboxDefaults object) {
				return createMailboxDefaultsAdapter();
			}
			@Override
			public Adapter caseMailbox(Mailbox object) {
				return createMailboxAdapter();
			}
			@Override
			public Adapter caseServerState(ServerState object) {
				return createServerStateAdapter();
			}
			@Override
			public Adapter caseForwarding(Forwarding object) {
				return createForwardingAdapter();
			}
			@Override
			public Adapter caseFilters(Filters object) {
				return createFiltersAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link cc.enet.mailbox.Workspace <em>Workspace</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cc.enet.mailbox.Workspace
	 * @generated
	 */
	public Adapter createWorkspaceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cc.enet.mailbox.MailServer <em>Mail Server</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cc.enet.mailbox.MailServer
	 * @generated
	 */
	public Adapter createMailServerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cc.enet.mailbox.Customer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cc.enet.mailbox.Customer
	 * @generated
	 */
	public Adapter createCustomerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cc.enet.mailbox.Domain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cc.enet.mailbox.Domain
	 * @generated
	 */
	public Adapter createDomainAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cc.enet.mailbox.DnsCheck <em>Dns Check</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cc.enet.mailbox.DnsCheck
	 * @generated
	 */
	public Adapter createDnsCheckAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cc.enet.mailbox.ServiceEndpoint <em>Service Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cc.enet.mailbox.ServiceEndpoint
	 * @generated
	 */
	public Adapter createServiceEndpointAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cc.enet.mailbox.MailboxSettings <em>Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cc.enet.mailbox.MailboxSettings
	 * @generated
	 */
	public Adapter createMailboxSettingsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cc.enet.mailbox.MailboxDefaults <em>Defaults</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cc.enet.mailbox.MailboxDefaults
	 * @generated
	 */
	public Adapter createMailboxDefaultsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cc.enet.mailbox.Mailbox <em>Mailbox</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cc.enet.mailbox.Mailbox
	 * @generated
	 */
	public Adapter createMailboxAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cc.enet.mailbox.ServerState <em>Server State</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cc.enet.mailbox.ServerState
	 * @generated
	 */
	public Adapter createServerStateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cc.enet.mailbox.Forwarding <em>Forwarding</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cc.enet.mailbox.Forwarding
	 * @generated
	 */
	public Adapter createForwardingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cc.enet.mailbox.Filters <em>Filters</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cc.enet.mailbox.Filters
	 * @generated
	 */
	public Adapter createFiltersAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //MailboxAdapterFactory
