/**
 * Mailbox Console. Generated from mailbox.ecore by releng/regenerate-model: do not edit by hand.
 */
package cc.enet.mailbox;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Workspace</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root: one staff member's set of customers. Each customer is stored in a file of its own (cross-resource containment).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cc.enet.mailbox.Workspace#getName <em>Name</em>}</li>
 *   <li>{@link cc.enet.mailbox.Workspace#getCustomers <em>Customers</em>}</li>
 *   <li>{@link cc.enet.mailbox.Workspace#getServers <em>Servers</em>}</li>
 *   <li>{@link cc.enet.mailbox.Workspace#getEnetHosts <em>Enet Hosts</em>}</li>
 *   <li>{@link cc.enet.mailbox.Workspace#getSupportContact <em>Support Contact</em>}</li>
 *   <li>{@link cc.enet.mailbox.Workspace#getChangeRequest <em>Change Request</em>}</li>
 * </ul>
 *
 * @see cc.enet.mailbox.MailboxPackage#getWorkspace()
 * @model
 * @generated
 */
public interface Workspace extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see cc.enet.mailbox.MailboxPackage#getWorkspace_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.Workspace#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Customers</b></em>' containment reference list.
	 * The list contents are of type {@link cc.enet.mailbox.Customer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Customers</em>' containment reference list.
	 * @see cc.enet.mailbox.MailboxPackage#getWorkspace_Customers()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Customer> getCustomers();

	/**
	 * Returns the value of the '<em><b>Servers</b></em>' containment reference list.
	 * The list contents are of type {@link cc.enet.mailbox.MailServer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Servers</em>' containment reference list.
	 * @see cc.enet.mailbox.MailboxPackage#getWorkspace_Servers()
	 * @model containment="true"
	 * @generated
	 */
	EList<MailServer> getServers();

	/**
	 * Returns the value of the '<em><b>Enet Hosts</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mail server host names Enet has notified (POP3, IMAP, SMTP). When the list is not empty, an endpoint host outside it is questioned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enet Hosts</em>' attribute list.
	 * @see cc.enet.mailbox.MailboxPackage#getWorkspace_EnetHosts()
	 * @model
	 * @generated
	 */
	EList<String> getEnetHosts();

	/**
	 * Returns the value of the '<em><b>Support Contact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Enet's support contact as customers are told it (name, mail address, telephone), set once per workspace; printed on the setup sheet and in the setup mail.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Support Contact</em>' attribute.
	 * @see #setSupportContact(String)
	 * @see cc.enet.mailbox.MailboxPackage#getWorkspace_SupportContact()
	 * @model
	 * @generated
	 */
	String getSupportContact();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.Workspace#getSupportContact <em>Support Contact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Support Contact</em>' attribute.
	 * @see #getSupportContact()
	 * @generated
	 */
	void setSupportContact(String value);

	/**
	 * Returns the value of the '<em><b>Change Request</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where a customer asks for a change to the POP3 option's contents (the guide's 内容変更申請): an address or URL, set once per workspace.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Change Request</em>' attribute.
	 * @see #setChangeRequest(String)
	 * @see cc.enet.mailbox.MailboxPackage#getWorkspace_ChangeRequest()
	 * @model
	 * @generated
	 */
	String getChangeRequest();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.Workspace#getChangeRequest <em>Change Request</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Change Request</em>' attribute.
	 * @see #getChangeRequest()
	 * @generated
	 */
	void setChangeRequest(String value);

} // Workspace
