/**
 * Mailbox Console. Generated from mailbox.ecore by releng/regenerate-model: do not edit by hand.
 */
package cc.enet.mailbox;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Customer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cc.enet.mailbox.Customer#getId <em>Id</em>}</li>
 *   <li>{@link cc.enet.mailbox.Customer#getName <em>Name</em>}</li>
 *   <li>{@link cc.enet.mailbox.Customer#getDomains <em>Domains</em>}</li>
 *   <li>{@link cc.enet.mailbox.Customer#getContactName <em>Contact Name</em>}</li>
 *   <li>{@link cc.enet.mailbox.Customer#getContactAddress <em>Contact Address</em>}</li>
 * </ul>
 *
 * @see cc.enet.mailbox.MailboxPackage#getCustomer()
 * @model
 * @generated
 */
public interface Customer extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A stable key; it also names the customer's file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see cc.enet.mailbox.MailboxPackage#getCustomer_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.Customer#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see cc.enet.mailbox.MailboxPackage#getCustomer_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.Customer#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Domains</b></em>' containment reference list.
	 * The list contents are of type {@link cc.enet.mailbox.Domain}.
	 * It is bidirectional and its opposite is '{@link cc.enet.mailbox.Domain#getCustomer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Domains</em>' containment reference list.
	 * @see cc.enet.mailbox.MailboxPackage#getCustomer_Domains()
	 * @see cc.enet.mailbox.Domain#getCustomer
	 * @model opposite="customer" containment="true"
	 * @generated
	 */
	EList<Domain> getDomains();

	/**
	 * Returns the value of the '<em><b>Contact Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer's contact person, whom the setup mail is addressed to (not a mailbox's sender name).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contact Name</em>' attribute.
	 * @see #setContactName(String)
	 * @see cc.enet.mailbox.MailboxPackage#getCustomer_ContactName()
	 * @model
	 * @generated
	 */
	String getContactName();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.Customer#getContactName <em>Contact Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contact Name</em>' attribute.
	 * @see #getContactName()
	 * @generated
	 */
	void setContactName(String value);

	/**
	 * Returns the value of the '<em><b>Contact Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The contact person's mail address: where the setup mail goes unless staff name another.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contact Address</em>' attribute.
	 * @see #setContactAddress(String)
	 * @see cc.enet.mailbox.MailboxPackage#getCustomer_ContactAddress()
	 * @model
	 * @generated
	 */
	String getContactAddress();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.Customer#getContactAddress <em>Contact Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contact Address</em>' attribute.
	 * @see #getContactAddress()
	 * @generated
	 */
	void setContactAddress(String value);

} // Customer
