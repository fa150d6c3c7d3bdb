/**
 * Mailbox Console. Generated from mailbox.ecore by releng/regenerate-model: do not edit by hand.
 */
package cc.enet.mailbox.impl;

import cc.enet.mailbox.Filters;
import cc.enet.mailbox.MailboxPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Filters</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cc.enet.mailbox.impl.FiltersImpl#getAllowAddresses <em>Allow Addresses</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.FiltersImpl#getAllowDomains <em>Allow Domains</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.FiltersImpl#getDenyAddresses <em>Deny Addresses</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.FiltersImpl#getDenyDomains <em>Deny Domains</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.FiltersImpl#isRejectVirus <em>Reject Virus</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.FiltersImpl#isRejectSpam <em>Reject Spam</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FiltersImpl extends MinimalEObjectImpl.Container implements Filters {
	/**
	 * The cached value of the '{@link #getAllowAddresses() <em>Allow Addresses</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllowAddresses()
	 * @generated
	 * @ordered
	 */
	protected EList<String> allowAddresses;

	/**
	 * The cached value of the '{@link #getAllowDomains() <em>Allow Domains</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllowDomains()
	 * @generated
	 * @ordered
	 */
	protected EList<String> allowDomains;

	/**
	 * The cached value of the '{@link #getDenyAddresses() <em>Deny Addresses</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDenyAddresses()
	 * @generated
	 * @ordered
	 */
	protected EList<String> denyAddresses;

	/**
	 * The cached value of the '{@link #getDenyDomains() <em>Deny Domains</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDenyDomains()
	 * @generated
	 * @ordered
	 */
	protected EList<String> denyDomains;

	/**
	 * The default value of the '{@link #isRejectVirus() <em>Reject Virus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRejectVirus()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REJECT_VIRUS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRejectVirus() <em>Reject Virus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRejectVirus()
	 * @generated
	 * @ordered
	 */
	protected boolean rejectVirus = REJECT_VIRUS_EDEFAULT;

	/**
	 * The default value of the '{@link #isRejectSpam() <em>Reject Spam</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRejectSpam()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REJECT_SPAM_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRejectSpam() <em>Reject Spam</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRejectSpam()
	 * @generated
	 * @ordered
	 */
	protected boolean rejectSpam = REJECT_SPAM_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FiltersImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MailboxPackage.Literals.FILTERS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAllowAddresses() {
		if (allowAddresses == null) {
			allowAddresses = new EDataTypeEList<String>(String.class, this, MailboxPackage.FILTERS__ALLOW_ADDRESSES);
		}
		return allowAddresses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAllowDomains() {
		if (allowDomains == null) {
			allowDomains = new EDataTypeEList<String>(String.class, this, MailboxPackage.FILTERS__ALLOW_DOMAINS);
		}
		return allowDomains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getDenyAddresses() {
		if (denyAddresses == null) {
			denyAddresses = new EDataTypeEList<String>(String.class, this, MailboxPackage.FILTERS__DENY_ADDRESSES);
		}
		return denyAddresses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getDenyDomains() {
		if (denyDomains == null) {
			denyDomains = new EDataTypeEList<String>(String.class, this, MailboxPackage.FILTERS__DENY_DOMAINS);
		}
		return denyDomains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRejectVirus() {
		return rejectVirus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRejectVirus(boolean newRejectVirus) {
		boolean oldRejectVirus = rejectVirus;
		rejectVirus = newRejectVirus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.FILTERS__REJECT_VIRUS, oldRejectVirus, rejectVirus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRejectSpam() {
		return rejectSpam;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRejectSpam(boolean newRejectSpam) {
		boolean oldRejectSpam = rejectSpam;
		rejectSpam = newRejectSpam;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.FILTERS__REJECT_SPAM, oldRejectSpam, rejectSpam));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MailboxPackage.FILTERS__ALLOW_ADDRESSES:
				return getAllowAddresses();
			case MailboxPackage.FILTERS__ALLOW_DOMAINS:
				return getAllowDomains();
			case MailboxPackage.FILTERS__DENY_ADDRESSES:
				return getDenyAddresses();
			case MailboxPackage.FILTERS__DENY_DOMAINS:
				return getDenyDomains();
			case MailboxPackage.FILTERS__REJECT_VIRUS:
				return isRejectVirus();
			case MailboxPackage.FILTERS__REJECT_SPAM:
				return isRejectSpam();
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
			case MailboxPackage.FILTERS__ALLOW_ADDRESSES:
				getAllowAddresses().clear();
				getAllowAddresses().addAll((Collection<? extends String>)newValue);
				return;
			case MailboxPackage.FILTERS__ALLOW_DOMAINS:
				getAllowDomains().clear();
				getAllowDomains().addAll((Collection<? extends String>)newValue);
				return;
			case MailboxPackage.FILTERS__DENY_ADDRESSES:
				getDenyAddresses().clear();
				getDenyAddresses().addAll((Collection<? extends String>)newValue);
				return;
			case MailboxPackage.FILTERS__DENY_DOMAINS:
				getDenyDomains().clear();
				getDenyDomains().addAll((Collection<? extends String>)newValue);
				return;
			case MailboxPackage.FILTERS__REJECT_VIRUS:
				setRejectVirus((Boolean)newValue);
				return;
			case MailboxPackage.FILTERS__REJECT_SPAM:
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
			case MailboxPackage.FILTERS__ALLOW_ADDRESSES:
				getAllowAddresses().clear();
				return;
			case MailboxPackage.FILTERS__ALLOW_DOMAINS:
				getAllowDomains().clear();
				return;
			case MailboxPackage.FILTERS__DENY_ADDRESSES:
				getDenyAddresses().clear();
				return;
			case MailboxPackage.FILTERS__DENY_DOMAINS:
				getDenyDomains().clear();
				return;
			case MailboxPackage.FILTERS__REJECT_VIRUS:
				setRejectVirus(REJECT_VIRUS_EDEFAULT);
				return;
			case MailboxPackage.FILTERS__REJECT_SPAM:
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
			case MailboxPackage.FILTERS__ALLOW_ADDRESSES:
				return allowAddresses != null && !allowAddresses.isEmpty();
			case MailboxPackage.FILTERS__ALLOW_DOMAINS:
				return allowDomains != null && !allowDomains.isEmpty();
			case MailboxPackage.FILTERS__DENY_ADDRESSES:
				return denyAddresses != null && !denyAddresses.isEmpty();
			case MailboxPackage.FILTERS__DENY_DOMAINS:
				return denyDomains != null && !denyDomains.isEmpty();
			case MailboxPackage.FILTERS__REJECT_VIRUS:
				return rejectVirus != REJECT_VIRUS_EDEFAULT;
			case MailboxPackage.FILTERS__REJECT_SPAM:
				return rejectSpam != REJECT_SPAM_EDEFAULT;
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
		result.append(" (allowAddresses: ");
		result.append(allowAddresses);
		result.append(", allowDomains: ");
		result.append(allowDomains);
		result.append(", denyAddresses: ");
		result.append(denyAddresses);
		result.append(", denyDomains: ");
		result.append(denyDomains);
		result.append(", rejectVirus: ");
		result.append(rejectVirus);
		result.append(", rejectSpam: ");
		result.append(rejectSpam);
		result.append(')');
		return result.toString();
	}

} //FiltersImpl
