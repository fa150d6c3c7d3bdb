/**
 * Mailbox Console. Generated from mailbox.ecore by releng/regenerate-model: do not edit by hand.
 */
package cc.enet.mailbox;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service Endpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A server a customer's mail client connects to, as notified by Enet.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cc.enet.mailbox.ServiceEndpoint#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link cc.enet.mailbox.ServiceEndpoint#getHost <em>Host</em>}</li>
 *   <li>{@link cc.enet.mailbox.ServiceEndpoint#getPort <em>Port</em>}</li>
 *   <li>{@link cc.enet.mailbox.ServiceEndpoint#getTls <em>Tls</em>}</li>
 *   <li>{@link cc.enet.mailbox.ServiceEndpoint#getAuthentication <em>Authentication</em>}</li>
 *   <li>{@link cc.enet.mailbox.ServiceEndpoint#isSmtpAuth <em>Smtp Auth</em>}</li>
 *   <li>{@link cc.enet.mailbox.ServiceEndpoint#isHostConfirmed <em>Host Confirmed</em>}</li>
 * </ul>
 *
 * @see cc.enet.mailbox.MailboxPackage#getServiceEndpoint()
 * @model
 * @generated
 */
public interface ServiceEndpoint extends EObject {
	/**
	 * Returns the value of the '<em><b>Protocol</b></em>' attribute.
	 * The literals are from the enumeration {@link cc.enet.mailbox.Protocol}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protocol</em>' attribute.
	 * @see cc.enet.mailbox.Protocol
	 * @see #setProtocol(Protocol)
	 * @see cc.enet.mailbox.MailboxPackage#getServiceEndpoint_Protocol()
	 * @model
	 * @generated
	 */
	Protocol getProtocol();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.ServiceEndpoint#getProtocol <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol</em>' attribute.
	 * @see cc.enet.mailbox.Protocol
	 * @see #getProtocol()
	 * @generated
	 */
	void setProtocol(Protocol value);

	/**
	 * Returns the value of the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host</em>' attribute.
	 * @see #setHost(String)
	 * @see cc.enet.mailbox.MailboxPackage#getServiceEndpoint_Host()
	 * @model
	 * @generated
	 */
	String getHost();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.ServiceEndpoint#getHost <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' attribute.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(String value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Port</em>' attribute.
	 * @see #setPort(int)
	 * @see cc.enet.mailbox.MailboxPackage#getServiceEndpoint_Port()
	 * @model
	 * @generated
	 */
	int getPort();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.ServiceEndpoint#getPort <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' attribute.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(int value);

	/**
	 * Returns the value of the '<em><b>Tls</b></em>' attribute.
	 * The literals are from the enumeration {@link cc.enet.mailbox.TlsMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tls</em>' attribute.
	 * @see cc.enet.mailbox.TlsMode
	 * @see #setTls(TlsMode)
	 * @see cc.enet.mailbox.MailboxPackage#getServiceEndpoint_Tls()
	 * @model
	 * @generated
	 */
	TlsMode getTls();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.ServiceEndpoint#getTls <em>Tls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tls</em>' attribute.
	 * @see cc.enet.mailbox.TlsMode
	 * @see #getTls()
	 * @generated
	 */
	void setTls(TlsMode value);

	/**
	 * Returns the value of the '<em><b>Authentication</b></em>' attribute.
	 * The literals are from the enumeration {@link cc.enet.mailbox.AuthMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Authentication</em>' attribute.
	 * @see cc.enet.mailbox.AuthMethod
	 * @see #setAuthentication(AuthMethod)
	 * @see cc.enet.mailbox.MailboxPackage#getServiceEndpoint_Authentication()
	 * @model
	 * @generated
	 */
	AuthMethod getAuthentication();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.ServiceEndpoint#getAuthentication <em>Authentication</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Authentication</em>' attribute.
	 * @see cc.enet.mailbox.AuthMethod
	 * @see #getAuthentication()
	 * @generated
	 */
	void setAuthentication(AuthMethod value);

	/**
	 * Returns the value of the '<em><b>Smtp Auth</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Smtp Auth</em>' attribute.
	 * @see #setSmtpAuth(boolean)
	 * @see cc.enet.mailbox.MailboxPackage#getServiceEndpoint_SmtpAuth()
	 * @model default="true"
	 * @generated
	 */
	boolean isSmtpAuth();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.ServiceEndpoint#isSmtpAuth <em>Smtp Auth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Smtp Auth</em>' attribute.
	 * @see #isSmtpAuth()
	 * @generated
	 */
	void setSmtpAuth(boolean value);

	/**
	 * Returns the value of the '<em><b>Host Confirmed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IMAP only: staff confirmed the host in the customer's webmail (環境設定 ⇒ 基本設定). Until then it is the guide's likely host (imap4.hetemail.jp for most set up since 2019) and is printed as such. POP3 and SMTP hosts are the ones Enet notified.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Host Confirmed</em>' attribute.
	 * @see #setHostConfirmed(boolean)
	 * @see cc.enet.mailbox.MailboxPackage#getServiceEndpoint_HostConfirmed()
	 * @model
	 * @generated
	 */
	boolean isHostConfirmed();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.ServiceEndpoint#isHostConfirmed <em>Host Confirmed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host Confirmed</em>' attribute.
	 * @see #isHostConfirmed()
	 * @generated
	 */
	void setHostConfirmed(boolean value);

} // ServiceEndpoint
