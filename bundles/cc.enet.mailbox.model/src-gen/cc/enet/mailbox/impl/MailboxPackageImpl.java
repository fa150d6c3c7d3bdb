/**
 * Mailbox Console. Generated from mailbox.ecore by releng/regenerate-model: do not edit by hand.
 */
package cc.enet.mailbox.impl;

import cc.enet.mailbox.AuthMethod;
import cc.enet.mailbox.Course;
import cc.enet.mailbox.Customer;
import cc.enet.mailbox.DnsCheck;
import cc.enet.mailbox.DnsOutcome;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.Filters;
import cc.enet.mailbox.Forwarding;
import cc.enet.mailbox.MailOption;
import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.MailboxDefaults;
import cc.enet.mailbox.MailboxFactory;
import cc.enet.mailbox.MailboxPackage;
import cc.enet.mailbox.MailboxSettings;
import cc.enet.mailbox.Protocol;
import cc.enet.mailbox.Retention;
import cc.enet.mailbox.SendEncoding;
import cc.enet.mailbox.ServerState;
import cc.enet.mailbox.ServiceEndpoint;
import cc.enet.mailbox.TlsMode;
import cc.enet.mailbox.Workspace;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class MailboxPackageImpl extends EPackageImpl implements MailboxPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workspaceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mailServerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass customerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass domainEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dnsCheckEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceEndpointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mailboxSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mailboxDefaultsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mailboxEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serverStateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass forwardingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass filtersEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum courseEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum mailOptionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dnsOutcomeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum protocolEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum tlsModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum authMethodEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sendEncodingEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum retentionEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see cc.enet.mailbox.MailboxPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private MailboxPackageImpl() {
		super(eNS_URI, MailboxFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link MailboxPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static MailboxPackage init() {
		if (isInited) return (MailboxPackage)EPackage.Registry.INSTANCE.getEPackage(MailboxPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredMailboxPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		MailboxPackageImpl theMailboxPackage = registeredMailboxPackage instanceof MailboxPackageImpl ? (MailboxPackageImpl)registeredMailboxPackage : new MailboxPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theMailboxPackage.createPackageContents();

		// Initialize created meta-data
		theMailboxPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theMailboxPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(MailboxPackage.eNS_URI, theMailboxPackage);
		return theMailboxPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkspace() {
		return workspaceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkspace_Name() {
		return (EAttribute)workspaceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkspace_Customers() {
		return (EReference)workspaceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkspace_Servers() {
		return (EReference)workspaceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkspace_EnetHosts() {
		return (EAttribute)workspaceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkspace_SupportContact() {
		return (EAttribute)workspaceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkspace_ChangeRequest() {
		return (EAttribute)workspaceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMailServer() {
		return mailServerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMailServer_Name() {
		return (EAttribute)mailServerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMailServer_Kind() {
		return (EAttribute)mailServerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMailServer_Url() {
		return (EAttribute)mailServerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMailServer_PinnedCertificateSha256() {
		return (EAttribute)mailServerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMailServer_Settings() {
		return (EAttribute)mailServerEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMailServer_HostNames() {
		return (EAttribute)mailServerEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCustomer() {
		return customerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Id() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Name() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCustomer_Domains() {
		return (EReference)customerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_ContactName() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_ContactAddress() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDomain() {
		return domainEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_Name() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_Course() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_MailOption() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_CourseFreeForwarding() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_DnsExternal() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_MailOptionLost() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_Server() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDomain_DnsCheck() {
		return (EReference)domainEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDomain_Endpoints() {
		return (EReference)domainEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDomain_Defaults() {
		return (EReference)domainEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDomain_Mailboxes() {
		return (EReference)domainEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDomain_Customer() {
		return (EReference)domainEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDnsCheck() {
		return dnsCheckEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDnsCheck_CheckedAt() {
		return (EAttribute)dnsCheckEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDnsCheck_Resolver() {
		return (EAttribute)dnsCheckEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDnsCheck_Outcome() {
		return (EAttribute)dnsCheckEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDnsCheck_Records() {
		return (EAttribute)dnsCheckEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDnsCheck_MailOffSince() {
		return (EAttribute)dnsCheckEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServiceEndpoint() {
		return serviceEndpointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceEndpoint_Protocol() {
		return (EAttribute)serviceEndpointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceEndpoint_Host() {
		return (EAttribute)serviceEndpointEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceEndpoint_Port() {
		return (EAttribute)serviceEndpointEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceEndpoint_Tls() {
		return (EAttribute)serviceEndpointEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceEndpoint_Authentication() {
		return (EAttribute)serviceEndpointEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceEndpoint_SmtpAuth() {
		return (EAttribute)serviceEndpointEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceEndpoint_HostConfirmed() {
		return (EAttribute)serviceEndpointEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMailboxSettings() {
		return mailboxSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMailboxSettings_QuotaMb() {
		return (EAttribute)mailboxSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMailboxSettings_SendEncoding() {
		return (EAttribute)mailboxSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMailboxSettings_Retention() {
		return (EAttribute)mailboxSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMailboxSettings_RetentionDays() {
		return (EAttribute)mailboxSettingsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMailboxSettings_Filters() {
		return (EReference)mailboxSettingsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMailboxDefaults() {
		return mailboxDefaultsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMailbox() {
		return mailboxEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMailbox_Address() {
		return (EAttribute)mailboxEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMailbox_DisplayName() {
		return (EAttribute)mailboxEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMailbox_Enabled() {
		return (EAttribute)mailboxEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMailbox_Forwarding() {
		return (EReference)mailboxEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMailbox_Domain() {
		return (EReference)mailboxEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMailbox_MarkedForRemoval() {
		return (EAttribute)mailboxEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMailbox_ServerStates() {
		return (EReference)mailboxEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServerState() {
		return serverStateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServerState_Server() {
		return (EAttribute)serverStateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServerState_QuotaMb() {
		return (EAttribute)serverStateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServerState_Forwarding() {
		return (EReference)serverStateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServerState_Filters() {
		return (EReference)serverStateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServerState_Enabled() {
		return (EAttribute)serverStateEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServerState_PasswordSet() {
		return (EAttribute)serverStateEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServerState_DisplayName() {
		return (EAttribute)serverStateEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServerState_SendEncoding() {
		return (EAttribute)serverStateEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServerState_RetentionDays() {
		return (EAttribute)serverStateEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServerState_RejectVirus() {
		return (EAttribute)serverStateEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServerState_RejectSpam() {
		return (EAttribute)serverStateEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getForwarding() {
		return forwardingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getForwarding_Targets() {
		return (EAttribute)forwardingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getForwarding_KeepCopy() {
		return (EAttribute)forwardingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFilters() {
		return filtersEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFilters_AllowAddresses() {
		return (EAttribute)filtersEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFilters_AllowDomains() {
		return (EAttribute)filtersEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFilters_DenyAddresses() {
		return (EAttribute)filtersEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFilters_DenyDomains() {
		return (EAttribute)filtersEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFilters_RejectVirus() {
		return (EAttribute)filtersEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFilters_RejectSpam() {
		return (EAttribute)filtersEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCourse() {
		return courseEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMailOption() {
		return mailOptionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDnsOutcome() {
		return dnsOutcomeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProtocol() {
		return protocolEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTlsMode() {
		return tlsModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAuthMethod() {
		return authMethodEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSendEncoding() {
		return sendEncodingEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRetention() {
		return retentionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MailboxFactory getMailboxFactory() {
		return (MailboxFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		workspaceEClass = createEClass(WORKSPACE);
		createEAttribute(workspaceEClass, WORKSPACE__NAME);
		createEReference(workspaceEClass, WORKSPACE__CUSTOMERS);
		createEReference(workspaceEClass, WORKSPACE__SERVERS);
		createEAttribute(workspaceEClass, WORKSPACE__ENET_HOSTS);
		createEAttribute(workspaceEClass, WORKSPACE__SUPPORT_CONTACT);
		createEAttribute(workspaceEClass, WORKSPACE__CHANGE_REQUEST);

		mailServerEClass = createEClass(MAIL_SERVER);
		createEAttribute(mailServerEClass, MAIL_SERVER__NAME);
		createEAttribute(mailServerEClass, MAIL_SERVER__KIND);
		createEAttribute(mailServerEClass, MAIL_SERVER__URL);
		createEAttribute(mailServerEClass, MAIL_SERVER__PINNED_CERTIFICATE_SHA256);
		createEAttribute(mailServerEClass, MAIL_SERVER__SETTINGS);
		createEAttribute(mailServerEClass, MAIL_SERVER__HOST_NAMES);

		customerEClass = createEClass(CUSTOMER);
		createEAttribute(customerEClass, CUSTOMER__ID);
		createEAttribute(customerEClass, CUSTOMER__NAME);
		createEReference(customerEClass, CUSTOMER__DOMAINS);
		createEAttribute(customerEClass, CUSTOMER__CONTACT_NAME);
		createEAttribute(customerEClass, CUSTOMER__CONTACT_ADDRESS);

		domainEClass = createEClass(DOMAIN);
		createEAttribute(domainEClass, DOMAIN__NAME);
		createEAttribute(domainEClass, DOMAIN__COURSE);
		createEAttribute(domainEClass, DOMAIN__MAIL_OPTION);
		createEAttribute(domainEClass, DOMAIN__COURSE_FREE_FORWARDING);
		createEAttribute(domainEClass, DOMAIN__DNS_EXTERNAL);
		createEAttribute(domainEClass, DOMAIN__MAIL_OPTION_LOST);
		createEAttribute(domainEClass, DOMAIN__SERVER);
		createEReference(domainEClass, DOMAIN__DNS_CHECK);
		createEReference(domainEClass, DOMAIN__ENDPOINTS);
		createEReference(domainEClass, DOMAIN__DEFAULTS);
		createEReference(domainEClass, DOMAIN__MAILBOXES);
		createEReference(domainEClass, DOMAIN__CUSTOMER);

		dnsCheckEClass = createEClass(DNS_CHECK);
		createEAttribute(dnsCheckEClass, DNS_CHECK__CHECKED_AT);
		createEAttribute(dnsCheckEClass, DNS_CHECK__RESOLVER);
		createEAttribute(dnsCheckEClass, DNS_CHECK__OUTCOME);
		createEAttribute(dnsCheckEClass, DNS_CHECK__RECORDS);
		createEAttribute(dnsCheckEClass, DNS_CHECK__MAIL_OFF_SINCE);

		serviceEndpointEClass = createEClass(SERVICE_ENDPOINT);
		createEAttribute(serviceEndpointEClass, SERVICE_ENDPOINT__PROTOCOL);
		createEAttribute(serviceEndpointEClass, SERVICE_ENDPOINT__HOST);
		createEAttribute(serviceEndpointEClass, SERVICE_ENDPOINT__PORT);
		createEAttribute(serviceEndpointEClass, SERVICE_ENDPOINT__TLS);
		createEAttribute(serviceEndpointEClass, SERVICE_ENDPOINT__AUTHENTICATION);
		createEAttribute(serviceEndpointEClass, SERVICE_ENDPOINT__SMTP_AUTH);
		createEAttribute(serviceEndpointEClass, SERVICE_ENDPOINT__HOST_CONFIRMED);

		mailboxSettingsEClass = createEClass(MAILBOX_SETTINGS);
		createEAttribute(mailboxSettingsEClass, MAILBOX_SETTINGS__QUOTA_MB);
		createEAttribute(mailboxSettingsEClass, MAILBOX_SETTINGS__SEND_ENCODING);
		createEAttribute(mailboxSettingsEClass, MAILBOX_SETTINGS__RETENTION);
		createEAttribute(mailboxSettingsEClass, MAILBOX_SETTINGS__RETENTION_DAYS);
		createEReference(mailboxSettingsEClass, MAILBOX_SETTINGS__FILTERS);

		mailboxDefaultsEClass = createEClass(MAILBOX_DEFAULTS);

		mailboxEClass = createEClass(MAILBOX);
		createEAttribute(mailboxEClass, MAILBOX__ADDRESS);
		createEAttribute(mailboxEClass, MAILBOX__DISPLAY_NAME);
		createEAttribute(mailboxEClass, MAILBOX__ENABLED);
		createEReference(mailboxEClass, MAILBOX__FORWARDING);
		createEReference(mailboxEClass, MAILBOX__DOMAIN);
		createEAttribute(mailboxEClass, MAILBOX__MARKED_FOR_REMOVAL);
		createEReference(mailboxEClass, MAILBOX__SERVER_STATES);

		serverStateEClass = createEClass(SERVER_STATE);
		createEAttribute(serverStateEClass, SERVER_STATE__SERVER);
		createEAttribute(serverStateEClass, SERVER_STATE__QUOTA_MB);
		createEReference(serverStateEClass, SERVER_STATE__FORWARDING);
		createEReference(serverStateEClass, SERVER_STATE__FILTERS);
		createEAttribute(serverStateEClass, SERVER_STATE__ENABLED);
		createEAttribute(serverStateEClass, SERVER_STATE__PASSWORD_SET);
		createEAttribute(serverStateEClass, SERVER_STATE__DISPLAY_NAME);
		createEAttribute(serverStateEClass, SERVER_STATE__SEND_ENCODING);
		createEAttribute(serverStateEClass, SERVER_STATE__RETENTION_DAYS);
		createEAttribute(serverStateEClass, SERVER_STATE__REJECT_VIRUS);
		createEAttribute(serverStateEClass, SERVER_STATE__REJECT_SPAM);

		forwardingEClass = createEClass(FORWARDING);
		createEAttribute(forwardingEClass, FORWARDING__TARGETS);
		createEAttribute(forwardingEClass, FORWARDING__KEEP_COPY);

		filtersEClass = createEClass(FILTERS);
		createEAttribute(filtersEClass, FILTERS__ALLOW_ADDRESSES);
		createEAttribute(filtersEClass, FILTERS__ALLOW_DOMAINS);
		createEAttribute(filtersEClass, FILTERS__DENY_ADDRESSES);
		createEAttribute(filtersEClass, FILTERS__DENY_DOMAINS);
		createEAttribute(filtersEClass, FILTERS__REJECT_VIRUS);
		createEAttribute(filtersEClass, FILTERS__REJECT_SPAM);

		// Create enums
		courseEEnum = createEEnum(COURSE);
		mailOptionEEnum = createEEnum(MAIL_OPTION);
		dnsOutcomeEEnum = createEEnum(DNS_OUTCOME);
		protocolEEnum = createEEnum(PROTOCOL);
		tlsModeEEnum = createEEnum(TLS_MODE);
		authMethodEEnum = createEEnum(AUTH_METHOD);
		sendEncodingEEnum = createEEnum(SEND_ENCODING);
		retentionEEnum = createEEnum(RETENTION);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		mailboxDefaultsEClass.getESuperTypes().add(this.getMailboxSettings());
		mailboxEClass.getESuperTypes().add(this.getMailboxSettings());

		// Initialize classes, features, and operations; add parameters
		initEClass(workspaceEClass, Workspace.class, "Workspace", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWorkspace_Name(), ecorePackage.getEString(), "name", null, 0, 1, Workspace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkspace_Customers(), this.getCustomer(), null, "customers", null, 0, -1, Workspace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkspace_Servers(), this.getMailServer(), null, "servers", null, 0, -1, Workspace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkspace_EnetHosts(), ecorePackage.getEString(), "enetHosts", null, 0, -1, Workspace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkspace_SupportContact(), ecorePackage.getEString(), "supportContact", null, 0, 1, Workspace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkspace_ChangeRequest(), ecorePackage.getEString(), "changeRequest", null, 0, 1, Workspace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(mailServerEClass, MailServer.class, "MailServer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMailServer_Name(), ecorePackage.getEString(), "name", null, 0, 1, MailServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMailServer_Kind(), ecorePackage.getEString(), "kind", null, 0, 1, MailServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMailServer_Url(), ecorePackage.getEString(), "url", null, 0, 1, MailServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMailServer_PinnedCertificateSha256(), ecorePackage.getEString(), "pinnedCertificateSha256", null, 0, 1, MailServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMailServer_Settings(), ecorePackage.getEString(), "settings", null, 0, -1, MailServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMailServer_HostNames(), ecorePackage.getEString(), "hostNames", null, 0, -1, MailServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(customerEClass, Customer.class, "Customer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCustomer_Id(), ecorePackage.getEString(), "id", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_Name(), ecorePackage.getEString(), "name", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCustomer_Domains(), this.getDomain(), this.getDomain_Customer(), "domains", null, 0, -1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_ContactName(), ecorePackage.getEString(), "contactName", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_ContactAddress(), ecorePackage.getEString(), "contactAddress", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(domainEClass, Domain.class, "Domain", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDomain_Name(), ecorePackage.getEString(), "name", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_Course(), this.getCourse(), "course", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_MailOption(), this.getMailOption(), "mailOption", "POP3_TYPE_B", 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_CourseFreeForwarding(), ecorePackage.getEBoolean(), "courseFreeForwarding", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_DnsExternal(), ecorePackage.getEBoolean(), "dnsExternal", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_MailOptionLost(), ecorePackage.getEBoolean(), "mailOptionLost", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_Server(), ecorePackage.getEString(), "server", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDomain_DnsCheck(), this.getDnsCheck(), null, "dnsCheck", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDomain_Endpoints(), this.getServiceEndpoint(), null, "endpoints", null, 0, -1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDomain_Defaults(), this.getMailboxDefaults(), null, "defaults", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDomain_Mailboxes(), this.getMailbox(), this.getMailbox_Domain(), "mailboxes", null, 0, -1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDomain_Customer(), this.getCustomer(), this.getCustomer_Domains(), "customer", null, 0, 1, Domain.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dnsCheckEClass, DnsCheck.class, "DnsCheck", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDnsCheck_CheckedAt(), ecorePackage.getEDate(), "checkedAt", null, 0, 1, DnsCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDnsCheck_Resolver(), ecorePackage.getEString(), "resolver", null, 0, 1, DnsCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDnsCheck_Outcome(), this.getDnsOutcome(), "outcome", null, 0, 1, DnsCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDnsCheck_Records(), ecorePackage.getEString(), "records", null, 0, -1, DnsCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDnsCheck_MailOffSince(), ecorePackage.getEDate(), "mailOffSince", null, 0, 1, DnsCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(serviceEndpointEClass, ServiceEndpoint.class, "ServiceEndpoint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getServiceEndpoint_Protocol(), this.getProtocol(), "protocol", null, 0, 1, ServiceEndpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceEndpoint_Host(), ecorePackage.getEString(), "host", null, 0, 1, ServiceEndpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceEndpoint_Port(), ecorePackage.getEInt(), "port", null, 0, 1, ServiceEndpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceEndpoint_Tls(), this.getTlsMode(), "tls", null, 0, 1, ServiceEndpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceEndpoint_Authentication(), this.getAuthMethod(), "authentication", null, 0, 1, ServiceEndpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceEndpoint_SmtpAuth(), ecorePackage.getEBoolean(), "smtpAuth", "true", 0, 1, ServiceEndpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceEndpoint_HostConfirmed(), ecorePackage.getEBoolean(), "hostConfirmed", null, 0, 1, ServiceEndpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(mailboxSettingsEClass, MailboxSettings.class, "MailboxSettings", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMailboxSettings_QuotaMb(), ecorePackage.getEInt(), "quotaMb", "1024", 0, 1, MailboxSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMailboxSettings_SendEncoding(), this.getSendEncoding(), "sendEncoding", null, 0, 1, MailboxSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMailboxSettings_Retention(), this.getRetention(), "retention", null, 0, 1, MailboxSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMailboxSettings_RetentionDays(), ecorePackage.getEInt(), "retentionDays", null, 0, 1, MailboxSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMailboxSettings_Filters(), this.getFilters(), null, "filters", null, 0, 1, MailboxSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(mailboxDefaultsEClass, MailboxDefaults.class, "MailboxDefaults", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(mailboxEClass, Mailbox.class, "Mailbox", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMailbox_Address(), ecorePackage.getEString(), "address", null, 0, 1, Mailbox.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMailbox_DisplayName(), ecorePackage.getEString(), "displayName", null, 0, 1, Mailbox.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMailbox_Enabled(), ecorePackage.getEBoolean(), "enabled", "true", 0, 1, Mailbox.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMailbox_Forwarding(), this.getForwarding(), null, "forwarding", null, 0, 1, Mailbox.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMailbox_Domain(), this.getDomain(), this.getDomain_Mailboxes(), "domain", null, 0, 1, Mailbox.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMailbox_MarkedForRemoval(), ecorePackage.getEBoolean(), "markedForRemoval", null, 0, 1, Mailbox.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMailbox_ServerStates(), this.getServerState(), null, "serverStates", null, 0, -1, Mailbox.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(serverStateEClass, ServerState.class, "ServerState", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getServerState_Server(), ecorePackage.getEString(), "server", null, 0, 1, ServerState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServerState_QuotaMb(), ecorePackage.getEInt(), "quotaMb", null, 0, 1, ServerState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServerState_Forwarding(), this.getForwarding(), null, "forwarding", null, 0, 1, ServerState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServerState_Filters(), this.getFilters(), null, "filters", null, 0, 1, ServerState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServerState_Enabled(), ecorePackage.getEBooleanObject(), "enabled", null, 0, 1, ServerState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServerState_PasswordSet(), ecorePackage.getEBooleanObject(), "passwordSet", null, 0, 1, ServerState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServerState_DisplayName(), ecorePackage.getEString(), "displayName", null, 0, 1, ServerState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServerState_SendEncoding(), ecorePackage.getEString(), "sendEncoding", null, 0, 1, ServerState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServerState_RetentionDays(), ecorePackage.getEIntegerObject(), "retentionDays", null, 0, 1, ServerState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServerState_RejectVirus(), ecorePackage.getEBooleanObject(), "rejectVirus", null, 0, 1, ServerState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServerState_RejectSpam(), ecorePackage.getEBooleanObject(), "rejectSpam", null, 0, 1, ServerState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(forwardingEClass, Forwarding.class, "Forwarding", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getForwarding_Targets(), ecorePackage.getEString(), "targets", null, 0, -1, Forwarding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getForwarding_KeepCopy(), ecorePackage.getEBoolean(), "keepCopy", null, 0, 1, Forwarding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(filtersEClass, Filters.class, "Filters", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFilters_AllowAddresses(), ecorePackage.getEString(), "allowAddresses", null, 0, -1, Filters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFilters_AllowDomains(), ecorePackage.getEString(), "allowDomains", null, 0, -1, Filters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFilters_DenyAddresses(), ecorePackage.getEString(), "denyAddresses", null, 0, -1, Filters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFilters_DenyDomains(), ecorePackage.getEString(), "denyDomains", null, 0, -1, Filters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFilters_RejectVirus(), ecorePackage.getEBoolean(), "rejectVirus", null, 0, 1, Filters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFilters_RejectSpam(), ecorePackage.getEBoolean(), "rejectSpam", null, 0, 1, Filters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(courseEEnum, Course.class, "Course");
		addEEnumLiteral(courseEEnum, Course.BASIC);
		addEEnumLiteral(courseEEnum, Course.STANDARD);
		addEEnumLiteral(courseEEnum, Course.STANDARD_HOSTING_PACK);
		addEEnumLiteral(courseEEnum, Course.OTHER);

		initEEnum(mailOptionEEnum, MailOption.class, "MailOption");
		addEEnumLiteral(mailOptionEEnum, MailOption.NONE);
		addEEnumLiteral(mailOptionEEnum, MailOption.POP3_TYPE_B);
		addEEnumLiteral(mailOptionEEnum, MailOption.EMAIL_PACK_10);

		initEEnum(dnsOutcomeEEnum, DnsOutcome.class, "DnsOutcome");
		addEEnumLiteral(dnsOutcomeEEnum, DnsOutcome.ENET_MX);
		addEEnumLiteral(dnsOutcomeEEnum, DnsOutcome.MX_ELSEWHERE);
		addEEnumLiteral(dnsOutcomeEEnum, DnsOutcome.NO_MX);
		addEEnumLiteral(dnsOutcomeEEnum, DnsOutcome.NXDOMAIN);

		initEEnum(protocolEEnum, Protocol.class, "Protocol");
		addEEnumLiteral(protocolEEnum, Protocol.POP3);
		addEEnumLiteral(protocolEEnum, Protocol.IMAP);
		addEEnumLiteral(protocolEEnum, Protocol.SMTP);

		initEEnum(tlsModeEEnum, TlsMode.class, "TlsMode");
		addEEnumLiteral(tlsModeEEnum, TlsMode.IMPLICIT);
		addEEnumLiteral(tlsModeEEnum, TlsMode.STARTTLS);
		addEEnumLiteral(tlsModeEEnum, TlsMode.NONE);

		initEEnum(authMethodEEnum, AuthMethod.class, "AuthMethod");
		addEEnumLiteral(authMethodEEnum, AuthMethod.NORMAL_PASSWORD);
		addEEnumLiteral(authMethodEEnum, AuthMethod.APOP);
		addEEnumLiteral(authMethodEEnum, AuthMethod.CRAM_MD5);
		addEEnumLiteral(authMethodEEnum, AuthMethod.NTLM);
		addEEnumLiteral(authMethodEEnum, AuthMethod.KERBEROS_GSSAPI);
		addEEnumLiteral(authMethodEEnum, AuthMethod.SPA);

		initEEnum(sendEncodingEEnum, SendEncoding.class, "SendEncoding");
		addEEnumLiteral(sendEncodingEEnum, SendEncoding.ISO_2022_JP);
		addEEnumLiteral(sendEncodingEEnum, SendEncoding.UTF_8);

		initEEnum(retentionEEnum, Retention.class, "Retention");
		addEEnumLiteral(retentionEEnum, Retention.DELETE_AFTER_DOWNLOAD);
		addEEnumLiteral(retentionEEnum, Retention.LEAVE_DAYS);
		addEEnumLiteral(retentionEEnum, Retention.LEAVE_FOREVER);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/GenModel
		createGenModelAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/GenModel</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createGenModelAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/GenModel";
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "documentation", "Mailboxes of Enet\'s customer domains, as the company\'s guide describes them. Server-neutral: no field belongs to one mail server. No password is ever held here."
		   });
		addAnnotation
		  (workspaceEClass,
		   source,
		   new String[] {
			   "documentation", "The root: one staff member\'s set of customers. Each customer is stored in a file of its own (cross-resource containment)."
		   });
		addAnnotation
		  (getWorkspace_EnetHosts(),
		   source,
		   new String[] {
			   "documentation", "The mail server host names Enet has notified (POP3, IMAP, SMTP). When the list is not empty, an endpoint host outside it is questioned."
		   });
		addAnnotation
		  (getWorkspace_SupportContact(),
		   source,
		   new String[] {
			   "documentation", "Enet\'s support contact as customers are told it (name, mail address, telephone), set once per workspace; printed on the setup sheet and in the setup mail."
		   });
		addAnnotation
		  (getWorkspace_ChangeRequest(),
		   source,
		   new String[] {
			   "documentation", "Where a customer asks for a change to the POP3 option\'s contents (the guide\'s \u5185\u5bb9\u5909\u66f4\u7533\u8acb): an address or URL, set once per workspace."
		   });
		addAnnotation
		  (mailServerEClass,
		   source,
		   new String[] {
			   "documentation", "A live server the model is applied to. Its credentials are never here: they live in secure storage, an environment variable or a prompt."
		   });
		addAnnotation
		  (getMailServer_Kind(),
		   source,
		   new String[] {
			   "documentation", "Which connector talks to it, e.g. james."
		   });
		addAnnotation
		  (getMailServer_PinnedCertificateSha256(),
		   source,
		   new String[] {
			   "documentation", "Trust exactly this certificate (SHA-256 of its DER form, hex) instead of the system\'s trust store: the explicit per-server choice for a self-signed server."
		   });
		addAnnotation
		  (getMailServer_Settings(),
		   source,
		   new String[] {
			   "documentation", "The settings its kind declares, one KEY=VALUE each (endpoints, user names; never a secret)."
		   });
		addAnnotation
		  (getMailServer_HostNames(),
		   source,
		   new String[] {
			   "documentation", "The notified host names (POP3, IMAP, SMTP) this server serves: a domain without a server of its own whose notified hosts are all among them lives here. Empty: no domain is derived to it."
		   });
		addAnnotation
		  (getCustomer_Id(),
		   source,
		   new String[] {
			   "documentation", "A stable key; it also names the customer\'s file."
		   });
		addAnnotation
		  (getCustomer_ContactName(),
		   source,
		   new String[] {
			   "documentation", "The customer\'s contact person, whom the setup mail is addressed to (not a mailbox\'s sender name)."
		   });
		addAnnotation
		  (getCustomer_ContactAddress(),
		   source,
		   new String[] {
			   "documentation", "The contact person\'s mail address: where the setup mail goes unless staff name another."
		   });
		addAnnotation
		  (getDomain_CourseFreeForwarding(),
		   source,
		   new String[] {
			   "documentation", "The hosting course\'s own free mail forwarding. Turning it on with a mail option disables that option for good."
		   });
		addAnnotation
		  (getDomain_DnsExternal(),
		   source,
		   new String[] {
			   "documentation", "MX or the DNS zone was moved away from Enet: mail here stops. Set by a DNS check that finds MX elsewhere, no MX or no such domain (or by staff); cleared by a check that finds Enet\'s MX."
		   });
		addAnnotation
		  (getDomain_MailOptionLost(),
		   source,
		   new String[] {
			   "documentation", "The mail option was disabled for good by the course\'s free forwarding (the guide: it cannot be undone). Recorded by staff; the console never clears it."
		   });
		addAnnotation
		  (getDomain_Server(),
		   source,
		   new String[] {
			   "documentation", "The name of the workspace\'s server definition this domain lives on; null = derived from the notified host names, or the workspace\'s only server."
		   });
		addAnnotation
		  (getDomain_DnsCheck(),
		   source,
		   new String[] {
			   "documentation", "The last real DNS check of the domain; null = never checked."
		   });
		addAnnotation
		  (dnsCheckEClass,
		   source,
		   new String[] {
			   "documentation", "What a resolver answered for a domain\'s MX and its notified hosts\' A records, and whether its mail still reaches Enet."
		   });
		addAnnotation
		  (getDnsCheck_Resolver(),
		   source,
		   new String[] {
			   "documentation", "The DNS server asked, HOST:PORT (or the system\'s, as its configuration named them)."
		   });
		addAnnotation
		  (getDnsCheck_Records(),
		   source,
		   new String[] {
			   "documentation", "The records seen, one each: \"MX 10 host\", \"A host address\"."
		   });
		addAnnotation
		  (getDnsCheck_MailOffSince(),
		   source,
		   new String[] {
			   "documentation", "The first check that found the mail away from Enet, kept while later checks still find it so; null while the MX is Enet\'s."
		   });
		addAnnotation
		  (serviceEndpointEClass,
		   source,
		   new String[] {
			   "documentation", "A server a customer\'s mail client connects to, as notified by Enet."
		   });
		addAnnotation
		  (getServiceEndpoint_HostConfirmed(),
		   source,
		   new String[] {
			   "documentation", "IMAP only: staff confirmed the host in the customer\'s webmail (\u74b0\u5883\u8a2d\u5b9a \u21d2 \u57fa\u672c\u8a2d\u5b9a). Until then it is the guide\'s likely host (imap4.hetemail.jp for most set up since 2019) and is printed as such. POP3 and SMTP hosts are the ones Enet notified."
		   });
		addAnnotation
		  (mailboxSettingsEClass,
		   source,
		   new String[] {
			   "documentation", "Settings a mailbox has and a domain gives new mailboxes by default."
		   });
		addAnnotation
		  (getMailboxSettings_QuotaMb(),
		   source,
		   new String[] {
			   "documentation", "The quota staff set for this mailbox (or, on defaults, for the domain\'s new mailboxes). Unset: the server\'s default applies and nothing about it is told to the customer (the guide states no size). The getter still answers 1024 when unset, for code written before the flag."
		   });
		addAnnotation
		  (getMailboxSettings_RetentionDays(),
		   source,
		   new String[] {
			   "documentation", "Days a client leaves mail on the server; used with retention LEAVE_DAYS."
		   });
		addAnnotation
		  (getMailbox_Address(),
		   source,
		   new String[] {
			   "documentation", "The mail address; also the POP3, IMAP and SMTP AUTH user name."
		   });
		addAnnotation
		  (getMailbox_MarkedForRemoval(),
		   source,
		   new String[] {
			   "documentation", "Apply deletes the mailbox on the server; nothing else ever deletes one."
		   });
		addAnnotation
		  (serverStateEClass,
		   source,
		   new String[] {
			   "documentation", "What a server held for a mailbox when it was last applied or pulled: the base against which a change made on the server (drift) is seen."
		   });
		addAnnotation
		  (getServerState_Enabled(),
		   source,
		   new String[] {
			   "documentation", "Whether the account could log in and receive; null = not known."
		   });
		addAnnotation
		  (getServerState_PasswordSet(),
		   source,
		   new String[] {
			   "documentation", "Whether the account had a password (the initial one is never stored here); null = not known."
		   });
		addAnnotation
		  (getServerState_DisplayName(),
		   source,
		   new String[] {
			   "documentation", "The sender name the server held; null = not known."
		   });
		addAnnotation
		  (getServerState_SendEncoding(),
		   source,
		   new String[] {
			   "documentation", "The send encoding the server held (its literal); null = not known."
		   });
		addAnnotation
		  (getServerState_RetentionDays(),
		   source,
		   new String[] {
			   "documentation", "Days the server kept mail (0 = no limit); null = not known."
		   });
		addAnnotation
		  (getServerState_RejectVirus(),
		   source,
		   new String[] {
			   "documentation", "Whether the server refused mail carrying a virus; null = not known."
		   });
		addAnnotation
		  (getServerState_RejectSpam(),
		   source,
		   new String[] {
			   "documentation", "Whether the server refused spam; null = not known."
		   });
	}

} //MailboxPackageImpl
