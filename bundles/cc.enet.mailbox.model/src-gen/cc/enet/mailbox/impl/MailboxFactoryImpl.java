/**
 * Mailbox Console. Generated from mailbox.ecore by releng/regenerate-model: do not edit by hand.
 */
package cc.enet.mailbox.impl;

import cc.enet.mailbox.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class MailboxFactoryImpl extends EFactoryImpl implements MailboxFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static MailboxFactory init() {
		try {
			MailboxFactory theMailboxFactory = (MailboxFactory)EPackage.Registry.INSTANCE.getEFactory(MailboxPackage.eNS_URI);
			if (theMailboxFactory != null) {
				return theMailboxFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new MailboxFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MailboxFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case MailboxPackage.WORKSPACE: return createWorkspace();
			case MailboxPackage.MAIL_SERVER: return createMailServer();
			case MailboxPackage.CUSTOMER: return createCustomer();
			case MailboxPackage.DOMAIN: return createDomain();
			case MailboxPackage.DNS_CHECK: return createDnsCheck();
			case MailboxPackage.SERVICE_ENDPOINT: return createServiceEndpoint();
			case MailboxPackage.MAILBOX_DEFAULTS: return createMailboxDefaults();
			case MailboxPackage.MAILBOX: return createMailbox();
			case MailboxPackage.SERVER_STATE: return createServerState();
			case MailboxPackage.FORWARDING: return createForwarding();
			case MailboxPackage.FILTERS: return createFilters();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case MailboxPackage.COURSE:
				return createCourseFromString(eDataType, initialValue);
			case MailboxPackage.MAIL_OPTION:
				return createMailOptionFromString(eDataType, initialValue);
			case MailboxPackage.DNS_OUTCOME:
				return createDnsOutcomeFromString(eDataType, initialValue);
			case MailboxPackage.PROTOCOL:
				return createProtocolFromString(eDataType, initialValue);
			case MailboxPackage.TLS_MODE:
				return createTlsModeFromString(eDataType, initialValue);
			case MailboxPackage.AUTH_METHOD:
				return createAuthMethodFromString(eDataType, initialValue);
			case MailboxPackage.SEND_ENCODING:
				return createSendEncodingFromString(eDataType, initialValue);
			case MailboxPackage.RETENTION:
				return createRetentionFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case MailboxPackage.COURSE:
				return convertCourseToString(eDataType, instanceValue);
			case MailboxPackage.MAIL_OPTION:
				return convertMailOptionToString(eDataType, instanceValue);
			case MailboxPackage.DNS_OUTCOME:
				return convertDnsOutcomeToString(eDataType, instanceValue);
			case MailboxPackage.PROTOCOL:
				return convertProtocolToString(eDataType, instanceValue);
			case MailboxPackage.TLS_MODE:
				return convertTlsModeToString(eDataType, instanceValue);
			case MailboxPackage.AUTH_METHOD:
				return convertAuthMethodToString(eDataType, instanceValue);
			case MailboxPackage.SEND_ENCODING:
				return convertSendEncodingToString(eDataType, instanceValue);
			case MailboxPackage.RETENTION:
				return convertRetentionToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Workspace createWorkspace() {
		WorkspaceImpl workspace = new WorkspaceImpl();
		return workspace;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MailServer createMailServer() {
		MailServerImpl mailServer = new MailServerImpl();
		return mailServer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Customer createCustomer() {
		CustomerImpl customer = new CustomerImpl();
		return customer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Domain createDomain() {
		DomainImpl domain = new DomainImpl();
		return domain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DnsCheck createDnsCheck() {
		DnsCheckImpl dnsCheck = new DnsCheckImpl();
		return dnsCheck;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceEndpoint createServiceEndpoint() {
		ServiceEndpointImpl serviceEndpoint = new ServiceEndpointImpl();
		return serviceEndpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MailboxDefaults createMailboxDefaults() {
		MailboxDefaultsImpl mailboxDefaults = new MailboxDefaultsImpl();
		return mailboxDefaults;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Mailbox createMailbox() {
		MailboxImpl mailbox = new MailboxImpl();
		return mailbox;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServerState createServerState() {
		ServerStateImpl serverState = new ServerStateImpl();
		return serverState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Forwarding createForwarding() {
		ForwardingImpl forwarding = new ForwardingImpl();
		return forwarding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Filters createFilters() {
		FiltersImpl filters = new FiltersImpl();
		return filters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Course createCourseFromString(EDataType eDataType, String initialValue) {
		Course result = Course.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCourseToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MailOption createMailOptionFromString(EDataType eDataType, String initialValue) {
		MailOption result = MailOption.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMailOptionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DnsOutcome createDnsOutcomeFromString(EDataType eDataType, String initialValue) {
		DnsOutcome result = DnsOutcome.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDnsOutcomeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Protocol createProtocolFromString(EDataType eDataType, String initialValue) {
		Protocol result = Protocol.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProtocolToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TlsMode createTlsModeFromString(EDataType eDataType, String initialValue) {
		TlsMode result = TlsMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTlsModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AuthMethod createAuthMethodFromString(EDataType eDataType, String initialValue) {
		AuthMethod result = AuthMethod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAuthMethodToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SendEncoding createSendEncodingFromString(EDataType eDataType, String initialValue) {
		SendEncoding result = SendEncoding.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSendEncodingToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Retention createRetentionFromString(EDataType eDataType, String initialValue) {
		Retention result = Retention.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRetentionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MailboxPackage getMailboxPackage() {
		return (MailboxPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static MailboxPackage getPackage() {
		return MailboxPackage.eINSTANCE;
	}

} //MailboxFactoryImpl
