/**
 * Mailbox Console. Generated from mailbox.ecore by releng/regenerate-model: do not edit by hand.
 */
package cc.enet.mailbox;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Forwarding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cc.enet.mailbox.Forwarding#getTargets <em>Targets</em>}</li>
 *   <li>{@link cc.enet.mailbox.Forwarding#isKeepCopy <em>Keep Copy</em>}</li>
 * </ul>
 *
 * @see cc.enet.mailbox.MailboxPackage#getForwarding()
 * @model
 * @generated
 */
public interface Forwarding extends EObject {
	/**
	 * Returns the value of the '<em><b>Targets</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Targets</em>' attribute list.
	 * @see cc.enet.mailbox.MailboxPackage#getForwarding_Targets()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getTargets();

	/**
	 * Returns the value of the '<em><b>Keep Copy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Keep Copy</em>' attribute.
	 * @see #setKeepCopy(boolean)
	 * @see cc.enet.mailbox.MailboxPackage#getForwarding_KeepCopy()
	 * @model
	 * @generated
	 */
	boolean isKeepCopy();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.Forwarding#isKeepCopy <em>Keep Copy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Keep Copy</em>' attribute.
	 * @see #isKeepCopy()
	 * @generated
	 */
	void setKeepCopy(boolean value);

} // Forwarding
