/**
 * Mailbox Console. Generated from mailbox.ecore by releng/regenerate-model: do not edit by hand.
 */
package cc.enet.mailbox.impl;

import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Forwarding;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.MailboxPackage;
import cc.enet.mailbox.ServerState;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mailbox</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cc.enet.mailbox.impl.MailboxImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.MailboxImpl#getDisplayName <em>Display Name</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.MailboxImpl#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.MailboxImpl#getForwarding <em>Forwarding</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.MailboxImpl#getDomain <em>Domain</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.MailboxImpl#isMarkedForRemoval <em>Marked For Removal</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.MailboxImpl#getServerStates <em>Server States</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MailboxImpl extends MailboxSettingsImpl implements Mailbox {
	/**
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected String address = ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDisplayName() <em>Display Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisplayName()
	 * @generated
	 * @ordered
	 */
	protected static final String DISPLAY_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDisplayName() <em>Display Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisplayName()
	 * @generated
	 * @ordered
	 */
	protected String displayName = DISPLAY_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENABLED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean enabled = ENABLED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getForwarding() <em>Forwarding</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForwarding()
	 * @generated
	 * @ordered
	 */
	protected Forwarding forwarding;

	/**
	 * The default value of the '{@link #isMarkedForRemoval() <em>Marked For Removal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMarkedForRemoval()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MARKED_FOR_REMOVAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMarkedForRemoval() <em>Marked For Removal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMarkedForRemoval()
	 * @generated
	 * @ordered
	 */
	protected boolean markedForRemoval = MARKED_FOR_REMOVAL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getServerStates() <em>Server States</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServerStates()
	 * @generated
	 * @ordered
	 */
	protected EList<ServerState> serverStates;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MailboxImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MailboxPackage.Literals.MAILBOX;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(String newAddress) {
		String oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.MAILBOX__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDisplayName() {
		return displayName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisplayName(String newDisplayName) {
		String oldDisplayName = displayName;
		displayName = newDisplayName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.MAILBOX__DISPLAY_NAME, oldDisplayName, displayName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnabled(boolean newEnabled) {
		boolean oldEnabled = enabled;
		enabled = newEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.MAILBOX__ENABLED, oldEnabled, enabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Forwarding getForwarding() {
		return forwarding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetForwarding(Forwarding newForwarding, NotificationChain msgs) {
		Forwarding oldForwarding = forwarding;
		forwarding = newForwarding;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, MailboxPackage.MAILBOX__FORWARDING, oldForwarding, newForwarding);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setForwarding(Forwarding newForwarding) {
		if (newForwarding != forwarding) {
			NotificationChain msgs = null;
			if (forwarding != null)
				msgs = ((InternalEObject)forwarding).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - MailboxPackage.MAILBOX__FORWARDING, null, msgs);
			if (newForwarding != null)
				msgs = ((InternalEObject)newForwarding).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - MailboxPackage.MAILBOX__FORWARDING, null, msgs);
			msgs = basicSetForwarding(newForwarding, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.MAILBOX__FORWARDING, newForwarding, newForwarding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Domain getDomain() {
		if (eContainerFeatureID() != MailboxPackage.MAILBOX__DOMAIN) return null;
		return (Domain)eContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Domain basicGetDomain() {
		if (eContainerFeatureID() != MailboxPackage.MAILBOX__DOMAIN) return null;
		return (Domain)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDomain(Domain newDomain, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newDomain, MailboxPackage.MAILBOX__DOMAIN, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDomain(Domain newDomain) {
		if (newDomain != eInternalContainer() || (eContainerFeatureID() != MailboxPackage.MAILBOX__DOMAIN && newDomain != null)) {
			if (EcoreUtil.isAncestor(this, newDomain))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newDomain != null)
				msgs = ((InternalEObject)newDomain).eInverseAdd(this, MailboxPackage.DOMAIN__MAILBOXES, Domain.class, msgs);
			msgs = basicSetDomain(newDomain, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.MAILBOX__DOMAIN, newDomain, newDomain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMarkedForRemoval() {
		return markedForRemoval;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMarkedForRemoval(boolean newMarkedForRemoval) {
		boolean oldMarkedForRemoval = markedForRemoval;
		markedForRemoval = newMarkedForRemoval;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.MAILBOX__MARKED_FOR_REMOVAL, oldMarkedForRemoval, markedForRemoval));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ServerState> getServerStates() {
		if (serverStates == null) {
			serverStates = new EObjectContainmentEList<ServerState>(ServerState.class, this, MailboxPackage.MAILBOX__SERVER_STATES);
		}
		return serverStates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MailboxPackage.MAILBOX__DOMAIN:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetDomain((Domain)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MailboxPackage.MAILBOX__FORWARDING:
				return basicSetForwarding(null, msgs);
			case MailboxPackage.MAILBOX__DOMAIN:
				return basicSetDomain(null, msgs);
			case MailboxPackage.MAILBOX__SERVER_STATES:
				return ((InternalEList<?>)getServerStates()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case MailboxPackage.MAILBOX__DOMAIN:
				return eInternalContainer().eInverseRemove(this, MailboxPackage.DOMAIN__MAILBOXES, Domain.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MailboxPackage.MAILBOX__ADDRESS:
				return getAddress();
			case MailboxPackage.MAILBOX__DISPLAY_NAME:
				return getDisplayName();
			case MailboxPackage.MAILBOX__ENABLED:
				return isEnabled();
			case MailboxPackage.MAILBOX__FORWARDING:
				return getForwarding();
			case MailboxPackage.MAILBOX__DOMAIN:
				if (resolve) return getDomain();
				return basicGetDomain();
			case MailboxPackage.MAILBOX__MARKED_FOR_REMOVAL:
				return isMarkedForRemoval();
			case MailboxPackage.MAILBOX__SERVER_STATES:
				return getServerStates();
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
			case MailboxPackage.MAILBOX__ADDRESS:
				setAddress((String)newValue);
				return;
			case MailboxPackage.MAILBOX__DISPLAY_NAME:
				setDisplayName((String)newValue);
				return;
			case MailboxPackage.MAILBOX__ENABLED:
				setEnabled((Boolean)newValue);
				return;
			case MailboxPackage.MAILBOX__FORWARDING:
				setForwarding((Forwarding)newValue);
				return;
			case MailboxPackage.MAILBOX__DOMAIN:
				setDomain((Domain)newValue);
				return;
			case MailboxPackage.MAILBOX__MARKED_FOR_REMOVAL:
				setMarkedForRemoval((Boolean)newValue);
				return;
			case MailboxPackage.MAILBOX__SERVER_STATES:
				getServerStates().clear();
				getServerStates().addAll((Collection<? extends ServerState>)newValue);
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
			case MailboxPackage.MAILBOX__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case MailboxPackage.MAILBOX__DISPLAY_NAME:
				setDisplayName(DISPLAY_NAME_EDEFAULT);
				return;
			case MailboxPackage.MAILBOX__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
				return;
			case MailboxPackage.MAILBOX__FORWARDING:
				setForwarding((Forwarding)null);
				return;
			case MailboxPackage.MAILBOX__DOMAIN:
				setDomain((Domain)null);
				return;
			case MailboxPackage.MAILBOX__MARKED_FOR_REMOVAL:
				setMarkedForRemoval(MARKED_FOR_REMOVAL_EDEFAULT);
				return;
			case MailboxPackage.MAILBOX__SERVER_STATES:
				getServerStates().clear();
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
			case MailboxPackage.MAILBOX__ADDRESS:
				return ADDRESS_EDEFAULT == null ? address != null : !ADDRESS_EDEFAULT.equals(address);
			case MailboxPackage.MAILBOX__DISPLAY_NAME:
				return DISPLAY_NAME_EDEFAULT == null ? displayName != null : !DISPLAY_NAME_EDEFAULT.equals(displayName);
			case MailboxPackage.MAILBOX__ENABLED:
				return enabled != ENABLED_EDEFAULT;
			case MailboxPackage.MAILBOX__FORWARDING:
				return forwarding != null;
			case MailboxPackage.MAILBOX__DOMAIN:
				return basicGetDomain() != null;
			case MailboxPackage.MAILBOX__MARKED_FOR_REMOVAL:
				return markedForRemoval != MARKED_FOR_REMOVAL_EDEFAULT;
			case MailboxPackage.MAILBOX__SERVER_STATES:
				return serverStates != null && !serverStates.isEmpty();
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
		result.append(" (address: ");
		result.append(address);
		result.append(", displayName: ");
		result.append(displayName);
		result.append(", enabled: ");
		result.append(enabled);
		result.append(", markedForRemoval: ");
		result.append(markedForRemoval);
		result.append(')');
		return result.toString();
	}

} //MailboxImpl
