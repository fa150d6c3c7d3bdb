/**
 * Mailbox Console. Generated from mailbox.ecore by releng/regenerate-model: do not edit by hand.
 */
package cc.enet.mailbox.impl;

import cc.enet.mailbox.AuthMethod;
import cc.enet.mailbox.MailboxPackage;
import cc.enet.mailbox.Protocol;
import cc.enet.mailbox.ServiceEndpoint;
import cc.enet.mailbox.TlsMode;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Service Endpoint</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cc.enet.mailbox.impl.ServiceEndpointImpl#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.ServiceEndpointImpl#getHost <em>Host</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.ServiceEndpointImpl#getPort <em>Port</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.ServiceEndpointImpl#getTls <em>Tls</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.ServiceEndpointImpl#getAuthentication <em>Authentication</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.ServiceEndpointImpl#isSmtpAuth <em>Smtp Auth</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.ServiceEndpointImpl#isHostConfirmed <em>Host Confirmed</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServiceEndpointImpl extends MinimalEObjectImpl.Container implements ServiceEndpoint {
	/**
	 * The default value of the '{@link #getProtocol() <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocol()
	 * @generated
	 * @ordered
	 */
	protected static final Protocol PROTOCOL_EDEFAULT = Protocol.POP3;

	/**
	 * The cached value of the '{@link #getProtocol() <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocol()
	 * @generated
	 * @ordered
	 */
	protected Protocol protocol = PROTOCOL_EDEFAULT;

	/**
	 * The default value of the '{@link #getHost() <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected static final String HOST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHost() <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected String host = HOST_EDEFAULT;

	/**
	 * The default value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected static final int PORT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected int port = PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTls() <em>Tls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTls()
	 * @generated
	 * @ordered
	 */
	protected static final TlsMode TLS_EDEFAULT = TlsMode.IMPLICIT;

	/**
	 * The cached value of the '{@link #getTls() <em>Tls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTls()
	 * @generated
	 * @ordered
	 */
	protected TlsMode tls = TLS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthentication() <em>Authentication</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthentication()
	 * @generated
	 * @ordered
	 */
	protected static final AuthMethod AUTHENTICATION_EDEFAULT = AuthMethod.NORMAL_PASSWORD;

	/**
	 * The cached value of the '{@link #getAuthentication() <em>Authentication</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthentication()
	 * @generated
	 * @ordered
	 */
	protected AuthMethod authentication = AUTHENTICATION_EDEFAULT;

	/**
	 * The default value of the '{@link #isSmtpAuth() <em>Smtp Auth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSmtpAuth()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SMTP_AUTH_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isSmtpAuth() <em>Smtp Auth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSmtpAuth()
	 * @generated
	 * @ordered
	 */
	protected boolean smtpAuth = SMTP_AUTH_EDEFAULT;

	/**
	 * The default value of the '{@link #isHostConfirmed() <em>Host Confirmed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHostConfirmed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HOST_CONFIRMED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isHostConfirmed() <em>Host Confirmed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHostConfirmed()
	 * @generated
	 * @ordered
	 */
	protected boolean hostConfirmed = HOST_CONFIRMED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServiceEndpointImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MailboxPackage.Literals.SERVICE_ENDPOINT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Protocol getProtocol() {
		return protocol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProtocol(Protocol newProtocol) {
		Protocol oldProtocol = protocol;
		protocol = newProtocol == null ? PROTOCOL_EDEFAULT : newProtocol;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.SERVICE_ENDPOINT__PROTOCOL, oldProtocol, protocol));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHost() {
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHost(String newHost) {
		String oldHost = host;
		host = newHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.SERVICE_ENDPOINT__HOST, oldHost, host));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPort() {
		return port;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPort(int newPort) {
		int oldPort = port;
		port = newPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.SERVICE_ENDPOINT__PORT, oldPort, port));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TlsMode getTls() {
		return tls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTls(TlsMode newTls) {
		TlsMode oldTls = tls;
		tls = newTls == null ? TLS_EDEFAULT : newTls;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.SERVICE_ENDPOINT__TLS, oldTls, tls));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AuthMethod getAuthentication() {
		return authentication;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthentication(AuthMethod newAuthentication) {
		AuthMethod oldAuthentication = authentication;
		authentication = newAuthentication == null ? AUTHENTICATION_EDEFAULT : newAuthentication;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.SERVICE_ENDPOINT__AUTHENTICATION, oldAuthentication, authentication));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSmtpAuth() {
		return smtpAuth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSmtpAuth(boolean newSmtpAuth) {
		boolean oldSmtpAuth = smtpAuth;
		smtpAuth = newSmtpAuth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.SERVICE_ENDPOINT__SMTP_AUTH, oldSmtpAuth, smtpAuth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHostConfirmed() {
		return hostConfirmed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostConfirmed(boolean newHostConfirmed) {
		boolean oldHostConfirmed = hostConfirmed;
		hostConfirmed = newHostConfirmed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.SERVICE_ENDPOINT__HOST_CONFIRMED, oldHostConfirmed, hostConfirmed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MailboxPackage.SERVICE_ENDPOINT__PROTOCOL:
				return getProtocol();
			case MailboxPackage.SERVICE_ENDPOINT__HOST:
				return getHost();
			case MailboxPackage.SERVICE_ENDPOINT__PORT:
				return getPort();
			case MailboxPackage.SERVICE_ENDPOINT__TLS:
				return getTls();
			case MailboxPackage.SERVICE_ENDPOINT__AUTHENTICATION:
				return getAuthentication();
			case MailboxPackage.SERVICE_ENDPOINT__SMTP_AUTH:
				return isSmtpAuth();
			case MailboxPackage.SERVICE_ENDPOINT__HOST_CONFIRMED:
				return isHostConfirmed();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case MailboxPackage.SERVICE_ENDPOINT__PROTOCOL:
				setProtocol((Protocol)newValue);
				return;
			case MailboxPackage.SERVICE_ENDPOINT__HOST:
				setHost((String)newValue);
				return;
			case MailboxPackage.SERVICE_ENDPOINT__PORT:
				setPort((Integer)newValue);
				return;
			case MailboxPackage.SERVICE_ENDPOINT__TLS:
				setTls((TlsMode)newValue);
				return;
			case MailboxPackage.SERVICE_ENDPOINT__AUTHENTICATION:
				setAuthentication((AuthMethod)newValue);
				return;
			case MailboxPackage.SERVICE_ENDPOINT__SMTP_AUTH:
				setSmtpAuth((Boolean)newValue);
				return;
			case MailboxPackage.SERVICE_ENDPOINT__HOST_CONFIRMED:
				setHostConfirmed((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case MailboxPackage.SERVICE_ENDPOINT__PROTOCOL:
				setProtocol(PROTOCOL_EDEFAULT);
				return;
			case MailboxPackage.SERVICE_ENDPOINT__HOST:
				setHost(HOST_EDEFAULT);
				return;
			case MailboxPackage.SERVICE_ENDPOINT__PORT:
				setPort(PORT_EDEFAULT);
				return;
			case MailboxPackage.SERVICE_ENDPOINT__TLS:
				setTls(TLS_EDEFAULT);
				return;
			case MailboxPackage.SERVICE_ENDPOINT__AUTHENTICATION:
				setAuthentication(AUTHENTICATION_EDEFAULT);
				return;
			case MailboxPackage.SERVICE_ENDPOINT__SMTP_AUTH:
				setSmtpAuth(SMTP_AUTH_EDEFAULT);
				return;
			case MailboxPackage.SERVICE_ENDPOINT__HOST_CONFIRMED:
				setHostConfirmed(HOST_CONFIRMED_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case MailboxPackage.SERVICE_ENDPOINT__PROTOCOL:
				return protocol != PROTOCOL_EDEFAULT;
			case MailboxPackage.SERVICE_ENDPOINT__HOST:
				return HOST_EDEFAULT == null ? host != null : !HOST_EDEFAULT.equals(host);
			case MailboxPackage.SERVICE_ENDPOINT__PORT:
				return port != PORT_EDEFAULT;
			case MailboxPackage.SERVICE_ENDPOINT__TLS:
				return tls != TLS_EDEFAULT;
			case MailboxPackage.SERVICE_ENDPOINT__AUTHENTICATION:
				return authentication != AUTHENTICATION_EDEFAULT;
			case MailboxPackage.SERVICE_ENDPOINT__SMTP_AUTH:
				return smtpAuth != SMTP_AUTH_EDEFAULT;
			case MailboxPackage.SERVICE_ENDPOINT__HOST_CONFIRMED:
				return hostConfirmed != HOST_CONFIRMED_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (protocol: ");
		result.append(protocol);
		result.append(", host: ");
		result.append(host);
		result.append(", port: ");
		result.append(port);
		result.append(", tls: ");
		result.append(tls);
		result.append(", authentication: ");
		result.append(authentication);
		result.append(", smtpAuth: ");
		result.append(smtpAuth);
		result.append(", hostConfirmed: ");
		result.append(hostConfirmed);
		result.append(')');
		return result.toString();
	}

} //ServiceEndpointImpl
