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
 *   <li>{@link cc.enet.mailbox.impl.ServerStateImpl#getEnabled <em>Enabled</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.ServerStateImpl#getPasswordSet <em>Password Set</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.ServerStateImpl#getDisplayName <em>Display Name</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.ServerStateImpl#getSendEncoding <em>Send Encoding</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.ServerStateImpl#getRetentionDays <em>Retention Days</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.ServerStateImpl#getRejectVirus <em>Reject Virus</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.ServerStateImpl#getRejectSpam <em>Reject Spam</em>}</li>
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
	 * The default value of the '{@link #getEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean ENABLED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnabled()
	 * @generated
	 * @ordered
	 */
	protected Boolean enabled = ENABLED_EDEFAULT;

	/**
	 * The default value of the '{@link #getPasswordSet() <em>Password Set</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPasswordSet()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean PASSWORD_SET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPasswordSet() <em>Password Set</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPasswordSet()
	 * @generated
	 * @ordered
	 */
	protected Boolean passwordSet = PASSWORD_SET_EDEFAULT;

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
	 * The default value of the '{@link #getSendEncoding() <em>Send Encoding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSendEncoding()
	 * @generated
	 * @ordered
	 */
	protected static final String SEND_ENCODING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSendEncoding() <em>Send Encoding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSendEncoding()
	 * @generated
	 * @ordered
	 */
	protected String sendEncoding = SEND_ENCODING_EDEFAULT;

	/**
	 * The default value of the '{@link #getRetentionDays() <em>Retention Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetentionDays()
	 * @generated
	 * @ordered
	 */
	protected static final Integer RETENTION_DAYS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRetentionDays() <em>Retention Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetentionDays()
	 * @generated
	 * @ordered
	 */
	protected Integer retentionDays = RETENTION_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRejectVirus() <em>Reject Virus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRejectVirus()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean REJECT_VIRUS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRejectVirus() <em>Reject Virus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRejectVirus()
	 * @generated
	 * @ordered
	 */
	protected Boolean rejectVirus = REJECT_VIRUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRejectSpam() <em>Reject Spam</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRejectSpam()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean REJECT_SPAM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRejectSpam() <em>Reject Spam</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRejectSpam()
	 * @generated
	 * @ordered
	 */
	protected Boolean rejectSpam = REJECT_SPAM_EDEFAULT;

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
	public Boolean getEnabled() {
		return enabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnabled(Boolean newEnabled) {
		Boolean oldEnabled = enabled;
		enabled = newEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.SERVER_STATE__ENABLED, oldEnabled, enabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getPasswordSet() {
		return passwordSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPasswordSet(Boolean newPasswordSet) {
		Boolean oldPasswordSet = passwordSet;
		passwordSet = newPasswordSet;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.SERVER_STATE__PASSWORD_SET, oldPasswordSet, passwordSet));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.SERVER_STATE__DISPLAY_NAME, oldDisplayName, displayName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSendEncoding() {
		return sendEncoding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSendEncoding(String newSendEncoding) {
		String oldSendEncoding = sendEncoding;
		sendEncoding = newSendEncoding;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.SERVER_STATE__SEND_ENCODING, oldSendEncoding, sendEncoding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getRetentionDays() {
		return retentionDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetentionDays(Integer newRetentionDays) {
		Integer oldRetentionDays = retentionDays;
		retentionDays = newRetentionDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.SERVER_STATE__RETENTION_DAYS, oldRetentionDays, retentionDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getRejectVirus() {
		return rejectVirus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRejectVirus(Boolean newRejectVirus) {
		Boolean oldRejectVirus = rejectVirus;
		rejectVirus = newRejectVirus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.SERVER_STATE__REJECT_VIRUS, oldRejectVirus, rejectVirus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getRejectSpam() {
		return rejectSpam;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRejectSpam(Boolean newRejectSpam) {
		Boolean oldRejectSpam = rejectSpam;
		rejectSpam = newRejectSpam;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.SERVER_STATE__REJECT_SPAM, oldRejectSpam, rejectSpam));
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
			case MailboxPackage.SERVER_STATE__ENABLED:
				return getEnabled();
			case MailboxPackage.SERVER_STATE__PASSWORD_SET:
				return getPasswordSet();
			case MailboxPackage.SERVER_STATE__DISPLAY_NAME:
				return getDisplayName();
			case MailboxPackage.SERVER_STATE__SEND_ENCODING:
				return getSendEncoding();
			case MailboxPackage.SERVER_STATE__RETENTION_DAYS:
				return getRetentionDays();
			case MailboxPackage.SERVER_STATE__REJECT_VIRUS:
				return getRejectVirus();
			case MailboxPackage.SERVER_STATE__REJECT_SPAM:
				return getRejectSpam();
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
			case MailboxPackage.SERVER_STATE__ENABLED:
				setEnabled((Boolean)newValue);
				return;
			case MailboxPackage.SERVER_STATE__PASSWORD_SET:
				setPasswordSet((Boolean)newValue);
				return;
			case MailboxPackage.SERVER_STATE__DISPLAY_NAME:
				setDisplayName((String)newValue);
				return;
			case MailboxPackage.SERVER_STATE__SEND_ENCODING:
				setSendEncoding((String)newValue);
				return;
			case MailboxPackage.SERVER_STATE__RETENTION_DAYS:
				setRetentionDays((Integer)newValue);
				return;
			case MailboxPackage.SERVER_STATE__REJECT_VIRUS:
				setRejectVirus((Boolean)newValue);
				return;
			case MailboxPackage.SERVER_STATE__REJECT_SPAM:
				setRejectSpam((Boolean)newValue);
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
			case MailboxPackage.SERVER_STATE__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
				return;
			case MailboxPackage.SERVER_STATE__PASSWORD_SET:
				setPasswordSet(PASSWORD_SET_EDEFAULT);
				return;
			case MailboxPackage.SERVER_STATE__DISPLAY_NAME:
				setDisplayName(DISPLAY_NAME_EDEFAULT);
				return;
			case MailboxPackage.SERVER_STATE__SEND_ENCODING:
				setSendEncoding(SEND_ENCODING_EDEFAULT);
				return;
			case MailboxPackage.SERVER_STATE__RETENTION_DAYS:
				setRetentionDays(RETENTION_DAYS_EDEFAULT);
				return;
			case MailboxPackage.SERVER_STATE__REJECT_VIRUS:
				setRejectVirus(REJECT_VIRUS_EDEFAULT);
				return;
			case MailboxPackage.SERVER_STATE__REJECT_SPAM:
				setRejectSpam(REJECT_SPAM_EDEFAULT);
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
			case MailboxPackage.SERVER_STATE__ENABLED:
				return ENABLED_EDEFAULT == null ? enabled != null : !ENABLED_EDEFAULT.equals(enabled);
			case MailboxPackage.SERVER_STATE__PASSWORD_SET:
				return PASSWORD_SET_EDEFAULT == null ? passwordSet != null : !PASSWORD_SET_EDEFAULT.equals(passwordSet);
			case MailboxPackage.SERVER_STATE__DISPLAY_NAME:
				return DISPLAY_NAME_EDEFAULT == null ? displayName != null : !DISPLAY_NAME_EDEFAULT.equals(displayName);
			case MailboxPackage.SERVER_STATE__SEND_ENCODING:
				return SEND_ENCODING_EDEFAULT == null ? sendEncoding != null : !SEND_ENCODING_EDEFAULT.equals(sendEncoding);
			case MailboxPackage.SERVER_STATE__RETENTION_DAYS:
				return RETENTION_DAYS_EDEFAULT == null ? retentionDays != null : !RETENTION_DAYS_EDEFAULT.equals(retentionDays);
			case MailboxPackage.SERVER_STATE__REJECT_VIRUS:
				return REJECT_VIRUS_EDEFAULT == null ? rejectVirus != null : !REJECT_VIRUS_EDEFAULT.equals(rejectVirus);
			case MailboxPackage.SERVER_STATE__REJECT_SPAM:
				return REJECT_SPAM_EDEFAULT == null ? rejectSpam != null : !REJECT_SPAM_EDEFAULT.equals(rejectSpam);
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
		result.append(", enabled: ");
		result.append(enabled);
		result.append(", passwordSet: ");
		result.append(passwordSet);
		result.append(", displayName: ");
		result.append(displayName);
		result.append(", sendEncoding: ");
		result.append(sendEncoding);
		result.append(", retentionDays: ");
		result.append(retentionDays);
		result.append(", rejectVirus: ");
		result.append(rejectVirus);
		result.append(", rejectSpam: ");
		result.append(rejectSpam);
		result.append(')');
		return result.toString();
	}

} //ServerStateImpl
