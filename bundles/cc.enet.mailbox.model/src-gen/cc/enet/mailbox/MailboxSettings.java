/**
 * Mailbox Console. Generated from mailbox.ecore by releng/regenerate-model: do not edit by hand.
 */
package cc.enet.mailbox;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Settings a mailbox has and a domain gives new mailboxes by default.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cc.enet.mailbox.MailboxSettings#getQuotaMb <em>Quota Mb</em>}</li>
 *   <li>{@link cc.enet.mailbox.MailboxSettings#getSendEncoding <em>Send Encoding</em>}</li>
 *   <li>{@link cc.enet.mailbox.MailboxSettings#getRetention <em>Retention</em>}</li>
 *   <li>{@link cc.enet.mailbox.MailboxSettings#getRetentionDays <em>Retention Days</em>}</li>
 *   <li>{@link cc.enet.mailbox.MailboxSettings#getFilters <em>Filters</em>}</li>
 * </ul>
 *
 * @see cc.enet.mailbox.MailboxPackage#getMailboxSettings()
 * @model abstract="true"
 * @generated
 */
public interface MailboxSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Quota Mb</b></em>' attribute.
	 * The default value is <code>"1024"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The quota staff set for this mailbox (or, on defaults, for the domain's new mailboxes). Unset: the server's default applies and nothing about it is told to the customer (the guide states no size). The getter still answers 1024 when unset, for code written before the flag.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quota Mb</em>' attribute.
	 * @see #isSetQuotaMb()
	 * @see #unsetQuotaMb()
	 * @see #setQuotaMb(int)
	 * @see cc.enet.mailbox.MailboxPackage#getMailboxSettings_QuotaMb()
	 * @model default="1024" unsettable="true"
	 * @generated
	 */
	int getQuotaMb();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.MailboxSettings#getQuotaMb <em>Quota Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quota Mb</em>' attribute.
	 * @see #isSetQuotaMb()
	 * @see #unsetQuotaMb()
	 * @see #getQuotaMb()
	 * @generated
	 */
	void setQuotaMb(int value);

	/**
	 * Unsets the value of the '{@link cc.enet.mailbox.MailboxSettings#getQuotaMb <em>Quota Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetQuotaMb()
	 * @see #getQuotaMb()
	 * @see #setQuotaMb(int)
	 * @generated
	 */
	void unsetQuotaMb();

	/**
	 * Returns whether the value of the '{@link cc.enet.mailbox.MailboxSettings#getQuotaMb <em>Quota Mb</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Quota Mb</em>' attribute is set.
	 * @see #unsetQuotaMb()
	 * @see #getQuotaMb()
	 * @see #setQuotaMb(int)
	 * @generated
	 */
	boolean isSetQuotaMb();

	/**
	 * Returns the value of the '<em><b>Send Encoding</b></em>' attribute.
	 * The literals are from the enumeration {@link cc.enet.mailbox.SendEncoding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Send Encoding</em>' attribute.
	 * @see cc.enet.mailbox.SendEncoding
	 * @see #setSendEncoding(SendEncoding)
	 * @see cc.enet.mailbox.MailboxPackage#getMailboxSettings_SendEncoding()
	 * @model
	 * @generated
	 */
	SendEncoding getSendEncoding();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.MailboxSettings#getSendEncoding <em>Send Encoding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Send Encoding</em>' attribute.
	 * @see cc.enet.mailbox.SendEncoding
	 * @see #getSendEncoding()
	 * @generated
	 */
	void setSendEncoding(SendEncoding value);

	/**
	 * Returns the value of the '<em><b>Retention</b></em>' attribute.
	 * The literals are from the enumeration {@link cc.enet.mailbox.Retention}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Retention</em>' attribute.
	 * @see cc.enet.mailbox.Retention
	 * @see #setRetention(Retention)
	 * @see cc.enet.mailbox.MailboxPackage#getMailboxSettings_Retention()
	 * @model
	 * @generated
	 */
	Retention getRetention();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.MailboxSettings#getRetention <em>Retention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retention</em>' attribute.
	 * @see cc.enet.mailbox.Retention
	 * @see #getRetention()
	 * @generated
	 */
	void setRetention(Retention value);

	/**
	 * Returns the value of the '<em><b>Retention Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Days a client leaves mail on the server; used with retention LEAVE_DAYS.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Retention Days</em>' attribute.
	 * @see #setRetentionDays(int)
	 * @see cc.enet.mailbox.MailboxPackage#getMailboxSettings_RetentionDays()
	 * @model
	 * @generated
	 */
	int getRetentionDays();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.MailboxSettings#getRetentionDays <em>Retention Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retention Days</em>' attribute.
	 * @see #getRetentionDays()
	 * @generated
	 */
	void setRetentionDays(int value);

	/**
	 * Returns the value of the '<em><b>Filters</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Filters</em>' containment reference.
	 * @see #setFilters(Filters)
	 * @see cc.enet.mailbox.MailboxPackage#getMailboxSettings_Filters()
	 * @model containment="true"
	 * @generated
	 */
	Filters getFilters();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.MailboxSettings#getFilters <em>Filters</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Filters</em>' containment reference.
	 * @see #getFilters()
	 * @generated
	 */
	void setFilters(Filters value);

} // MailboxSettings
