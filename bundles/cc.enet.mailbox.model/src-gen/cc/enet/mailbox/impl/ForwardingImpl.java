/**
 * Mailbox Console. Generated from mailbox.ecore by releng/regenerate-model: do not edit by hand.
 */
package cc.enet.mailbox.impl;

import cc.enet.mailbox.Forwarding;
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
 * An implementation of the model object '<em><b>Forwarding</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cc.enet.mailbox.impl.ForwardingImpl#getTargets <em>Targets</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.ForwardingImpl#isKeepCopy <em>Keep Copy</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ForwardingImpl extends MinimalEObjectImpl.Container implements Forwarding {
	/**
	 * The cached value of the '{@link #getTargets() <em>Targets</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<String> targets;

	/**
	 * The default value of the '{@link #isKeepCopy() <em>Keep Copy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isKeepCopy()
	 * @generated
	 * @ordered
	 */
	protected static final boolean KEEP_COPY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isKeepCopy() <em>Keep Copy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isKeepCopy()
	 * @generated
	 * @ordered
	 */
	protected boolean keepCopy = KEEP_COPY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ForwardingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MailboxPackage.Literals.FORWARDING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTargets() {
		if (targets == null) {
			targets = new EDataTypeEList<String>(String.class, this, MailboxPackage.FORWARDING__TARGETS);
		}
		return targets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isKeepCopy() {
		return keepCopy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeepCopy(boolean newKeepCopy) {
		boolean oldKeepCopy = keepCopy;
		keepCopy = newKeepCopy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.FORWARDING__KEEP_COPY, oldKeepCopy, keepCopy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MailboxPackage.FORWARDING__TARGETS:
				return getTargets();
			case MailboxPackage.FORWARDING__KEEP_COPY:
				return isKeepCopy();
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
			case MailboxPackage.FORWARDING__TARGETS:
				getTargets().clear();
				getTargets().addAll((Collection<? extends String>)newValue);
				return;
			case MailboxPackage.FORWARDING__KEEP_COPY:
				setKeepCopy((Boolean)newValue);
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
			case MailboxPackage.FORWARDING__TARGETS:
				getTargets().clear();
				return;
			case MailboxPackage.FORWARDING__KEEP_COPY:
				setKeepCopy(KEEP_COPY_EDEFAULT);
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
			case MailboxPackage.FORWARDING__TARGETS:
				return targets != null && !targets.isEmpty();
			case MailboxPackage.FORWARDING__KEEP_COPY:
				return keepCopy != KEEP_COPY_EDEFAULT;
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
		result.append(" (targets: ");
		result.append(targets);
		result.append(", keepCopy: ");
		result.append(keepCopy);
		result.append(')');
		return result.toString();
	}

} //ForwardingImpl
