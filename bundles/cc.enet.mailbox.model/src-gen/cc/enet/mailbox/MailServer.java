/**
 * Mailbox Console. Generated from mailbox.ecore by releng/regenerate-model: do not edit by hand.
 */
package cc.enet.mailbox;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mail Server</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A live server the model is applied to. Its credentials are never here: they live in secure storage, an environment variable or a prompt.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cc.enet.mailbox.MailServer#getName <em>Name</em>}</li>
 *   <li>{@link cc.enet.mailbox.MailServer#getKind <em>Kind</em>}</li>
 *   <li>{@link cc.enet.mailbox.MailServer#getUrl <em>Url</em>}</li>
 *   <li>{@link cc.enet.mailbox.MailServer#getPinnedCertificateSha256 <em>Pinned Certificate Sha256</em>}</li>
 *   <li>{@link cc.enet.mailbox.MailServer#getSettings <em>Settings</em>}</li>
 *   <li>{@link cc.enet.mailbox.MailServer#getHostNames <em>Host Names</em>}</li>
 * </ul>
 *
 * @see cc.enet.mailbox.MailboxPackage#getMailServer()
 * @model
 * @generated
 */
public interface MailServer extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see cc.enet.mailbox.MailboxPackage#getMailServer_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.MailServer#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which connector talks to it, e.g. james.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see cc.enet.mailbox.MailboxPackage#getMailServer_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.MailServer#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Url</em>' attribute.
	 * @see #setUrl(String)
	 * @see cc.enet.mailbox.MailboxPackage#getMailServer_Url()
	 * @model
	 * @generated
	 */
	String getUrl();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.MailServer#getUrl <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Url</em>' attribute.
	 * @see #getUrl()
	 * @generated
	 */
	void setUrl(String value);

	/**
	 * Returns the value of the '<em><b>Pinned Certificate Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Trust exactly this certificate (SHA-256 of its DER form, hex) instead of the system's trust store: the explicit per-server choice for a self-signed server.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pinned Certificate Sha256</em>' attribute.
	 * @see #setPinnedCertificateSha256(String)
	 * @see cc.enet.mailbox.MailboxPackage#getMailServer_PinnedCertificateSha256()
	 * @model
	 * @generated
	 */
	String getPinnedCertificateSha256();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.MailServer#getPinnedCertificateSha256 <em>Pinned Certificate Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pinned Certificate Sha256</em>' attribute.
	 * @see #getPinnedCertificateSha256()
	 * @generated
	 */
	void setPinnedCertificateSha256(String value);

	/**
	 * Returns the value of the '<em><b>Settings</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The settings its kind declares, one KEY=VALUE each (endpoints, user names; never a secret).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Settings</em>' attribute list.
	 * @see cc.enet.mailbox.MailboxPackage#getMailServer_Settings()
	 * @model
	 * @generated
	 */
	EList<String> getSettings();

	/**
	 * Returns the value of the '<em><b>Host Names</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The notified host names (POP3, IMAP, SMTP) this server serves: a domain without a server of its own whose notified hosts are all among them lives here. Empty: no domain is derived to it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Host Names</em>' attribute list.
	 * @see cc.enet.mailbox.MailboxPackage#getMailServer_HostNames()
	 * @model
	 * @generated
	 */
	EList<String> getHostNames();

} // MailServer
