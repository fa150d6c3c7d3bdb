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
 *   <li>{@link cc.enet.mailbox.ServerState#getEnabled <em>Enabled</em>}</li>
 *   <li>{@link cc.enet.mailbox.ServerState#getPasswordSet <em>Password Set</em>}</li>
 *   <li>{@link cc.enet.mailbox.ServerState#getDisplayName <em>Display Name</em>}</li>
 *   <li>{@link cc.enet.mailbox.ServerState#getSendEncoding <em>Send Encoding</em>}</li>
 *   <li>{@link cc.enet.mailbox.ServerState#getRetentionDays <em>Retention Days</em>}</li>
 *   <li>{@link cc.enet.mailbox.ServerState#getRejectVirus <em>Reject Virus</em>}</li>
 *   <li>{@link cc.enet.mailbox.ServerState#getRejectSpam <em>Reject Spam</em>}</li>
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

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the account could log in and receive; null = not known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(Boolean)
	 * @see cc.enet.mailbox.MailboxPackage#getServerState_Enabled()
	 * @model
	 * @generated
	 */
	Boolean getEnabled();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.ServerState#getEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #getEnabled()
	 * @generated
	 */
	void setEnabled(Boolean value);

	/**
	 * Returns the value of the '<em><b>Password Set</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the account had a password (the initial one is never stored here); null = not known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Password Set</em>' attribute.
	 * @see #setPasswordSet(Boolean)
	 * @see cc.enet.mailbox.MailboxPackage#getServerState_PasswordSet()
	 * @model
	 * @generated
	 */
	Boolean getPasswordSet();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.ServerState#getPasswordSet <em>Password Set</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Password Set</em>' attribute.
	 * @see #getPasswordSet()
	 * @generated
	 */
	void setPasswordSet(Boolean value);

	/**
	 * Returns the value of the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The sender name the server held; null = not known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Display Name</em>' attribute.
	 * @see #setDisplayName(String)
	 * @see cc.enet.mailbox.MailboxPackage#getServerState_DisplayName()
	 * @model
	 * @generated
	 */
	String getDisplayName();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.ServerState#getDisplayName <em>Display Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Display Name</em>' attribute.
	 * @see #getDisplayName()
	 * @generated
	 */
	void setDisplayName(String value);

	/**
	 * Returns the value of the '<em><b>Send Encoding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The send encoding the server held (its literal); null = not known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Send Encoding</em>' attribute.
	 * @see #setSendEncoding(String)
	 * @see cc.enet.mailbox.MailboxPackage#getServerState_SendEncoding()
	 * @model
	 * @generated
	 */
	String getSendEncoding();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.ServerState#getSendEncoding <em>Send Encoding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Send Encoding</em>' attribute.
	 * @see #getSendEncoding()
	 * @generated
	 */
	void setSendEncoding(String value);

	/**
	 * Returns the value of the '<em><b>Retention Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Days the server kept mail (0 = no limit); null = not known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Retention Days</em>' attribute.
	 * @see #setRetentionDays(Integer)
	 * @see cc.enet.mailbox.MailboxPackage#getServerState_RetentionDays()
	 * @model
	 * @generated
	 */
	Integer getRetentionDays();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.ServerState#getRetentionDays <em>Retention Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retention Days</em>' attribute.
	 * @see #getRetentionDays()
	 * @generated
	 */
	void setRetentionDays(Integer value);

	/**
	 * Returns the value of the '<em><b>Reject Virus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the server refused mail carrying a virus; null = not known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reject Virus</em>' attribute.
	 * @see #setRejectVirus(Boolean)
	 * @see cc.enet.mailbox.MailboxPackage#getServerState_RejectVirus()
	 * @model
	 * @generated
	 */
	Boolean getRejectVirus();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.ServerState#getRejectVirus <em>Reject Virus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reject Virus</em>' attribute.
	 * @see #getRejectVirus()
	 * @generated
	 */
	void setRejectVirus(Boolean value);

	/**
	 * Returns the value of the '<em><b>Reject Spam</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the server refused spam; null = not known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reject Spam</em>' attribute.
	 * @see #setRejectSpam(Boolean)
	 * @see cc.enet.mailbox.MailboxPackage#getServerState_RejectSpam()
	 * @model
	 * @generated
	 */
	Boolean getRejectSpam();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.ServerState#getRejectSpam <em>Reject Spam</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reject Spam</em>' attribute.
	 * @see #getRejectSpam()
	 * @generated
	 */
	void setRejectSpam(Boolean value);

} // ServerState
