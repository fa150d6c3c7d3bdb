/**
 * Mailbox Console. Generated from mailbox.ecore by releng/regenerate-model: do not edit by hand.
 */
package cc.enet.mailbox;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Domain</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cc.enet.mailbox.Domain#getName <em>Name</em>}</li>
 *   <li>{@link cc.enet.mailbox.Domain#getCourse <em>Course</em>}</li>
 *   <li>{@link cc.enet.mailbox.Domain#getMailOption <em>Mail Option</em>}</li>
 *   <li>{@link cc.enet.mailbox.Domain#isCourseFreeForwarding <em>Course Free Forwarding</em>}</li>
 *   <li>{@link cc.enet.mailbox.Domain#isDnsExternal <em>Dns External</em>}</li>
 *   <li>{@link cc.enet.mailbox.Domain#isMailOptionLost <em>Mail Option Lost</em>}</li>
 *   <li>{@link cc.enet.mailbox.Domain#getServer <em>Server</em>}</li>
 *   <li>{@link cc.enet.mailbox.Domain#getDnsCheck <em>Dns Check</em>}</li>
 *   <li>{@link cc.enet.mailbox.Domain#getEndpoints <em>Endpoints</em>}</li>
 *   <li>{@link cc.enet.mailbox.Domain#getDefaults <em>Defaults</em>}</li>
 *   <li>{@link cc.enet.mailbox.Domain#getMailboxes <em>Mailboxes</em>}</li>
 *   <li>{@link cc.enet.mailbox.Domain#getCustomer <em>Customer</em>}</li>
 * </ul>
 *
 * @see cc.enet.mailbox.MailboxPackage#getDomain()
 * @model
 * @generated
 */
public interface Domain extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see cc.enet.mailbox.MailboxPackage#getDomain_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.Domain#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Course</b></em>' attribute.
	 * The literals are from the enumeration {@link cc.enet.mailbox.Course}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Course</em>' attribute.
	 * @see cc.enet.mailbox.Course
	 * @see #setCourse(Course)
	 * @see cc.enet.mailbox.MailboxPackage#getDomain_Course()
	 * @model
	 * @generated
	 */
	Course getCourse();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.Domain#getCourse <em>Course</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Course</em>' attribute.
	 * @see cc.enet.mailbox.Course
	 * @see #getCourse()
	 * @generated
	 */
	void setCourse(Course value);

	/**
	 * Returns the value of the '<em><b>Mail Option</b></em>' attribute.
	 * The default value is <code>"POP3_TYPE_B"</code>.
	 * The literals are from the enumeration {@link cc.enet.mailbox.MailOption}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mail Option</em>' attribute.
	 * @see cc.enet.mailbox.MailOption
	 * @see #setMailOption(MailOption)
	 * @see cc.enet.mailbox.MailboxPackage#getDomain_MailOption()
	 * @model default="POP3_TYPE_B"
	 * @generated
	 */
	MailOption getMailOption();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.Domain#getMailOption <em>Mail Option</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mail Option</em>' attribute.
	 * @see cc.enet.mailbox.MailOption
	 * @see #getMailOption()
	 * @generated
	 */
	void setMailOption(MailOption value);

	/**
	 * Returns the value of the '<em><b>Course Free Forwarding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The hosting course's own free mail forwarding. Turning it on with a mail option disables that option for good.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Course Free Forwarding</em>' attribute.
	 * @see #setCourseFreeForwarding(boolean)
	 * @see cc.enet.mailbox.MailboxPackage#getDomain_CourseFreeForwarding()
	 * @model
	 * @generated
	 */
	boolean isCourseFreeForwarding();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.Domain#isCourseFreeForwarding <em>Course Free Forwarding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Course Free Forwarding</em>' attribute.
	 * @see #isCourseFreeForwarding()
	 * @generated
	 */
	void setCourseFreeForwarding(boolean value);

	/**
	 * Returns the value of the '<em><b>Dns External</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MX or the DNS zone was moved away from Enet: mail here stops. Set by a DNS check that finds MX elsewhere, no MX or no such domain (or by staff); cleared by a check that finds Enet's MX.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dns External</em>' attribute.
	 * @see #setDnsExternal(boolean)
	 * @see cc.enet.mailbox.MailboxPackage#getDomain_DnsExternal()
	 * @model
	 * @generated
	 */
	boolean isDnsExternal();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.Domain#isDnsExternal <em>Dns External</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dns External</em>' attribute.
	 * @see #isDnsExternal()
	 * @generated
	 */
	void setDnsExternal(boolean value);

	/**
	 * Returns the value of the '<em><b>Mail Option Lost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mail option was disabled for good by the course's free forwarding (the guide: it cannot be undone). Recorded by staff; the console never clears it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mail Option Lost</em>' attribute.
	 * @see #setMailOptionLost(boolean)
	 * @see cc.enet.mailbox.MailboxPackage#getDomain_MailOptionLost()
	 * @model
	 * @generated
	 */
	boolean isMailOptionLost();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.Domain#isMailOptionLost <em>Mail Option Lost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mail Option Lost</em>' attribute.
	 * @see #isMailOptionLost()
	 * @generated
	 */
	void setMailOptionLost(boolean value);

	/**
	 * Returns the value of the '<em><b>Server</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the workspace's server definition this domain lives on; null = derived from the notified host names, or the workspace's only server.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Server</em>' attribute.
	 * @see #setServer(String)
	 * @see cc.enet.mailbox.MailboxPackage#getDomain_Server()
	 * @model
	 * @generated
	 */
	String getServer();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.Domain#getServer <em>Server</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Server</em>' attribute.
	 * @see #getServer()
	 * @generated
	 */
	void setServer(String value);

	/**
	 * Returns the value of the '<em><b>Dns Check</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The last real DNS check of the domain; null = never checked.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dns Check</em>' containment reference.
	 * @see #setDnsCheck(DnsCheck)
	 * @see cc.enet.mailbox.MailboxPackage#getDomain_DnsCheck()
	 * @model containment="true"
	 * @generated
	 */
	DnsCheck getDnsCheck();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.Domain#getDnsCheck <em>Dns Check</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dns Check</em>' containment reference.
	 * @see #getDnsCheck()
	 * @generated
	 */
	void setDnsCheck(DnsCheck value);

	/**
	 * Returns the value of the '<em><b>Endpoints</b></em>' containment reference list.
	 * The list contents are of type {@link cc.enet.mailbox.ServiceEndpoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Endpoints</em>' containment reference list.
	 * @see cc.enet.mailbox.MailboxPackage#getDomain_Endpoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<ServiceEndpoint> getEndpoints();

	/**
	 * Returns the value of the '<em><b>Defaults</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Defaults</em>' containment reference.
	 * @see #setDefaults(MailboxDefaults)
	 * @see cc.enet.mailbox.MailboxPackage#getDomain_Defaults()
	 * @model containment="true"
	 * @generated
	 */
	MailboxDefaults getDefaults();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.Domain#getDefaults <em>Defaults</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Defaults</em>' containment reference.
	 * @see #getDefaults()
	 * @generated
	 */
	void setDefaults(MailboxDefaults value);

	/**
	 * Returns the value of the '<em><b>Mailboxes</b></em>' containment reference list.
	 * The list contents are of type {@link cc.enet.mailbox.Mailbox}.
	 * It is bidirectional and its opposite is '{@link cc.enet.mailbox.Mailbox#getDomain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mailboxes</em>' containment reference list.
	 * @see cc.enet.mailbox.MailboxPackage#getDomain_Mailboxes()
	 * @see cc.enet.mailbox.Mailbox#getDomain
	 * @model opposite="domain" containment="true"
	 * @generated
	 */
	EList<Mailbox> getMailboxes();

	/**
	 * Returns the value of the '<em><b>Customer</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link cc.enet.mailbox.Customer#getDomains <em>Domains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Customer</em>' container reference.
	 * @see #setCustomer(Customer)
	 * @see cc.enet.mailbox.MailboxPackage#getDomain_Customer()
	 * @see cc.enet.mailbox.Customer#getDomains
	 * @model opposite="domains"
	 * @generated
	 */
	Customer getCustomer();

	/**
	 * Sets the value of the '{@link cc.enet.mailbox.Domain#getCustomer <em>Customer</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer</em>' container reference.
	 * @see #getCustomer()
	 * @generated
	 */
	void setCustomer(Customer value);

} // Domain
