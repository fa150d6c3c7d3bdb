/**
 * Mailbox Console. Generated from mailbox.ecore by releng/regenerate-model: do not edit by hand.
 */
package cc.enet.mailbox.impl;

import cc.enet.mailbox.Filters;
import cc.enet.mailbox.Forwarding;
import cc.enet.mailbox.MailboxPackage;
import cc.enet.mailbox.ServerState;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Server State</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cc.enet.mailbox.impl.ServerStateImpl#getServer <em>Server</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.ServerStateImpl#getQuotaMb <em>Quota Mb</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.ServerStateImpl#getForwarding <em>Forwarding</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.ServerStateImpl#getFilters <em>Filters</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServerStateImpl extends MinimalEObjectImpl.Container implements ServerState {
	/**
	 * The default value of the '{@link #getServer() <em>Server</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServer()
	 * @generated
	 * @ordered
	 */
	protected static final String SERVER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getServer() <em>Server</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServer()
	 * @generated
	 * @ordered
	 */
	protected String server = SERVER_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuotaMb() <em>Quota Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuotaMb()
	 * @generated
	 * @ordered
	 */
	protected static final int QUOTA_MB_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getQuotaMb() <em>Quota Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuotaMb()
	 * @generated
	 * @ordered
	 */
	protected int quotaMb = QUOTA_MB_EDEFAULT;

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
	 * The cached value of the '{@link #getFilters() <em>Filters</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFilters()
	 * @generated
	 * @ordered
	 */
	protected Filters filters;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServerStateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MailboxPackage.Literals.SERVER_STATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getServer() {
		return server;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServer(String newServer) {
		String oldServer = server;
		server = newServer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.SERVER_STATE__SERVER, oldServer, server));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getQuotaMb() {
		return quotaMb;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuotaMb(int newQuotaMb) {
		int oldQuotaMb = quotaMb;
		quotaMb = newQuotaMb;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.SERVER_STATE__QUOTA_MB, oldQuotaMb, quotaMb));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, MailboxPackage.SERVER_STATE__FORWARDING, oldForwarding, newForwarding);
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
				msgs = ((InternalEObject)forwarding).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - MailboxPackage.SERVER_STATE__FORWARDING, null, msgs);
			if (newForwarding != null)
				msgs = ((InternalEObject)newForwarding).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - MailboxPackage.SERVER_STATE__FORWARDING, null, msgs);
			msgs = basicSetForwarding(newForwarding, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.SERVER_STATE__FORWARDING, newForwarding, newForwarding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Filters getFilters() {
		return filters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFilters(Filters newFilters, NotificationChain msgs) {
		Filters oldFilters = filters;
		filters = newFilters;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, MailboxPackage.SERVER_STATE__FILTERS, oldFilters, newFilters);
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
	public void setFilters(Filters newFilters) {
		if (newFilters != filters) {
			NotificationChain msgs = null;
			if (filters != null)
				msgs = ((InternalEObject)filters).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - MailboxPackage.SERVER_STATE__FILTERS, null, msgs);
			if (newFilters != null)
				msgs = ((InternalEObject)newFilters).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - MailboxPackage.SERVER_STATE__FILTERS, null, msgs);
			msgs = basicSetFilters(newFilters, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.SERVER_STATE__FILTERS, newFilters, newFilters));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MailboxPackage.SERVER_STATE__FORWARDING:
				return basicSetForwarding(null, msgs);
			case MailboxPackage.SERVER_STATE__FILTERS:
				return basicSetFilters(null, msgs);
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
			case MailboxPackage.SERVER_STATE__SERVER:
				return getServer();
			case MailboxPackage.SERVER_STATE__QUOTA_MB:
				return getQuotaMb();
			case MailboxPackage.SERVER_STATE__FORWARDING:
				return getForwarding();
			case MailboxPackage.SERVER_STATE__FILTERS:
				return getFilters();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case MailboxPackage.SERVER_STATE__SERVER:
				setServer((String)newValue);
				return;
			case MailboxPackage.SERVER_STATE__QUOTA_MB:
				setQuotaMb((Integer)newValue);
				return;
			case MailboxPackage.SERVER_STATE__FORWARDING:
				setForwarding((Forwarding)newValue);
				return;
			case MailboxPackage.SERVER_STATE__FILTERS:
				setFilters((Filters)newValue);
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
			case MailboxPackage.SERVER_STATE__SERVER:
				setServer(SERVER_EDEFAULT);
				return;
			case MailboxPackage.SERVER_STATE__QUOTA_MB:
				setQuotaMb(QUOTA_MB_EDEFAULT);
				return;
			case MailboxPackage.SERVER_STATE__FORWARDING:
				setForwarding((Forwarding)null);
				return;
			case MailboxPackage.SERVER_STATE__FILTERS:
				setFilters((Filters)null);
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
			case MailboxPackage.SERVER_STATE__SERVER:
				return SERVER_EDEFAULT == null ? server != null : !SERVER_EDEFAULT.equals(server);
			case MailboxPackage.SERVER_STATE__QUOTA_MB:
				return quotaMb != QUOTA_MB_EDEFAULT;
			case MailboxPackage.SERVER_STATE__FORWARDING:
				return forwarding != null;
			case MailboxPackage.SERVER_STATE__FILTERS:
				return filters != null;
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
		result.append(" (server: ");
		result.append(server);
		result.append(", quotaMb: ");
		result.append(quotaMb);
		result.append(')');
		return result.toString();
	}

} //ServerStateImpl
