/**
 * Mailbox Console. Generated from mailbox.ecore by releng/regenerate-model: do not edit by hand.
 */
package cc.enet.mailbox.impl;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.MailboxPackage;
import cc.enet.mailbox.Workspace;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Workspace</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cc.enet.mailbox.impl.WorkspaceImpl#getName <em>Name</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.WorkspaceImpl#getCustomers <em>Customers</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.WorkspaceImpl#getServers <em>Servers</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.WorkspaceImpl#getEnetHosts <em>Enet Hosts</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.WorkspaceImpl#getSupportContact <em>Support Contact</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.WorkspaceImpl#getChangeRequest <em>Change Request</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WorkspaceImpl extends MinimalEObjectImpl.Container implements Workspace {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCustomers() <em>Customers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomers()
	 * @generated
	 * @ordered
	 */
	protected EList<Customer> customers;

	/**
	 * The cached value of the '{@link #getServers() <em>Servers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServers()
	 * @generated
	 * @ordered
	 */
	protected EList<MailServer> servers;

	/**
	 * The cached value of the '{@link #getEnetHosts() <em>Enet Hosts</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnetHosts()
	 * @generated
	 * @ordered
	 */
	protected EList<String> enetHosts;

	/**
	 * The default value of the '{@link #getSupportContact() <em>Support Contact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportContact()
	 * @generated
	 * @ordered
	 */
	protected static final String SUPPORT_CONTACT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSupportContact() <em>Support Contact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportContact()
	 * @generated
	 * @ordered
	 */
	protected String supportContact = SUPPORT_CONTACT_EDEFAULT;

	/**
	 * The default value of the '{@link #getChangeRequest() <em>Change Request</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChangeRequest()
	 * @generated
	 * @ordered
	 */
	protected static final String CHANGE_REQUEST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChangeRequest() <em>Change Request</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChangeRequest()
	 * @generated
	 * @ordered
	 */
	protected String changeRequest = CHANGE_REQUEST_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WorkspaceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MailboxPackage.Literals.WORKSPACE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.WORKSPACE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Customer> getCustomers() {
		if (customers == null) {
			customers = new EObjectContainmentEList.Resolving<Customer>(Customer.class, this, MailboxPackage.WORKSPACE__CUSTOMERS);
		}
		return customers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MailServer> getServers() {
		if (servers == null) {
			servers = new EObjectContainmentEList<MailServer>(MailServer.class, this, MailboxPackage.WORKSPACE__SERVERS);
		}
		return servers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getEnetHosts() {
		if (enetHosts == null) {
			enetHosts = new EDataTypeUniqueEList<String>(String.class, this, MailboxPackage.WORKSPACE__ENET_HOSTS);
		}
		return enetHosts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSupportContact() {
		return supportContact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupportContact(String newSupportContact) {
		String oldSupportContact = supportContact;
		supportContact = newSupportContact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.WORKSPACE__SUPPORT_CONTACT, oldSupportContact, supportContact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChangeRequest() {
		return changeRequest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChangeRequest(String newChangeRequest) {
		String oldChangeRequest = changeRequest;
		changeRequest = newChangeRequest;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.WORKSPACE__CHANGE_REQUEST, oldChangeRequest, changeRequest));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MailboxPackage.WORKSPACE__CUSTOMERS:
				return ((InternalEList<?>)getCustomers()).basicRemove(otherEnd, msgs);
			case MailboxPackage.WORKSPACE__SERVERS:
				return ((InternalEList<?>)getServers()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MailboxPackage.WORKSPACE__NAME:
				return getName();
			case MailboxPackage.WORKSPACE__CUSTOMERS:
				return getCustomers();
			case MailboxPackage.WORKSPACE__SERVERS:
				return getServers();
			case MailboxPackage.WORKSPACE__ENET_HOSTS:
				return getEnetHosts();
			case MailboxPackage.WORKSPACE__SUPPORT_CONTACT:
				return getSupportContact();
			case MailboxPackage.WORKSPACE__CHANGE_REQUEST:
				return getChangeRequest();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case MailboxPackage.WORKSPACE__NAME:
				setName((String)newValue);
				return;
			case MailboxPackage.WORKSPACE__CUSTOMERS:
				getCustomers().clear();
				getCustomers().addAll((Collection<? extends Customer>)newValue);
				return;
			case MailboxPackage.WORKSPACE__SERVERS:
				getServers().clear();
				getServers().addAll((Collection<? extends MailServer>)newValue);
				return;
			case MailboxPackage.WORKSPACE__ENET_HOSTS:
				getEnetHosts().clear();
				getEnetHosts().addAll((Collection<? extends String>)newValue);
				return;
			case MailboxPackage.WORKSPACE__SUPPORT_CONTACT:
				setSupportContact((String)newValue);
				return;
			case MailboxPackage.WORKSPACE__CHANGE_REQUEST:
				setChangeRequest((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case MailboxPackage.WORKSPACE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case MailboxPackage.WORKSPACE__CUSTOMERS:
				getCustomers().clear();
				return;
			case MailboxPackage.WORKSPACE__SERVERS:
				getServers().clear();
				return;
			case MailboxPackage.WORKSPACE__ENET_HOSTS:
				getEnetHosts().clear();
				return;
			case MailboxPackage.WORKSPACE__SUPPORT_CONTACT:
				setSupportContact(SUPPORT_CONTACT_EDEFAULT);
				return;
			case MailboxPackage.WORKSPACE__CHANGE_REQUEST:
				setChangeRequest(CHANGE_REQUEST_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case MailboxPackage.WORKSPACE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case MailboxPackage.WORKSPACE__CUSTOMERS:
				return customers != null && !customers.isEmpty();
			case MailboxPackage.WORKSPACE__SERVERS:
				return servers != null && !servers.isEmpty();
			case MailboxPackage.WORKSPACE__ENET_HOSTS:
				return enetHosts != null && !enetHosts.isEmpty();
			case MailboxPackage.WORKSPACE__SUPPORT_CONTACT:
				return SUPPORT_CONTACT_EDEFAULT == null ? supportContact != null : !SUPPORT_CONTACT_EDEFAULT.equals(supportContact);
			case MailboxPackage.WORKSPACE__CHANGE_REQUEST:
				return CHANGE_REQUEST_EDEFAULT == null ? changeRequest != null : !CHANGE_REQUEST_EDEFAULT.equals(changeRequest);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", enetHosts: ");
		result.append(enetHosts);
		result.append(", supportContact: ");
		result.append(supportContact);
		result.append(", changeRequest: ");
		result.append(changeRequest);
		result.append(')');
		return result.toString();
	}

} //WorkspaceImpl
