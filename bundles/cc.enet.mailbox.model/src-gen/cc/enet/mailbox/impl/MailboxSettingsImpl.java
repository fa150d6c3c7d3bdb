/**
 * Mailbox Console. Generated from mailbox.ecore by releng/regenerate-model: do not edit by hand.
 */
package cc.enet.mailbox.impl;

import cc.enet.mailbox.Filters;
import cc.enet.mailbox.MailboxPackage;
import cc.enet.mailbox.MailboxSettings;
import cc.enet.mailbox.Retention;
import cc.enet.mailbox.SendEncoding;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cc.enet.mailbox.impl.MailboxSettingsImpl#getQuotaMb <em>Quota Mb</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.MailboxSettingsImpl#getSendEncoding <em>Send Encoding</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.MailboxSettingsImpl#getRetention <em>Retention</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.MailboxSettingsImpl#getRetentionDays <em>Retention Days</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.MailboxSettingsImpl#getFilters <em>Filters</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class MailboxSettingsImpl extends MinimalEObjectImpl.Container implements MailboxSettings {
	/**
	 * The default value of the '{@link #getQuotaMb() <em>Quota Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuotaMb()
	 * @generated
	 * @ordered
	 */
	protected static final int QUOTA_MB_EDEFAULT = 1024;

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
	 * This is true if the Quota Mb attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean quotaMbESet;

	/**
	 * The default value of the '{@link #getSendEncoding() <em>Send Encoding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSendEncoding()
	 * @generated
	 * @ordered
	 */
	protected static final SendEncoding SEND_ENCODING_EDEFAULT = SendEncoding.ISO_2022_JP;

	/**
	 * The cached value of the '{@link #getSendEncoding() <em>Send Encoding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSendEncoding()
	 * @generated
	 * @ordered
	 */
	protected SendEncoding sendEncoding = SEND_ENCODING_EDEFAULT;

	/**
	 * The default value of the '{@link #getRetention() <em>Retention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetention()
	 * @generated
	 * @ordered
	 */
	protected static final Retention RETENTION_EDEFAULT = Retention.DELETE_AFTER_DOWNLOAD;

	/**
	 * The cached value of the '{@link #getRetention() <em>Retention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetention()
	 * @generated
	 * @ordered
	 */
	protected Retention retention = RETENTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getRetentionDays() <em>Retention Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetentionDays()
	 * @generated
	 * @ordered
	 */
	protected static final int RETENTION_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRetentionDays() <em>Retention Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetentionDays()
	 * @generated
	 * @ordered
	 */
	protected int retentionDays = RETENTION_DAYS_EDEFAULT;

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
	protected MailboxSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MailboxPackage.Literals.MAILBOX_SETTINGS;
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
		boolean oldQuotaMbESet = quotaMbESet;
		quotaMbESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.MAILBOX_SETTINGS__QUOTA_MB, oldQuotaMb, quotaMb, !oldQuotaMbESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetQuotaMb() {
		int oldQuotaMb = quotaMb;
		boolean oldQuotaMbESet = quotaMbESet;
		quotaMb = QUOTA_MB_EDEFAULT;
		quotaMbESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, MailboxPackage.MAILBOX_SETTINGS__QUOTA_MB, oldQuotaMb, QUOTA_MB_EDEFAULT, oldQuotaMbESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetQuotaMb() {
		return quotaMbESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SendEncoding getSendEncoding() {
		return sendEncoding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSendEncoding(SendEncoding newSendEncoding) {
		SendEncoding oldSendEncoding = sendEncoding;
		sendEncoding = newSendEncoding == null ? SEND_ENCODING_EDEFAULT : newSendEncoding;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.MAILBOX_SETTINGS__SEND_ENCODING, oldSendEncoding, sendEncoding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Retention getRetention() {
		return retention;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetention(Retention newRetention) {
		Retention oldRetention = retention;
		retention = newRetention == null ? RETENTION_EDEFAULT : newRetention;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.MAILBOX_SETTINGS__RETENTION, oldRetention, retention));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRetentionDays() {
		return retentionDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetentionDays(int newRetentionDays) {
		int oldRetentionDays = retentionDays;
		retentionDays = newRetentionDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.MAILBOX_SETTINGS__RETENTION_DAYS, oldRetentionDays, retentionDays));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, MailboxPackage.MAILBOX_SETTINGS__FILTERS, oldFilters, newFilters);
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
				msgs = ((InternalEObject)filters).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - MailboxPackage.MAILBOX_SETTINGS__FILTERS, null, msgs);
			if (newFilters != null)
				msgs = ((InternalEObject)newFilters).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - MailboxPackage.MAILBOX_SETTINGS__FILTERS, null, msgs);
			msgs = basicSetFilters(newFilters, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.MAILBOX_SETTINGS__FILTERS, newFilters, newFilters));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MailboxPackage.MAILBOX_SETTINGS__FILTERS:
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
			case MailboxPackage.MAILBOX_SETTINGS__QUOTA_MB:
				return getQuotaMb();
			case MailboxPackage.MAILBOX_SETTINGS__SEND_ENCODING:
				return getSendEncoding();
			case MailboxPackage.MAILBOX_SETTINGS__RETENTION:
				return getRetention();
			case MailboxPackage.MAILBOX_SETTINGS__RETENTION_DAYS:
				return getRetentionDays();
			case MailboxPackage.MAILBOX_SETTINGS__FILTERS:
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
			case MailboxPackage.MAILBOX_SETTINGS__QUOTA_MB:
				setQuotaMb((Integer)newValue);
				return;
			case MailboxPackage.MAILBOX_SETTINGS__SEND_ENCODING:
				setSendEncoding((SendEncoding)newValue);
				return;
			case MailboxPackage.MAILBOX_SETTINGS__RETENTION:
				setRetention((Retention)newValue);
				return;
			case MailboxPackage.MAILBOX_SETTINGS__RETENTION_DAYS:
				setRetentionDays((Integer)newValue);
				return;
			case MailboxPackage.MAILBOX_SETTINGS__FILTERS:
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
			case MailboxPackage.MAILBOX_SETTINGS__QUOTA_MB:
				unsetQuotaMb();
				return;
			case MailboxPackage.MAILBOX_SETTINGS__SEND_ENCODING:
				setSendEncoding(SEND_ENCODING_EDEFAULT);
				return;
			case MailboxPackage.MAILBOX_SETTINGS__RETENTION:
				setRetention(RETENTION_EDEFAULT);
				return;
			case MailboxPackage.MAILBOX_SETTINGS__RETENTION_DAYS:
				setRetentionDays(RETENTION_DAYS_EDEFAULT);
				return;
			case MailboxPackage.MAILBOX_SETTINGS__FILTERS:
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
			case MailboxPackage.MAILBOX_SETTINGS__QUOTA_MB:
				return isSetQuotaMb();
			case MailboxPackage.MAILBOX_SETTINGS__SEND_ENCODING:
				return sendEncoding != SEND_ENCODING_EDEFAULT;
			case MailboxPackage.MAILBOX_SETTINGS__RETENTION:
				return retention != RETENTION_EDEFAULT;
			case MailboxPackage.MAILBOX_SETTINGS__RETENTION_DAYS:
				return retentionDays != RETENTION_DAYS_EDEFAULT;
			case MailboxPackage.MAILBOX_SETTINGS__FILTERS:
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
		result.append(" (quotaMb: ");
		if (quotaMbESet) result.append(quotaMb); else result.append("<unset>");
		result.append(", sendEncoding: ");
		result.append(sendEncoding);
		result.append(", retention: ");
		result.append(retention);
		result.append(", retentionDays: ");
		result.append(retentionDays);
		result.append(')');
		return result.toString();
	}

} //MailboxSettingsImpl
