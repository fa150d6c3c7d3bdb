/**
 * Mailbox Console. Generated from mailbox.ecore by releng/regenerate-model: do not edit by hand.
 */
package cc.enet.mailbox;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Filters</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cc.enet.mailbox.Filters#getAllowAddresses <em>Allow Addresses</em>}</li>
 *   <li>{@link cc.enet.mailbox.Filters#getAllowDomains <em>Allow Domains</em>}</li>
 *   <li>{@link cc.enet.mailbox.Filters#getDenyAddresses <em>Deny Addresses</em>}</li>
 *   <li>{@link cc.enet.mailbox.Filters#getDenyDomains <em>Deny Domains</em>}</li>
 *   <li>{@link cc.enet.mailbox.Filters#isRejectVirus <em>Reject Virus</em>}</li>
 *   <li>{@link cc.enet.mailbox.Filters#isRejectSpam <em>Reject Spam</em>}</li>
 * </ul>
 *
 * @see cc.enet.mailbox.MailboxPackage#getFilters()
 * @model
 * @generated
 */
public interface Filters extends EObject {
	/**
	 * Returns the value of the '<em><b>Allow Addresses</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allow Addresses</em>' attribute list.
	 * @see cc.enet.mailbox.MailboxPackage#getFilters_AllowAddresses()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getAllowAddresses();

	/**
	 * Returns the value of the '<em><b>Allow Domains</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allow Domains</em>' attribute list.
	 * @see cc.enet.mailbox.MailboxPackage#getFilters_AllowDomains()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getAllowDomains();

	/**
	 * Returns the value of the '<em><b>Deny Addresses</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deny Addresses</em>' attribute list.
	 * @see cc.enet.mailbox.MailboxPackage#getFilters_DenyAddresses()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getDenyAddresses();

	/**
	 * Returns the value of the '<em><b>Deny Domains</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deny Domains</em>' attribute list.
	 * @see cc.enet.mailbox.MailboxPackage#getFilters_DenyDomains()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getDenyDomains();

	/**
	 * Returns the value of the '<em><b>Reject Virus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reject Virus</em>' attribute.
	 * @see #setRejectVirus(boolean)
	 * @see cc.enet.mailbox.MailboxPackage#getFilters_RejectVirus()
	 * @model
	 * @generated
	 */
	boolean isRejectVirus();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.Filters#isRejectVirus <em>Reject Virus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reject Virus</em>' attribute.
	 * @see #isRejectVirus()
	 * @generated
	 */
	void setRejectVirus(boolean value);

	/**
	 * Returns the value of the '<em><b>Reject Spam</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reject Spam</em>' attribute.
	 * @see #setRejectSpam(boolean)
	 * @see cc.enet.mailbox.MailboxPackage#getFilters_RejectSpam()
	 * @model
	 * @generated
	 */
	boolean isRejectSpam();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.Filters#isRejectSpam <em>Reject Spam</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reject Spam</em>' attribute.
	 * @see #isRejectSpam()
	 * @generated
	 */
	void setRejectSpam(boolean value);

} // Filters
