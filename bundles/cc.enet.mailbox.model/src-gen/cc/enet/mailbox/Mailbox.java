/**
 * Mailbox Console. Generated from mailbox.ecore by releng/regenerate-model: do not edit by hand.
 */
package cc.enet.mailbox;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mailbox</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cc.enet.mailbox.Mailbox#getAddress <em>Address</em>}</li>
 *   <li>{@link cc.enet.mailbox.Mailbox#getDisplayName <em>Display Name</em>}</li>
 *   <li>{@link cc.enet.mailbox.Mailbox#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link cc.enet.mailbox.Mailbox#getForwarding <em>Forwarding</em>}</li>
 *   <li>{@link cc.enet.mailbox.Mailbox#getDomain <em>Domain</em>}</li>
 *   <li>{@link cc.enet.mailbox.Mailbox#isMarkedForRemoval <em>Marked For Removal</em>}</li>
 *   <li>{@link cc.enet.mailbox.Mailbox#getServerStates <em>Server States</em>}</li>
 * </ul>
 *
 * @see cc.enet.mailbox.MailboxPackage#getMailbox()
 * @model
 * @generated
 */
public interface Mailbox extends MailboxSettings {
	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mail address; also the POP3, IMAP and SMTP AUTH user name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see cc.enet.mailbox.MailboxPackage#getMailbox_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.Mailbox#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Display Name</em>' attribute.
	 * @see #setDisplayName(String)
	 * @see cc.enet.mailbox.MailboxPackage#getMailbox_DisplayName()
	 * @model
	 * @generated
	 */
	String getDisplayName();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.Mailbox#getDisplayName <em>Display Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Display Name</em>' attribute.
	 * @see #getDisplayName()
	 * @generated
	 */
	void setDisplayName(String value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see cc.enet.mailbox.MailboxPackage#getMailbox_Enabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.Mailbox#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Forwarding</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Forwarding</em>' containment reference.
	 * @see #setForwarding(Forwarding)
	 * @see cc.enet.mailbox.MailboxPackage#getMailbox_Forwarding()
	 * @model containment="true"
	 * @generated
	 */
	Forwarding getForwarding();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.Mailbox#getForwarding <em>Forwarding</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Forwarding</em>' containment reference.
	 * @see #getForwarding()
	 * @generated
	 */
	void setForwarding(Forwarding value);

	/**
	 * Returns the value of the '<em><b>Domain</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link cc.enet.mailbox.Domain#getMailboxes <em>Mailboxes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Domain</em>' container reference.
	 * @see #setDomain(Domain)
	 * @see cc.enet.mailbox.MailboxPackage#getMailbox_Domain()
	 * @see cc.enet.mailbox.Domain#getMailboxes
	 * @model opposite="mailboxes"
	 * @generated
	 */
	Domain getDomain();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.Mailbox#getDomain <em>Domain</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain</em>' container reference.
	 * @see #getDomain()
	 * @generated
	 */
	void setDomain(Domain value);

	/**
	 * Returns the value of the '<em><b>Marked For Removal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Apply deletes the mailbox on the server; nothing else ever deletes one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Marked For Removal</em>' attribute.
	 * @see #setMarkedForRemoval(boolean)
	 * @see cc.enet.mailbox.MailboxPackage#getMailbox_MarkedForRemoval()
	 * @model
	 * @generated
	 */
	boolean isMarkedForRemoval();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.Mailbox#isMarkedForRemoval <em>Marked For Removal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Marked For Removal</em>' attribute.
	 * @see #isMarkedForRemoval()
	 * @generated
	 */
	void setMarkedForRemoval(boolean value);

	/**
	 * Returns the value of the '<em><b>Server States</b></em>' containment reference list.
	 * The list contents are of type {@link cc.enet.mailbox.ServerState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Server States</em>' containment reference list.
	 * @see cc.enet.mailbox.MailboxPackage#getMailbox_ServerStates()
	 * @model containment="true"
	 * @generated
	 */
	EList<ServerState> getServerStates();

} // Mailbox
