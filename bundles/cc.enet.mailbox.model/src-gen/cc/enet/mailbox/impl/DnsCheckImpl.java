/**
 * Mailbox Console. Generated from mailbox.ecore by releng/regenerate-model: do not edit by hand.
 */
package cc.enet.mailbox.impl;

import cc.enet.mailbox.DnsCheck;
import cc.enet.mailbox.DnsOutcome;
import cc.enet.mailbox.MailboxPackage;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dns Check</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cc.enet.mailbox.impl.DnsCheckImpl#getCheckedAt <em>Checked At</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.DnsCheckImpl#getResolver <em>Resolver</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.DnsCheckImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.DnsCheckImpl#getRecords <em>Records</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.DnsCheckImpl#getMailOffSince <em>Mail Off Since</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DnsCheckImpl extends MinimalEObjectImpl.Container implements DnsCheck {
	/**
	 * The default value of the '{@link #getCheckedAt() <em>Checked At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheckedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date CHECKED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCheckedAt() <em>Checked At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheckedAt()
	 * @generated
	 * @ordered
	 */
	protected Date checkedAt = CHECKED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getResolver() <em>Resolver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolver()
	 * @generated
	 * @ordered
	 */
	protected static final String RESOLVER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResolver() <em>Resolver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolver()
	 * @generated
	 * @ordered
	 */
	protected String resolver = RESOLVER_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final DnsOutcome OUTCOME_EDEFAULT = DnsOutcome.ENET_MX;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected DnsOutcome outcome = OUTCOME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRecords() <em>Records</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecords()
	 * @generated
	 * @ordered
	 */
	protected EList<String> records;

	/**
	 * The default value of the '{@link #getMailOffSince() <em>Mail Off Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMailOffSince()
	 * @generated
	 * @ordered
	 */
	protected static final Date MAIL_OFF_SINCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMailOffSince() <em>Mail Off Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMailOffSince()
	 * @generated
	 * @ordered
	 */
	protected Date mailOffSince = MAIL_OFF_SINCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DnsCheckImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MailboxPackage.Literals.DNS_CHECK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCheckedAt() {
		return checkedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCheckedAt(Date newCheckedAt) {
		Date oldCheckedAt = checkedAt;
		checkedAt = newCheckedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.DNS_CHECK__CHECKED_AT, oldCheckedAt, checkedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResolver() {
		return resolver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResolver(String newResolver) {
		String oldResolver = resolver;
		resolver = newResolver;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.DNS_CHECK__RESOLVER, oldResolver, resolver));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DnsOutcome getOutcome() {
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(DnsOutcome newOutcome) {
		DnsOutcome oldOutcome = outcome;
		outcome = newOutcome == null ? OUTCOME_EDEFAULT : newOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.DNS_CHECK__OUTCOME, oldOutcome, outcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRecords() {
		if (records == null) {
			records = new EDataTypeEList<String>(String.class, this, MailboxPackage.DNS_CHECK__RECORDS);
		}
		return records;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getMailOffSince() {
		return mailOffSince;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMailOffSince(Date newMailOffSince) {
		Date oldMailOffSince = mailOffSince;
		mailOffSince = newMailOffSince;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.DNS_CHECK__MAIL_OFF_SINCE, oldMailOffSince, mailOffSince));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MailboxPackage.DNS_CHECK__CHECKED_AT:
				return getCheckedAt();
			case MailboxPackage.DNS_CHECK__RESOLVER:
				return getResolver();
			case MailboxPackage.DNS_CHECK__OUTCOME:
				return getOutcome();
			case MailboxPackage.DNS_CHECK__RECORDS:
				return getRecords();
			case MailboxPackage.DNS_CHECK__MAIL_OFF_SINCE:
				return getMailOffSince();
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
			case MailboxPackage.DNS_CHECK__CHECKED_AT:
				setCheckedAt((Date)newValue);
				return;
			case MailboxPackage.DNS_CHECK__RESOLVER:
				setResolver((String)newValue);
				return;
			case MailboxPackage.DNS_CHECK__OUTCOME:
				setOutcome((DnsOutcome)newValue);
				return;
			case MailboxPackage.DNS_CHECK__RECORDS:
				getRecords().clear();
				getRecords().addAll((Collection<? extends String>)newValue);
				return;
			case MailboxPackage.DNS_CHECK__MAIL_OFF_SINCE:
				setMailOffSince((Date)newValue);
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
			case MailboxPackage.DNS_CHECK__CHECKED_AT:
				setCheckedAt(CHECKED_AT_EDEFAULT);
				return;
			case MailboxPackage.DNS_CHECK__RESOLVER:
				setResolver(RESOLVER_EDEFAULT);
				return;
			case MailboxPackage.DNS_CHECK__OUTCOME:
				setOutcome(OUTCOME_EDEFAULT);
				return;
			case MailboxPackage.DNS_CHECK__RECORDS:
				getRecords().clear();
				return;
			case MailboxPackage.DNS_CHECK__MAIL_OFF_SINCE:
				setMailOffSince(MAIL_OFF_SINCE_EDEFAULT);
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
			case MailboxPackage.DNS_CHECK__CHECKED_AT:
				return CHECKED_AT_EDEFAULT == null ? checkedAt != null : !CHECKED_AT_EDEFAULT.equals(checkedAt);
			case MailboxPackage.DNS_CHECK__RESOLVER:
				return RESOLVER_EDEFAULT == null ? resolver != null : !RESOLVER_EDEFAULT.equals(resolver);
			case MailboxPackage.DNS_CHECK__OUTCOME:
				return outcome != OUTCOME_EDEFAULT;
			case MailboxPackage.DNS_CHECK__RECORDS:
				return records != null && !records.isEmpty();
			case MailboxPackage.DNS_CHECK__MAIL_OFF_SINCE:
				return MAIL_OFF_SINCE_EDEFAULT == null ? mailOffSince != null : !MAIL_OFF_SINCE_EDEFAULT.equals(mailOffSince);
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
		result.append(" (checkedAt: ");
		result.append(checkedAt);
		result.append(", resolver: ");
		result.append(resolver);
		result.append(", outcome: ");
		result.append(outcome);
		result.append(", records: ");
		result.append(records);
		result.append(", mailOffSince: ");
		result.append(mailOffSince);
		result.append(')');
		return result.toString();
	}

} //DnsCheckImpl
