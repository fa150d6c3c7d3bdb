/**
 * Mailbox Console. Generated from mailbox.ecore by releng/regenerate-model: do not edit by hand.
 */
package cc.enet.mailbox;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Server State</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a server held for a mailbox when it was last applied or pulled: the base against which a change made on the server (drift) is seen.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cc.enet.mailbox.ServerState#getServer <em>Server</em>}</li>
 *   <li>{@link cc.enet.mailbox.ServerState#getQuotaMb <em>Quota Mb</em>}</li>
 *   <li>{@link cc.enet.mailbox.ServerState#getForwarding <em>Forwarding</em>}</li>
 *   <li>{@link cc.enet.mailbox.ServerState#getFilters <em>Filters</em>}</li>
 * </ul>
 *
 * @see cc.enet.mailbox.MailboxPackage#getServerState()
 * @model
 * @generated
 */
public interface ServerState extends EObject {
	/**
	 * Returns the value of the '<em><b>Server</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Server</em>' attribute.
	 * @see #setServer(String)
	 * @see cc.enet.mailbox.MailboxPackage#getServerState_Server()
	 * @model
	 * @generated
	 */
	String getServer();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.ServerState#getServer <em>Server</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Server</em>' attribute.
	 * @see #getServer()
	 * @generated
	 */
	void setServer(String value);

	/**
	 * Returns the value of the '<em><b>Quota Mb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quota Mb</em>' attribute.
	 * @see #setQuotaMb(int)
	 * @see cc.enet.mailbox.MailboxPackage#getServerState_QuotaMb()
	 * @model
	 * @generated
	 */
	int getQuotaMb();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.ServerState#getQuotaMb <em>Quota Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quota Mb</em>' attribute.
	 * @see #getQuotaMb()
	 * @generated
	 */
	void setQuotaMb(int value);

	/**
	 * Returns the value of the '<em><b>Forwarding</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Forwarding</em>' containment reference.
	 * @see #setForwarding(Forwarding)
	 * @see cc.enet.mailbox.MailboxPackage#getServerState_Forwarding()
	 * @model containment="true"
	 * @generated
	 */
	Forwarding getForwarding();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.ServerState#getForwarding <em>Forwarding</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Forwarding</em>' containment reference.
	 * @see #getForwarding()
	 * @generated
	 */
	void setForwarding(Forwarding value);

	/**
	 * Returns the value of the '<em><b>Filters</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Filters</em>' containment reference.
	 * @see #setFilters(Filters)
	 * @see cc.enet.mailbox.MailboxPackage#getServerState_Filters()
	 * @model containment="true"
	 * @generated
	 */
	Filters getFilters();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.ServerState#getFilters <em>Filters</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Filters</em>' containment reference.
	 * @see #getFilters()
	 * @generated
	 */
	void setFilters(Filters value);

} // ServerState
