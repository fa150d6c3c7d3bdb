/**
 * Mailbox Console. Generated from mailbox.ecore by releng/regenerate-model: do not edit by hand.
 */
package cc.enet.mailbox;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dns Check</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a resolver answered for a domain's MX and its notified hosts' A records, and whether its mail still reaches Enet.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cc.enet.mailbox.DnsCheck#getCheckedAt <em>Checked At</em>}</li>
 *   <li>{@link cc.enet.mailbox.DnsCheck#getResolver <em>Resolver</em>}</li>
 *   <li>{@link cc.enet.mailbox.DnsCheck#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link cc.enet.mailbox.DnsCheck#getRecords <em>Records</em>}</li>
 *   <li>{@link cc.enet.mailbox.DnsCheck#getMailOffSince <em>Mail Off Since</em>}</li>
 * </ul>
 *
 * @see cc.enet.mailbox.MailboxPackage#getDnsCheck()
 * @model
 * @generated
 */
public interface DnsCheck extends EObject {
	/**
	 * Returns the value of the '<em><b>Checked At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Checked At</em>' attribute.
	 * @see #setCheckedAt(Date)
	 * @see cc.enet.mailbox.MailboxPackage#getDnsCheck_CheckedAt()
	 * @model
	 * @generated
	 */
	Date getCheckedAt();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.DnsCheck#getCheckedAt <em>Checked At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Checked At</em>' attribute.
	 * @see #getCheckedAt()
	 * @generated
	 */
	void setCheckedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Resolver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The DNS server asked, HOST:PORT (or the system's, as its configuration named them).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resolver</em>' attribute.
	 * @see #setResolver(String)
	 * @see cc.enet.mailbox.MailboxPackage#getDnsCheck_Resolver()
	 * @model
	 * @generated
	 */
	String getResolver();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.DnsCheck#getResolver <em>Resolver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolver</em>' attribute.
	 * @see #getResolver()
	 * @generated
	 */
	void setResolver(String value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * The literals are from the enumeration {@link cc.enet.mailbox.DnsOutcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see cc.enet.mailbox.DnsOutcome
	 * @see #setOutcome(DnsOutcome)
	 * @see cc.enet.mailbox.MailboxPackage#getDnsCheck_Outcome()
	 * @model
	 * @generated
	 */
	DnsOutcome getOutcome();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.DnsCheck#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see cc.enet.mailbox.DnsOutcome
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(DnsOutcome value);

	/**
	 * Returns the value of the '<em><b>Records</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The records seen, one each: "MX 10 host", "A host address".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Records</em>' attribute list.
	 * @see cc.enet.mailbox.MailboxPackage#getDnsCheck_Records()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getRecords();

	/**
	 * Returns the value of the '<em><b>Mail Off Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first check that found the mail away from Enet, kept while later checks still find it so; null while the MX is Enet's.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mail Off Since</em>' attribute.
	 * @see #setMailOffSince(Date)
	 * @see cc.enet.mailbox.MailboxPackage#getDnsCheck_MailOffSince()
	 * @model
	 * @generated
	 */
	Date getMailOffSince();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.DnsCheck#getMailOffSince <em>Mail Off Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mail Off Since</em>' attribute.
	 * @see #getMailOffSince()
	 * @generated
	 */
	void setMailOffSince(Date value);

} // DnsCheck
