/**
 * Mailbox Console. Generated from mailbox.ecore by releng/regenerate-model: do not edit by hand.
 */
package cc.enet.mailbox;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Mailboxes of Enet's customer domains, as the company's guide describes them. Server-neutral: no field belongs to one mail server. No password is ever held here.
 * <!-- end-model-doc -->
 * @see cc.enet.mailbox.MailboxFactory
 * @model kind="package"
 * @generated
 */
public interface MailboxPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "mailbox";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://enet.cc/mailbox/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "mailbox";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	MailboxPackage eINSTANCE = cc.enet.mailbox.impl.MailboxPackageImpl.init();

	/**
	 * The meta object id for the '{@link cc.enet.mailbox.impl.WorkspaceImpl <em>Workspace</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cc.enet.mailbox.impl.WorkspaceImpl
	 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getWorkspace()
	 * @generated
	 */
	int WORKSPACE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Customers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__CUSTOMERS = 1;

	/**
	 * The feature id for the '<em><b>Servers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__SERVERS = 2;

	/**
	 * The feature id for the '<em><b>Enet Hosts</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__ENET_HOSTS = 3;

	/**
	 * The feature id for the '<em><b>Support Contact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__SUPPORT_CONTACT = 4;

	/**
	 * The feature id for the '<em><b>Change Request</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__CHANGE_REQUEST = 5;

	/**
	 * The number of structural features of the '<em>Workspace</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Workspace</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link cc.enet.mailbox.impl.MailServerImpl <em>Mail Server</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cc.enet.mailbox.impl.MailServerImpl
	 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getMailServer()
	 * @generated
	 */
	int MAIL_SERVER = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAIL_SERVER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAIL_SERVER__KIND = 1;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAIL_SERVER__URL = 2;

	/**
	 * The feature id for the '<em><b>Pinned Certificate Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAIL_SERVER__PINNED_CERTIFICATE_SHA256 = 3;

	/**
	 * The feature id for the '<em><b>Settings</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAIL_SERVER__SETTINGS = 4;

	/**
	 * The feature id for the '<em><b>Host Names</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAIL_SERVER__HOST_NAMES = 5;

	/**
	 * The number of structural features of the '<em>Mail Server</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAIL_SERVER_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Mail Server</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAIL_SERVER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link cc.enet.mailbox.impl.CustomerImpl <em>Customer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cc.enet.mailbox.impl.CustomerImpl
	 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getCustomer()
	 * @generated
	 */
	int CUSTOMER = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__NAME = 1;

	/**
	 * The feature id for the '<em><b>Domains</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__DOMAINS = 2;

	/**
	 * The feature id for the '<em><b>Contact Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__CONTACT_NAME = 3;

	/**
	 * The feature id for the '<em><b>Contact Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__CONTACT_ADDRESS = 4;

	/**
	 * The number of structural features of the '<em>Customer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Customer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link cc.enet.mailbox.impl.DomainImpl <em>Domain</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cc.enet.mailbox.impl.DomainImpl
	 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getDomain()
	 * @generated
	 */
	int DOMAIN = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__NAME = 0;

	/**
	 * The feature id for the '<em><b>Course</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__COURSE = 1;

	/**
	 * The feature id for the '<em><b>Mail Option</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__MAIL_OPTION = 2;

	/**
	 * The feature id for the '<em><b>Course Free Forwarding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__COURSE_FREE_FORWARDING = 3;

	/**
	 * The feature id for the '<em><b>Dns External</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__DNS_EXTERNAL = 4;

	/**
	 * The feature id for the '<em><b>Mail Option Lost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__MAIL_OPTION_LOST = 5;

	/**
	 * The feature id for the '<em><b>Server</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__SERVER = 6;

	/**
	 * The feature id for the '<em><b>Dns Check</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__DNS_CHECK = 7;

	/**
	 * The feature id for the '<em><b>Endpoints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__ENDPOINTS = 8;

	/**
	 * The feature id for the '<em><b>Defaults</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__DEFAULTS = 9;

	/**
	 * The feature id for the '<em><b>Mailboxes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__MAILBOXES = 10;

	/**
	 * The feature id for the '<em><b>Customer</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__CUSTOMER = 11;

	/**
	 * The number of structural features of the '<em>Domain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Domain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link cc.enet.mailbox.impl.DnsCheckImpl <em>Dns Check</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cc.enet.mailbox.impl.DnsCheckImpl
	 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getDnsCheck()
	 * @generated
	 */
	int DNS_CHECK = 4;

	/**
	 * The feature id for the '<em><b>Checked At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DNS_CHECK__CHECKED_AT = 0;

	/**
	 * The feature id for the '<em><b>Resolver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DNS_CHECK__RESOLVER = 1;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DNS_CHECK__OUTCOME = 2;

	/**
	 * The feature id for the '<em><b>Records</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DNS_CHECK__RECORDS = 3;

	/**
	 * The feature id for the '<em><b>Mail Off Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DNS_CHECK__MAIL_OFF_SINCE = 4;

	/**
	 * The number of structural features of the '<em>Dns Check</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DNS_CHECK_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Dns Check</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DNS_CHECK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link cc.enet.mailbox.impl.ServiceEndpointImpl <em>Service Endpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cc.enet.mailbox.impl.ServiceEndpointImpl
	 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getServiceEndpoint()
	 * @generated
	 */
	int SERVICE_ENDPOINT = 5;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ENDPOINT__PROTOCOL = 0;

	/**
	 * The feature id for the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ENDPOINT__HOST = 1;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ENDPOINT__PORT = 2;

	/**
	 * The feature id for the '<em><b>Tls</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ENDPOINT__TLS = 3;

	/**
	 * The feature id for the '<em><b>Authentication</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ENDPOINT__AUTHENTICATION = 4;

	/**
	 * The feature id for the '<em><b>Smtp Auth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ENDPOINT__SMTP_AUTH = 5;

	/**
	 * The feature id for the '<em><b>Host Confirmed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ENDPOINT__HOST_CONFIRMED = 6;

	/**
	 * The number of structural features of the '<em>Service Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ENDPOINT_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Service Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ENDPOINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link cc.enet.mailbox.impl.MailboxSettingsImpl <em>Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cc.enet.mailbox.impl.MailboxSettingsImpl
	 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getMailboxSettings()
	 * @generated
	 */
	int MAILBOX_SETTINGS = 6;

	/**
	 * The feature id for the '<em><b>Quota Mb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAILBOX_SETTINGS__QUOTA_MB = 0;

	/**
	 * The feature id for the '<em><b>Send Encoding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAILBOX_SETTINGS__SEND_ENCODING = 1;

	/**
	 * The feature id for the '<em><b>Retention</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAILBOX_SETTINGS__RETENTION = 2;

	/**
	 * The feature id for the '<em><b>Retention Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAILBOX_SETTINGS__RETENTION_DAYS = 3;

	/**
	 * The feature id for the '<em><b>Filters</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAILBOX_SETTINGS__FILTERS = 4;

	/**
	 * The number of structural features of the '<em>Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAILBOX_SETTINGS_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAILBOX_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link cc.enet.mailbox.impl.MailboxDefaultsImpl <em>Defaults</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cc.enet.mailbox.impl.MailboxDefaultsImpl
	 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getMailboxDefaults()
	 * @generated
	 */
	int MAILBOX_DEFAULTS = 7;

	/**
	 * The feature id for the '<em><b>Quota Mb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAILBOX_DEFAULTS__QUOTA_MB = MAILBOX_SETTINGS__QUOTA_MB;

	/**
	 * The feature id for the '<em><b>Send Encoding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAILBOX_DEFAULTS__SEND_ENCODING = MAILBOX_SETTINGS__SEND_ENCODING;

	/**
	 * The feature id for the '<em><b>Retention</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAILBOX_DEFAULTS__RETENTION = MAILBOX_SETTINGS__RETENTION;

	/**
	 * The feature id for the '<em><b>Retention Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAILBOX_DEFAULTS__RETENTION_DAYS = MAILBOX_SETTINGS__RETENTION_DAYS;

	/**
	 * The feature id for the '<em><b>Filters</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAILBOX_DEFAULTS__FILTERS = MAILBOX_SETTINGS__FILTERS;

	/**
	 * The number of structural features of the '<em>Defaults</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAILBOX_DEFAULTS_FEATURE_COUNT = MAILBOX_SETTINGS_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Defaults</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAILBOX_DEFAULTS_OPERATION_COUNT = MAILBOX_SETTINGS_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cc.enet.mailbox.impl.MailboxImpl <em>Mailbox</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cc.enet.mailbox.impl.MailboxImpl
	 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getMailbox()
	 * @generated
	 */
	int MAILBOX = 8;

	/**
	 * The feature id for the '<em><b>Quota Mb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAILBOX__QUOTA_MB = MAILBOX_SETTINGS__QUOTA_MB;

	/**
	 * The feature id for the '<em><b>Send Encoding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAILBOX__SEND_ENCODING = MAILBOX_SETTINGS__SEND_ENCODING;

	/**
	 * The feature id for the '<em><b>Retention</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAILBOX__RETENTION = MAILBOX_SETTINGS__RETENTION;

	/**
	 * The feature id for the '<em><b>Retention Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAILBOX__RETENTION_DAYS = MAILBOX_SETTINGS__RETENTION_DAYS;

	/**
	 * The feature id for the '<em><b>Filters</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAILBOX__FILTERS = MAILBOX_SETTINGS__FILTERS;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAILBOX__ADDRESS = MAILBOX_SETTINGS_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAILBOX__DISPLAY_NAME = MAILBOX_SETTINGS_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAILBOX__ENABLED = MAILBOX_SETTINGS_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Forwarding</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAILBOX__FORWARDING = MAILBOX_SETTINGS_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Domain</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAILBOX__DOMAIN = MAILBOX_SETTINGS_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Marked For Removal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAILBOX__MARKED_FOR_REMOVAL = MAILBOX_SETTINGS_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Server States</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAILBOX__SERVER_STATES = MAILBOX_SETTINGS_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Mailbox</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAILBOX_FEATURE_COUNT = MAILBOX_SETTINGS_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Mailbox</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAILBOX_OPERATION_COUNT = MAILBOX_SETTINGS_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cc.enet.mailbox.impl.ServerStateImpl <em>Server State</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cc.enet.mailbox.impl.ServerStateImpl
	 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getServerState()
	 * @generated
	 */
	int SERVER_STATE = 9;

	/**
	 * The feature id for the '<em><b>Server</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_STATE__SERVER = 0;

	/**
	 * The feature id for the '<em><b>Quota Mb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_STATE__QUOTA_MB = 1;

	/**
	 * The feature id for the '<em><b>Forwarding</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_STATE__FORWARDING = 2;

	/**
	 * The feature id for the '<em><b>Filters</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_STATE__FILTERS = 3;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_STATE__ENABLED = 4;

	/**
	 * The feature id for the '<em><b>Password Set</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_STATE__PASSWORD_SET = 5;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_STATE__DISPLAY_NAME = 6;

	/**
	 * The feature id for the '<em><b>Send Encoding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_STATE__SEND_ENCODING = 7;

	/**
	 * The feature id for the '<em><b>Retention Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_STATE__RETENTION_DAYS = 8;

	/**
	 * The feature id for the '<em><b>Reject Virus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_STATE__REJECT_VIRUS = 9;

	/**
	 * The feature id for the '<em><b>Reject Spam</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_STATE__REJECT_SPAM = 10;

	/**
	 * The number of structural features of the '<em>Server State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_STATE_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Server State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_STATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link cc.enet.mailbox.impl.ForwardingImpl <em>Forwarding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cc.enet.mailbox.impl.ForwardingImpl
	 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getForwarding()
	 * @generated
	 */
	int FORWARDING = 10;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORWARDING__TARGETS = 0;

	/**
	 * The feature id for the '<em><b>Keep Copy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORWARDING__KEEP_COPY = 1;

	/**
	 * The number of structural features of the '<em>Forwarding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORWARDING_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Forwarding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORWARDING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link cc.enet.mailbox.impl.FiltersImpl <em>Filters</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cc.enet.mailbox.impl.FiltersImpl
	 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getFilters()
	 * @generated
	 */
	int FILTERS = 11;

	/**
	 * The feature id for the '<em><b>Allow Addresses</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTERS__ALLOW_ADDRESSES = 0;

	/**
	 * The feature id for the '<em><b>Allow Domains</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTERS__ALLOW_DOMAINS = 1;

	/**
	 * The feature id for the '<em><b>Deny Addresses</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTERS__DENY_ADDRESSES = 2;

	/**
	 * The feature id for the '<em><b>Deny Domains</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTERS__DENY_DOMAINS = 3;

	/**
	 * The feature id for the '<em><b>Reject Virus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTERS__REJECT_VIRUS = 4;

	/**
	 * The feature id for the '<em><b>Reject Spam</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTERS__REJECT_SPAM = 5;

	/**
	 * The number of structural features of the '<em>Filters</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTERS_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Filters</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTERS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link cc.enet.mailbox.Course <em>Course</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cc.enet.mailbox.Course
	 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getCourse()
	 * @generated
	 */
	int COURSE = 12;

	/**
	 * The meta object id for the '{@link cc.enet.mailbox.MailOption <em>Mail Option</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cc.enet.mailbox.MailOption
	 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getMailOption()
	 * @generated
	 */
	int MAIL_OPTION = 13;

	/**
	 * The meta object id for the '{@link cc.enet.mailbox.DnsOutcome <em>Dns Outcome</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cc.enet.mailbox.DnsOutcome
	 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getDnsOutcome()
	 * @generated
	 */
	int DNS_OUTCOME = 14;

	/**
	 * The meta object id for the '{@link cc.enet.mailbox.Protocol <em>Protocol</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cc.enet.mailbox.Protocol
	 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getProtocol()
	 * @generated
	 */
	int PROTOCOL = 15;

	/**
	 * The meta object id for the '{@link cc.enet.mailbox.TlsMode <em>Tls Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cc.enet.mailbox.TlsMode
	 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getTlsMode()
	 * @generated
	 */
	int TLS_MODE = 16;

	/**
	 * The meta object id for the '{@link cc.enet.mailbox.AuthMethod <em>Auth Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cc.enet.mailbox.AuthMethod
	 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getAuthMethod()
	 * @generated
	 */
	int AUTH_METHOD = 17;

	/**
	 * The meta object id for the '{@link cc.enet.mailbox.SendEncoding <em>Send Encoding</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cc.enet.mailbox.SendEncoding
	 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getSendEncoding()
	 * @generated
	 */
	int SEND_ENCODING = 18;

	/**
	 * The meta object id for the '{@link cc.enet.mailbox.Retention <em>Retention</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cc.enet.mailbox.Retention
	 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getRetention()
	 * @generated
	 */
	int RETENTION = 19;


	/**
	 * Returns the meta object for class '{@link cc.enet.mailbox.Workspace <em>Workspace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Workspace</em>'.
	 * @see cc.enet.mailbox.Workspace
	 * @generated
	 */
	EClass getWorkspace();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.Workspace#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see cc.enet.mailbox.Workspace#getName()
	 * @see #getWorkspace()
	 * @generated
	 */
	EAttribute getWorkspace_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link cc.enet.mailbox.Workspace#getCustomers <em>Customers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Customers</em>'.
	 * @see cc.enet.mailbox.Workspace#getCustomers()
	 * @see #getWorkspace()
	 * @generated
	 */
	EReference getWorkspace_Customers();

	/**
	 * Returns the meta object for the containment reference list '{@link cc.enet.mailbox.Workspace#getServers <em>Servers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Servers</em>'.
	 * @see cc.enet.mailbox.Workspace#getServers()
	 * @see #getWorkspace()
	 * @generated
	 */
	EReference getWorkspace_Servers();

	/**
	 * Returns the meta object for the attribute list '{@link cc.enet.mailbox.Workspace#getEnetHosts <em>Enet Hosts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Enet Hosts</em>'.
	 * @see cc.enet.mailbox.Workspace#getEnetHosts()
	 * @see #getWorkspace()
	 * @generated
	 */
	EAttribute getWorkspace_EnetHosts();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.Workspace#getSupportContact <em>Support Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Support Contact</em>'.
	 * @see cc.enet.mailbox.Workspace#getSupportContact()
	 * @see #getWorkspace()
	 * @generated
	 */
	EAttribute getWorkspace_SupportContact();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.Workspace#getChangeRequest <em>Change Request</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Change Request</em>'.
	 * @see cc.enet.mailbox.Workspace#getChangeRequest()
	 * @see #getWorkspace()
	 * @generated
	 */
	EAttribute getWorkspace_ChangeRequest();

	/**
	 * Returns the meta object for class '{@link cc.enet.mailbox.MailServer <em>Mail Server</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mail Server</em>'.
	 * @see cc.enet.mailbox.MailServer
	 * @generated
	 */
	EClass getMailServer();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.MailServer#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see cc.enet.mailbox.MailServer#getName()
	 * @see #getMailServer()
	 * @generated
	 */
	EAttribute getMailServer_Name();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.MailServer#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see cc.enet.mailbox.MailServer#getKind()
	 * @see #getMailServer()
	 * @generated
	 */
	EAttribute getMailServer_Kind();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.MailServer#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see cc.enet.mailbox.MailServer#getUrl()
	 * @see #getMailServer()
	 * @generated
	 */
	EAttribute getMailServer_Url();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.MailServer#getPinnedCertificateSha256 <em>Pinned Certificate Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pinned Certificate Sha256</em>'.
	 * @see cc.enet.mailbox.MailServer#getPinnedCertificateSha256()
	 * @see #getMailServer()
	 * @generated
	 */
	EAttribute getMailServer_PinnedCertificateSha256();

	/**
	 * Returns the meta object for the attribute list '{@link cc.enet.mailbox.MailServer#getSettings <em>Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Settings</em>'.
	 * @see cc.enet.mailbox.MailServer#getSettings()
	 * @see #getMailServer()
	 * @generated
	 */
	EAttribute getMailServer_Settings();

	/**
	 * Returns the meta object for the attribute list '{@link cc.enet.mailbox.MailServer#getHostNames <em>Host Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Host Names</em>'.
	 * @see cc.enet.mailbox.MailServer#getHostNames()
	 * @see #getMailServer()
	 * @generated
	 */
	EAttribute getMailServer_HostNames();

	/**
	 * Returns the meta object for class '{@link cc.enet.mailbox.Customer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Customer</em>'.
	 * @see cc.enet.mailbox.Customer
	 * @generated
	 */
	EClass getCustomer();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.Customer#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see cc.enet.mailbox.Customer#getId()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Id();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.Customer#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see cc.enet.mailbox.Customer#getName()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link cc.enet.mailbox.Customer#getDomains <em>Domains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Domains</em>'.
	 * @see cc.enet.mailbox.Customer#getDomains()
	 * @see #getCustomer()
	 * @generated
	 */
	EReference getCustomer_Domains();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.Customer#getContactName <em>Contact Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contact Name</em>'.
	 * @see cc.enet.mailbox.Customer#getContactName()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_ContactName();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.Customer#getContactAddress <em>Contact Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contact Address</em>'.
	 * @see cc.enet.mailbox.Customer#getContactAddress()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_ContactAddress();

	/**
	 * Returns the meta object for class '{@link cc.enet.mailbox.Domain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Domain</em>'.
	 * @see cc.enet.mailbox.Domain
	 * @generated
	 */
	EClass getDomain();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.Domain#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see cc.enet.mailbox.Domain#getName()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Name();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.Domain#getCourse <em>Course</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Course</em>'.
	 * @see cc.enet.mailbox.Domain#getCourse()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Course();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.Domain#getMailOption <em>Mail Option</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mail Option</em>'.
	 * @see cc.enet.mailbox.Domain#getMailOption()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_MailOption();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.Domain#isCourseFreeForwarding <em>Course Free Forwarding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Course Free Forwarding</em>'.
	 * @see cc.enet.mailbox.Domain#isCourseFreeForwarding()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_CourseFreeForwarding();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.Domain#isDnsExternal <em>Dns External</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dns External</em>'.
	 * @see cc.enet.mailbox.Domain#isDnsExternal()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_DnsExternal();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.Domain#isMailOptionLost <em>Mail Option Lost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mail Option Lost</em>'.
	 * @see cc.enet.mailbox.Domain#isMailOptionLost()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_MailOptionLost();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.Domain#getServer <em>Server</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Server</em>'.
	 * @see cc.enet.mailbox.Domain#getServer()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Server();

	/**
	 * Returns the meta object for the containment reference '{@link cc.enet.mailbox.Domain#getDnsCheck <em>Dns Check</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Dns Check</em>'.
	 * @see cc.enet.mailbox.Domain#getDnsCheck()
	 * @see #getDomain()
	 * @generated
	 */
	EReference getDomain_DnsCheck();

	/**
	 * Returns the meta object for the containment reference list '{@link cc.enet.mailbox.Domain#getEndpoints <em>Endpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Endpoints</em>'.
	 * @see cc.enet.mailbox.Domain#getEndpoints()
	 * @see #getDomain()
	 * @generated
	 */
	EReference getDomain_Endpoints();

	/**
	 * Returns the meta object for the containment reference '{@link cc.enet.mailbox.Domain#getDefaults <em>Defaults</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Defaults</em>'.
	 * @see cc.enet.mailbox.Domain#getDefaults()
	 * @see #getDomain()
	 * @generated
	 */
	EReference getDomain_Defaults();

	/**
	 * Returns the meta object for the containment reference list '{@link cc.enet.mailbox.Domain#getMailboxes <em>Mailboxes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Mailboxes</em>'.
	 * @see cc.enet.mailbox.Domain#getMailboxes()
	 * @see #getDomain()
	 * @generated
	 */
	EReference getDomain_Mailboxes();

	/**
	 * Returns the meta object for the container reference '{@link cc.enet.mailbox.Domain#getCustomer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Customer</em>'.
	 * @see cc.enet.mailbox.Domain#getCustomer()
	 * @see #getDomain()
	 * @generated
	 */
	EReference getDomain_Customer();

	/**
	 * Returns the meta object for class '{@link cc.enet.mailbox.DnsCheck <em>Dns Check</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dns Check</em>'.
	 * @see cc.enet.mailbox.DnsCheck
	 * @generated
	 */
	EClass getDnsCheck();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.DnsCheck#getCheckedAt <em>Checked At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Checked At</em>'.
	 * @see cc.enet.mailbox.DnsCheck#getCheckedAt()
	 * @see #getDnsCheck()
	 * @generated
	 */
	EAttribute getDnsCheck_CheckedAt();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.DnsCheck#getResolver <em>Resolver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolver</em>'.
	 * @see cc.enet.mailbox.DnsCheck#getResolver()
	 * @see #getDnsCheck()
	 * @generated
	 */
	EAttribute getDnsCheck_Resolver();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.DnsCheck#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see cc.enet.mailbox.DnsCheck#getOutcome()
	 * @see #getDnsCheck()
	 * @generated
	 */
	EAttribute getDnsCheck_Outcome();

	/**
	 * Returns the meta object for the attribute list '{@link cc.enet.mailbox.DnsCheck#getRecords <em>Records</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Records</em>'.
	 * @see cc.enet.mailbox.DnsCheck#getRecords()
	 * @see #getDnsCheck()
	 * @generated
	 */
	EAttribute getDnsCheck_Records();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.DnsCheck#getMailOffSince <em>Mail Off Since</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mail Off Since</em>'.
	 * @see cc.enet.mailbox.DnsCheck#getMailOffSince()
	 * @see #getDnsCheck()
	 * @generated
	 */
	EAttribute getDnsCheck_MailOffSince();

	/**
	 * Returns the meta object for class '{@link cc.enet.mailbox.ServiceEndpoint <em>Service Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service Endpoint</em>'.
	 * @see cc.enet.mailbox.ServiceEndpoint
	 * @generated
	 */
	EClass getServiceEndpoint();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.ServiceEndpoint#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protocol</em>'.
	 * @see cc.enet.mailbox.ServiceEndpoint#getProtocol()
	 * @see #getServiceEndpoint()
	 * @generated
	 */
	EAttribute getServiceEndpoint_Protocol();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.ServiceEndpoint#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host</em>'.
	 * @see cc.enet.mailbox.ServiceEndpoint#getHost()
	 * @see #getServiceEndpoint()
	 * @generated
	 */
	EAttribute getServiceEndpoint_Host();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.ServiceEndpoint#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see cc.enet.mailbox.ServiceEndpoint#getPort()
	 * @see #getServiceEndpoint()
	 * @generated
	 */
	EAttribute getServiceEndpoint_Port();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.ServiceEndpoint#getTls <em>Tls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tls</em>'.
	 * @see cc.enet.mailbox.ServiceEndpoint#getTls()
	 * @see #getServiceEndpoint()
	 * @generated
	 */
	EAttribute getServiceEndpoint_Tls();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.ServiceEndpoint#getAuthentication <em>Authentication</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Authentication</em>'.
	 * @see cc.enet.mailbox.ServiceEndpoint#getAuthentication()
	 * @see #getServiceEndpoint()
	 * @generated
	 */
	EAttribute getServiceEndpoint_Authentication();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.ServiceEndpoint#isSmtpAuth <em>Smtp Auth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Smtp Auth</em>'.
	 * @see cc.enet.mailbox.ServiceEndpoint#isSmtpAuth()
	 * @see #getServiceEndpoint()
	 * @generated
	 */
	EAttribute getServiceEndpoint_SmtpAuth();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.ServiceEndpoint#isHostConfirmed <em>Host Confirmed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host Confirmed</em>'.
	 * @see cc.enet.mailbox.ServiceEndpoint#isHostConfirmed()
	 * @see #getServiceEndpoint()
	 * @generated
	 */
	EAttribute getServiceEndpoint_HostConfirmed();

	/**
	 * Returns the meta object for class '{@link cc.enet.mailbox.MailboxSettings <em>Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Settings</em>'.
	 * @see cc.enet.mailbox.MailboxSettings
	 * @generated
	 */
	EClass getMailboxSettings();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.MailboxSettings#getQuotaMb <em>Quota Mb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quota Mb</em>'.
	 * @see cc.enet.mailbox.MailboxSettings#getQuotaMb()
	 * @see #getMailboxSettings()
	 * @generated
	 */
	EAttribute getMailboxSettings_QuotaMb();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.MailboxSettings#getSendEncoding <em>Send Encoding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Send Encoding</em>'.
	 * @see cc.enet.mailbox.MailboxSettings#getSendEncoding()
	 * @see #getMailboxSettings()
	 * @generated
	 */
	EAttribute getMailboxSettings_SendEncoding();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.MailboxSettings#getRetention <em>Retention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retention</em>'.
	 * @see cc.enet.mailbox.MailboxSettings#getRetention()
	 * @see #getMailboxSettings()
	 * @generated
	 */
	EAttribute getMailboxSettings_Retention();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.MailboxSettings#getRetentionDays <em>Retention Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retention Days</em>'.
	 * @see cc.enet.mailbox.MailboxSettings#getRetentionDays()
	 * @see #getMailboxSettings()
	 * @generated
	 */
	EAttribute getMailboxSettings_RetentionDays();

	/**
	 * Returns the meta object for the containment reference '{@link cc.enet.mailbox.MailboxSettings#getFilters <em>Filters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Filters</em>'.
	 * @see cc.enet.mailbox.MailboxSettings#getFilters()
	 * @see #getMailboxSettings()
	 * @generated
	 */
	EReference getMailboxSettings_Filters();

	/**
	 * Returns the meta object for class '{@link cc.enet.mailbox.MailboxDefaults <em>Defaults</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Defaults</em>'.
	 * @see cc.enet.mailbox.MailboxDefaults
	 * @generated
	 */
	EClass getMailboxDefaults();

	/**
	 * Returns the meta object for class '{@link cc.enet.mailbox.Mailbox <em>Mailbox</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mailbox</em>'.
	 * @see cc.enet.mailbox.Mailbox
	 * @generated
	 */
	EClass getMailbox();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.Mailbox#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see cc.enet.mailbox.Mailbox#getAddress()
	 * @see #getMailbox()
	 * @generated
	 */
	EAttribute getMailbox_Address();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.Mailbox#getDisplayName <em>Display Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display Name</em>'.
	 * @see cc.enet.mailbox.Mailbox#getDisplayName()
	 * @see #getMailbox()
	 * @generated
	 */
	EAttribute getMailbox_DisplayName();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.Mailbox#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see cc.enet.mailbox.Mailbox#isEnabled()
	 * @see #getMailbox()
	 * @generated
	 */
	EAttribute getMailbox_Enabled();

	/**
	 * Returns the meta object for the containment reference '{@link cc.enet.mailbox.Mailbox#getForwarding <em>Forwarding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Forwarding</em>'.
	 * @see cc.enet.mailbox.Mailbox#getForwarding()
	 * @see #getMailbox()
	 * @generated
	 */
	EReference getMailbox_Forwarding();

	/**
	 * Returns the meta object for the container reference '{@link cc.enet.mailbox.Mailbox#getDomain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Domain</em>'.
	 * @see cc.enet.mailbox.Mailbox#getDomain()
	 * @see #getMailbox()
	 * @generated
	 */
	EReference getMailbox_Domain();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.Mailbox#isMarkedForRemoval <em>Marked For Removal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Marked For Removal</em>'.
	 * @see cc.enet.mailbox.Mailbox#isMarkedForRemoval()
	 * @see #getMailbox()
	 * @generated
	 */
	EAttribute getMailbox_MarkedForRemoval();

	/**
	 * Returns the meta object for the containment reference list '{@link cc.enet.mailbox.Mailbox#getServerStates <em>Server States</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Server States</em>'.
	 * @see cc.enet.mailbox.Mailbox#getServerStates()
	 * @see #getMailbox()
	 * @generated
	 */
	EReference getMailbox_ServerStates();

	/**
	 * Returns the meta object for class '{@link cc.enet.mailbox.ServerState <em>Server State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Server State</em>'.
	 * @see cc.enet.mailbox.ServerState
	 * @generated
	 */
	EClass getServerState();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.ServerState#getServer <em>Server</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Server</em>'.
	 * @see cc.enet.mailbox.ServerState#getServer()
	 * @see #getServerState()
	 * @generated
	 */
	EAttribute getServerState_Server();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.ServerState#getQuotaMb <em>Quota Mb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quota Mb</em>'.
	 * @see cc.enet.mailbox.ServerState#getQuotaMb()
	 * @see #getServerState()
	 * @generated
	 */
	EAttribute getServerState_QuotaMb();

	/**
	 * Returns the meta object for the containment reference '{@link cc.enet.mailbox.ServerState#getForwarding <em>Forwarding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Forwarding</em>'.
	 * @see cc.enet.mailbox.ServerState#getForwarding()
	 * @see #getServerState()
	 * @generated
	 */
	EReference getServerState_Forwarding();

	/**
	 * Returns the meta object for the containment reference '{@link cc.enet.mailbox.ServerState#getFilters <em>Filters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Filters</em>'.
	 * @see cc.enet.mailbox.ServerState#getFilters()
	 * @see #getServerState()
	 * @generated
	 */
	EReference getServerState_Filters();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.ServerState#getEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see cc.enet.mailbox.ServerState#getEnabled()
	 * @see #getServerState()
	 * @generated
	 */
	EAttribute getServerState_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.ServerState#getPasswordSet <em>Password Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Password Set</em>'.
	 * @see cc.enet.mailbox.ServerState#getPasswordSet()
	 * @see #getServerState()
	 * @generated
	 */
	EAttribute getServerState_PasswordSet();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.ServerState#getDisplayName <em>Display Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display Name</em>'.
	 * @see cc.enet.mailbox.ServerState#getDisplayName()
	 * @see #getServerState()
	 * @generated
	 */
	EAttribute getServerState_DisplayName();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.ServerState#getSendEncoding <em>Send Encoding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Send Encoding</em>'.
	 * @see cc.enet.mailbox.ServerState#getSendEncoding()
	 * @see #getServerState()
	 * @generated
	 */
	EAttribute getServerState_SendEncoding();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.ServerState#getRetentionDays <em>Retention Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retention Days</em>'.
	 * @see cc.enet.mailbox.ServerState#getRetentionDays()
	 * @see #getServerState()
	 * @generated
	 */
	EAttribute getServerState_RetentionDays();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.ServerState#getRejectVirus <em>Reject Virus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reject Virus</em>'.
	 * @see cc.enet.mailbox.ServerState#getRejectVirus()
	 * @see #getServerState()
	 * @generated
	 */
	EAttribute getServerState_RejectVirus();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.ServerState#getRejectSpam <em>Reject Spam</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reject Spam</em>'.
	 * @see cc.enet.mailbox.ServerState#getRejectSpam()
	 * @see #getServerState()
	 * @generated
	 */
	EAttribute getServerState_RejectSpam();

	/**
	 * Returns the meta object for class '{@link cc.enet.mailbox.Forwarding <em>Forwarding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Forwarding</em>'.
	 * @see cc.enet.mailbox.Forwarding
	 * @generated
	 */
	EClass getForwarding();

	/**
	 * Returns the meta object for the attribute list '{@link cc.enet.mailbox.Forwarding#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Targets</em>'.
	 * @see cc.enet.mailbox.Forwarding#getTargets()
	 * @see #getForwarding()
	 * @generated
	 */
	EAttribute getForwarding_Targets();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.Forwarding#isKeepCopy <em>Keep Copy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Keep Copy</em>'.
	 * @see cc.enet.mailbox.Forwarding#isKeepCopy()
	 * @see #getForwarding()
	 * @generated
	 */
	EAttribute getForwarding_KeepCopy();

	/**
	 * Returns the meta object for class '{@link cc.enet.mailbox.Filters <em>Filters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Filters</em>'.
	 * @see cc.enet.mailbox.Filters
	 * @generated
	 */
	EClass getFilters();

	/**
	 * Returns the meta object for the attribute list '{@link cc.enet.mailbox.Filters#getAllowAddresses <em>Allow Addresses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Allow Addresses</em>'.
	 * @see cc.enet.mailbox.Filters#getAllowAddresses()
	 * @see #getFilters()
	 * @generated
	 */
	EAttribute getFilters_AllowAddresses();

	/**
	 * Returns the meta object for the attribute list '{@link cc.enet.mailbox.Filters#getAllowDomains <em>Allow Domains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Allow Domains</em>'.
	 * @see cc.enet.mailbox.Filters#getAllowDomains()
	 * @see #getFilters()
	 * @generated
	 */
	EAttribute getFilters_AllowDomains();

	/**
	 * Returns the meta object for the attribute list '{@link cc.enet.mailbox.Filters#getDenyAddresses <em>Deny Addresses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Deny Addresses</em>'.
	 * @see cc.enet.mailbox.Filters#getDenyAddresses()
	 * @see #getFilters()
	 * @generated
	 */
	EAttribute getFilters_DenyAddresses();

	/**
	 * Returns the meta object for the attribute list '{@link cc.enet.mailbox.Filters#getDenyDomains <em>Deny Domains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Deny Domains</em>'.
	 * @see cc.enet.mailbox.Filters#getDenyDomains()
	 * @see #getFilters()
	 * @generated
	 */
	EAttribute getFilters_DenyDomains();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.Filters#isRejectVirus <em>Reject Virus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reject Virus</em>'.
	 * @see cc.enet.mailbox.Filters#isRejectVirus()
	 * @see #getFilters()
	 * @generated
	 */
	EAttribute getFilters_RejectVirus();

	/**
	 * Returns the meta object for the attribute '{@link cc.enet.mailbox.Filters#isRejectSpam <em>Reject Spam</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reject Spam</em>'.
	 * @see cc.enet.mailbox.Filters#isRejectSpam()
	 * @see #getFilters()
	 * @generated
	 */
	EAttribute getFilters_RejectSpam();

	/**
	 * Returns the meta object for enum '{@link cc.enet.mailbox.Course <em>Course</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Course</em>'.
	 * @see cc.enet.mailbox.Course
	 * @generated
	 */
	EEnum getCourse();

	/**
	 * Returns the meta object for enum '{@link cc.enet.mailbox.MailOption <em>Mail Option</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Mail Option</em>'.
	 * @see cc.enet.mailbox.MailOption
	 * @generated
	 */
	EEnum getMailOption();

	/**
	 * Returns the meta object for enum '{@link cc.enet.mailbox.DnsOutcome <em>Dns Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Dns Outcome</em>'.
	 * @see cc.enet.mailbox.DnsOutcome
	 * @generated
	 */
	EEnum getDnsOutcome();

	/**
	 * Returns the meta object for enum '{@link cc.enet.mailbox.Protocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Protocol</em>'.
	 * @see cc.enet.mailbox.Protocol
	 * @generated
	 */
	EEnum getProtocol();

	/**
	 * Returns the meta object for enum '{@link cc.enet.mailbox.TlsMode <em>Tls Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Tls Mode</em>'.
	 * @see cc.enet.mailbox.TlsMode
	 * @generated
	 */
	EEnum getTlsMode();

	/**
	 * Returns the meta object for enum '{@link cc.enet.mailbox.AuthMethod <em>Auth Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Auth Method</em>'.
	 * @see cc.enet.mailbox.AuthMethod
	 * @generated
	 */
	EEnum getAuthMethod();

	/**
	 * Returns the meta object for enum '{@link cc.enet.mailbox.SendEncoding <em>Send Encoding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Send Encoding</em>'.
	 * @see cc.enet.mailbox.SendEncoding
	 * @generated
	 */
	EEnum getSendEncoding();

	/**
	 * Returns the meta object for enum '{@link cc.enet.mailbox.Retention <em>Retention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Retention</em>'.
	 * @see cc.enet.mailbox.Retention
	 * @generated
	 */
	EEnum getRetention();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	MailboxFactory getMailboxFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link cc.enet.mailbox.impl.WorkspaceImpl <em>Workspace</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cc.enet.mailbox.impl.WorkspaceImpl
		 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getWorkspace()
		 * @generated
		 */
		EClass WORKSPACE = eINSTANCE.getWorkspace();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKSPACE__NAME = eINSTANCE.getWorkspace_Name();

		/**
		 * The meta object literal for the '<em><b>Customers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE__CUSTOMERS = eINSTANCE.getWorkspace_Customers();

		/**
		 * The meta object literal for the '<em><b>Servers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE__SERVERS = eINSTANCE.getWorkspace_Servers();

		/**
		 * The meta object literal for the '<em><b>Enet Hosts</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKSPACE__ENET_HOSTS = eINSTANCE.getWorkspace_EnetHosts();

		/**
		 * The meta object literal for the '<em><b>Support Contact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKSPACE__SUPPORT_CONTACT = eINSTANCE.getWorkspace_SupportContact();

		/**
		 * The meta object literal for the '<em><b>Change Request</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKSPACE__CHANGE_REQUEST = eINSTANCE.getWorkspace_ChangeRequest();

		/**
		 * The meta object literal for the '{@link cc.enet.mailbox.impl.MailServerImpl <em>Mail Server</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cc.enet.mailbox.impl.MailServerImpl
		 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getMailServer()
		 * @generated
		 */
		EClass MAIL_SERVER = eINSTANCE.getMailServer();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAIL_SERVER__NAME = eINSTANCE.getMailServer_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAIL_SERVER__KIND = eINSTANCE.getMailServer_Kind();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAIL_SERVER__URL = eINSTANCE.getMailServer_Url();

		/**
		 * The meta object literal for the '<em><b>Pinned Certificate Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAIL_SERVER__PINNED_CERTIFICATE_SHA256 = eINSTANCE.getMailServer_PinnedCertificateSha256();

		/**
		 * The meta object literal for the '<em><b>Settings</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAIL_SERVER__SETTINGS = eINSTANCE.getMailServer_Settings();

		/**
		 * The meta object literal for the '<em><b>Host Names</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAIL_SERVER__HOST_NAMES = eINSTANCE.getMailServer_HostNames();

		/**
		 * The meta object literal for the '{@link cc.enet.mailbox.impl.CustomerImpl <em>Customer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cc.enet.mailbox.impl.CustomerImpl
		 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getCustomer()
		 * @generated
		 */
		EClass CUSTOMER = eINSTANCE.getCustomer();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__ID = eINSTANCE.getCustomer_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__NAME = eINSTANCE.getCustomer_Name();

		/**
		 * The meta object literal for the '<em><b>Domains</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER__DOMAINS = eINSTANCE.getCustomer_Domains();

		/**
		 * The meta object literal for the '<em><b>Contact Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__CONTACT_NAME = eINSTANCE.getCustomer_ContactName();

		/**
		 * The meta object literal for the '<em><b>Contact Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__CONTACT_ADDRESS = eINSTANCE.getCustomer_ContactAddress();

		/**
		 * The meta object literal for the '{@link cc.enet.mailbox.impl.DomainImpl <em>Domain</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cc.enet.mailbox.impl.DomainImpl
		 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getDomain()
		 * @generated
		 */
		EClass DOMAIN = eINSTANCE.getDomain();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__NAME = eINSTANCE.getDomain_Name();

		/**
		 * The meta object literal for the '<em><b>Course</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__COURSE = eINSTANCE.getDomain_Course();

		/**
		 * The meta object literal for the '<em><b>Mail Option</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__MAIL_OPTION = eINSTANCE.getDomain_MailOption();

		/**
		 * The meta object literal for the '<em><b>Course Free Forwarding</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__COURSE_FREE_FORWARDING = eINSTANCE.getDomain_CourseFreeForwarding();

		/**
		 * The meta object literal for the '<em><b>Dns External</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__DNS_EXTERNAL = eINSTANCE.getDomain_DnsExternal();

		/**
		 * The meta object literal for the '<em><b>Mail Option Lost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__MAIL_OPTION_LOST = eINSTANCE.getDomain_MailOptionLost();

		/**
		 * The meta object literal for the '<em><b>Server</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__SERVER = eINSTANCE.getDomain_Server();

		/**
		 * The meta object literal for the '<em><b>Dns Check</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOMAIN__DNS_CHECK = eINSTANCE.getDomain_DnsCheck();

		/**
		 * The meta object literal for the '<em><b>Endpoints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOMAIN__ENDPOINTS = eINSTANCE.getDomain_Endpoints();

		/**
		 * The meta object literal for the '<em><b>Defaults</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOMAIN__DEFAULTS = eINSTANCE.getDomain_Defaults();

		/**
		 * The meta object literal for the '<em><b>Mailboxes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOMAIN__MAILBOXES = eINSTANCE.getDomain_Mailboxes();

		/**
		 * The meta object literal for the '<em><b>Customer</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOMAIN__CUSTOMER = eINSTANCE.getDomain_Customer();

		/**
		 * The meta object literal for the '{@link cc.enet.mailbox.impl.DnsCheckImpl <em>Dns Check</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cc.enet.mailbox.impl.DnsCheckImpl
		 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getDnsCheck()
		 * @generated
		 */
		EClass DNS_CHECK = eINSTANCE.getDnsCheck();

		/**
		 * The meta object literal for the '<em><b>Checked At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DNS_CHECK__CHECKED_AT = eINSTANCE.getDnsCheck_CheckedAt();

		/**
		 * The meta object literal for the '<em><b>Resolver</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DNS_CHECK__RESOLVER = eINSTANCE.getDnsCheck_Resolver();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DNS_CHECK__OUTCOME = eINSTANCE.getDnsCheck_Outcome();

		/**
		 * The meta object literal for the '<em><b>Records</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DNS_CHECK__RECORDS = eINSTANCE.getDnsCheck_Records();

		/**
		 * The meta object literal for the '<em><b>Mail Off Since</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DNS_CHECK__MAIL_OFF_SINCE = eINSTANCE.getDnsCheck_MailOffSince();

		/**
		 * The meta object literal for the '{@link cc.enet.mailbox.impl.ServiceEndpointImpl <em>Service Endpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cc.enet.mailbox.impl.ServiceEndpointImpl
		 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getServiceEndpoint()
		 * @generated
		 */
		EClass SERVICE_ENDPOINT = eINSTANCE.getServiceEndpoint();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_ENDPOINT__PROTOCOL = eINSTANCE.getServiceEndpoint_Protocol();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_ENDPOINT__HOST = eINSTANCE.getServiceEndpoint_Host();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_ENDPOINT__PORT = eINSTANCE.getServiceEndpoint_Port();

		/**
		 * The meta object literal for the '<em><b>Tls</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_ENDPOINT__TLS = eINSTANCE.getServiceEndpoint_Tls();

		/**
		 * The meta object literal for the '<em><b>Authentication</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_ENDPOINT__AUTHENTICATION = eINSTANCE.getServiceEndpoint_Authentication();

		/**
		 * The meta object literal for the '<em><b>Smtp Auth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_ENDPOINT__SMTP_AUTH = eINSTANCE.getServiceEndpoint_SmtpAuth();

		/**
		 * The meta object literal for the '<em><b>Host Confirmed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_ENDPOINT__HOST_CONFIRMED = eINSTANCE.getServiceEndpoint_HostConfirmed();

		/**
		 * The meta object literal for the '{@link cc.enet.mailbox.impl.MailboxSettingsImpl <em>Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cc.enet.mailbox.impl.MailboxSettingsImpl
		 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getMailboxSettings()
		 * @generated
		 */
		EClass MAILBOX_SETTINGS = eINSTANCE.getMailboxSettings();

		/**
		 * The meta object literal for the '<em><b>Quota Mb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAILBOX_SETTINGS__QUOTA_MB = eINSTANCE.getMailboxSettings_QuotaMb();

		/**
		 * The meta object literal for the '<em><b>Send Encoding</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAILBOX_SETTINGS__SEND_ENCODING = eINSTANCE.getMailboxSettings_SendEncoding();

		/**
		 * The meta object literal for the '<em><b>Retention</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAILBOX_SETTINGS__RETENTION = eINSTANCE.getMailboxSettings_Retention();

		/**
		 * The meta object literal for the '<em><b>Retention Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAILBOX_SETTINGS__RETENTION_DAYS = eINSTANCE.getMailboxSettings_RetentionDays();

		/**
		 * The meta object literal for the '<em><b>Filters</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MAILBOX_SETTINGS__FILTERS = eINSTANCE.getMailboxSettings_Filters();

		/**
		 * The meta object literal for the '{@link cc.enet.mailbox.impl.MailboxDefaultsImpl <em>Defaults</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cc.enet.mailbox.impl.MailboxDefaultsImpl
		 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getMailboxDefaults()
		 * @generated
		 */
		EClass MAILBOX_DEFAULTS = eINSTANCE.getMailboxDefaults();

		/**
		 * The meta object literal for the '{@link cc.enet.mailbox.impl.MailboxImpl <em>Mailbox</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cc.enet.mailbox.impl.MailboxImpl
		 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getMailbox()
		 * @generated
		 */
		EClass MAILBOX = eINSTANCE.getMailbox();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAILBOX__ADDRESS = eINSTANCE.getMailbox_Address();

		/**
		 * The meta object literal for the '<em><b>Display Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAILBOX__DISPLAY_NAME = eINSTANCE.getMailbox_DisplayName();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAILBOX__ENABLED = eINSTANCE.getMailbox_Enabled();

		/**
		 * The meta object literal for the '<em><b>Forwarding</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MAILBOX__FORWARDING = eINSTANCE.getMailbox_Forwarding();

		/**
		 * The meta object literal for the '<em><b>Domain</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MAILBOX__DOMAIN = eINSTANCE.getMailbox_Domain();

		/**
		 * The meta object literal for the '<em><b>Marked For Removal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAILBOX__MARKED_FOR_REMOVAL = eINSTANCE.getMailbox_MarkedForRemoval();

		/**
		 * The meta object literal for the '<em><b>Server States</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MAILBOX__SERVER_STATES = eINSTANCE.getMailbox_ServerStates();

		/**
		 * The meta object literal for the '{@link cc.enet.mailbox.impl.ServerStateImpl <em>Server State</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cc.enet.mailbox.impl.ServerStateImpl
		 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getServerState()
		 * @generated
		 */
		EClass SERVER_STATE = eINSTANCE.getServerState();

		/**
		 * The meta object literal for the '<em><b>Server</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER_STATE__SERVER = eINSTANCE.getServerState_Server();

		/**
		 * The meta object literal for the '<em><b>Quota Mb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER_STATE__QUOTA_MB = eINSTANCE.getServerState_QuotaMb();

		/**
		 * The meta object literal for the '<em><b>Forwarding</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVER_STATE__FORWARDING = eINSTANCE.getServerState_Forwarding();

		/**
		 * The meta object literal for the '<em><b>Filters</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVER_STATE__FILTERS = eINSTANCE.getServerState_Filters();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER_STATE__ENABLED = eINSTANCE.getServerState_Enabled();

		/**
		 * The meta object literal for the '<em><b>Password Set</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER_STATE__PASSWORD_SET = eINSTANCE.getServerState_PasswordSet();

		/**
		 * The meta object literal for the '<em><b>Display Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER_STATE__DISPLAY_NAME = eINSTANCE.getServerState_DisplayName();

		/**
		 * The meta object literal for the '<em><b>Send Encoding</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER_STATE__SEND_ENCODING = eINSTANCE.getServerState_SendEncoding();

		/**
		 * The meta object literal for the '<em><b>Retention Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER_STATE__RETENTION_DAYS = eINSTANCE.getServerState_RetentionDays();

		/**
		 * The meta object literal for the '<em><b>Reject Virus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER_STATE__REJECT_VIRUS = eINSTANCE.getServerState_RejectVirus();

		/**
		 * The meta object literal for the '<em><b>Reject Spam</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER_STATE__REJECT_SPAM = eINSTANCE.getServerState_RejectSpam();

		/**
		 * The meta object literal for the '{@link cc.enet.mailbox.impl.ForwardingImpl <em>Forwarding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cc.enet.mailbox.impl.ForwardingImpl
		 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getForwarding()
		 * @generated
		 */
		EClass FORWARDING = eINSTANCE.getForwarding();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORWARDING__TARGETS = eINSTANCE.getForwarding_Targets();

		/**
		 * The meta object literal for the '<em><b>Keep Copy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORWARDING__KEEP_COPY = eINSTANCE.getForwarding_KeepCopy();

		/**
		 * The meta object literal for the '{@link cc.enet.mailbox.impl.FiltersImpl <em>Filters</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cc.enet.mailbox.impl.FiltersImpl
		 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getFilters()
		 * @generated
		 */
		EClass FILTERS = eINSTANCE.getFilters();

		/**
		 * The meta object literal for the '<em><b>Allow Addresses</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILTERS__ALLOW_ADDRESSES = eINSTANCE.getFilters_AllowAddresses();

		/**
		 * The meta object literal for the '<em><b>Allow Domains</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILTERS__ALLOW_DOMAINS = eINSTANCE.getFilters_AllowDomains();

		/**
		 * The meta object literal for the '<em><b>Deny Addresses</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILTERS__DENY_ADDRESSES = eINSTANCE.getFilters_DenyAddresses();

		/**
		 * The meta object literal for the '<em><b>Deny Domains</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILTERS__DENY_DOMAINS = eINSTANCE.getFilters_DenyDomains();

		/**
		 * The meta object literal for the '<em><b>Reject Virus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILTERS__REJECT_VIRUS = eINSTANCE.getFilters_RejectVirus();

		/**
		 * The meta object literal for the '<em><b>Reject Spam</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILTERS__REJECT_SPAM = eINSTANCE.getFilters_RejectSpam();

		/**
		 * The meta object literal for the '{@link cc.enet.mailbox.Course <em>Course</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cc.enet.mailbox.Course
		 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getCourse()
		 * @generated
		 */
		EEnum COURSE = eINSTANCE.getCourse();

		/**
		 * The meta object literal for the '{@link cc.enet.mailbox.MailOption <em>Mail Option</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cc.enet.mailbox.MailOption
		 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getMailOption()
		 * @generated
		 */
		EEnum MAIL_OPTION = eINSTANCE.getMailOption();

		/**
		 * The meta object literal for the '{@link cc.enet.mailbox.DnsOutcome <em>Dns Outcome</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cc.enet.mailbox.DnsOutcome
		 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getDnsOutcome()
		 * @generated
		 */
		EEnum DNS_OUTCOME = eINSTANCE.getDnsOutcome();

		/**
		 * The meta object literal for the '{@link cc.enet.mailbox.Protocol <em>Protocol</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cc.enet.mailbox.Protocol
		 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getProtocol()
		 * @generated
		 */
		EEnum PROTOCOL = eINSTANCE.getProtocol();

		/**
		 * The meta object literal for the '{@link cc.enet.mailbox.TlsMode <em>Tls Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cc.enet.mailbox.TlsMode
		 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getTlsMode()
		 * @generated
		 */
		EEnum TLS_MODE = eINSTANCE.getTlsMode();

		/**
		 * The meta object literal for the '{@link cc.enet.mailbox.AuthMethod <em>Auth Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cc.enet.mailbox.AuthMethod
		 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getAuthMethod()
		 * @generated
		 */
		EEnum AUTH_METHOD = eINSTANCE.getAuthMethod();

		/**
		 * The meta object literal for the '{@link cc.enet.mailbox.SendEncoding <em>Send Encoding</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cc.enet.mailbox.SendEncoding
		 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getSendEncoding()
		 * @generated
		 */
		EEnum SEND_ENCODING = eINSTANCE.getSendEncoding();

		/**
		 * The meta object literal for the '{@link cc.enet.mailbox.Retention <em>Retention</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cc.enet.mailbox.Retention
		 * @see cc.enet.mailbox.impl.MailboxPackageImpl#getRetention()
		 * @generated
		 */
		EEnum RETENTION = eINSTANCE.getRetention();

	}

} //MailboxPackage
