/**
 * Mailbox Console. Generated from mailbox.ecore by releng/regenerate-model: do not edit by hand.
 */
package cc.enet.mailbox.impl;

import cc.enet.mailbox.MailServer;
import cc.enet.mailbox.MailboxPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mail Server</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cc.enet.mailbox.impl.MailServerImpl#getName <em>Name</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.MailServerImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.MailServerImpl#getUrl <em>Url</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.MailServerImpl#getPinnedCertificateSha256 <em>Pinned Certificate Sha256</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.MailServerImpl#getSettings <em>Settings</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.MailServerImpl#getHostNames <em>Host Names</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MailServerImpl extends MinimalEObjectImpl.Container implements MailServer {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final String KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected String kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected String url = URL_EDEFAULT;

	/**
	 * The default value of the '{@link #getPinnedCertificateSha256() <em>Pinned Certificate Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPinnedCertificateSha256()
	 * @generated
	 * @ordered
	 */
	protected static final String PINNED_CERTIFICATE_SHA256_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPinnedCertificateSha256() <em>Pinned Certificate Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPinnedCertificateSha256()
	 * @generated
	 * @ordered
	 */
	protected String pinnedCertificateSha256 = PINNED_CERTIFICATE_SHA256_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSettings() <em>Settings</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSettings()
	 * @generated
	 * @ordered
	 */
	protected EList<String> settings;

	/**
	 * The cached value of the '{@link #getHostNames() <em>Host Names</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostNames()
	 * @generated
	 * @ordered
	 */
	protected EList<String> hostNames;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MailServerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MailboxPackage.Literals.MAIL_SERVER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.MAIL_SERVER__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(String newKind) {
		String oldKind = kind;
		kind = newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.MAIL_SERVER__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUrl() {
		return url;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUrl(String newUrl) {
		String oldUrl = url;
		url = newUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.MAIL_SERVER__URL, oldUrl, url));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPinnedCertificateSha256() {
		return pinnedCertificateSha256;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPinnedCertificateSha256(String newPinnedCertificateSha256) {
		String oldPinnedCertificateSha256 = pinnedCertificateSha256;
		pinnedCertificateSha256 = newPinnedCertificateSha256;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.MAIL_SERVER__PINNED_CERTIFICATE_SHA256, oldPinnedCertificateSha256, pinnedCertificateSha256));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSettings() {
		if (settings == null) {
			settings = new EDataTypeUniqueEList<String>(String.class, this, MailboxPackage.MAIL_SERVER__SETTINGS);
		}
		return settings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getHostNames() {
		if (hostNames == null) {
			hostNames = new EDataTypeUniqueEList<String>(String.class, this, MailboxPackage.MAIL_SERVER__HOST_NAMES);
		}
		return hostNames;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MailboxPackage.MAIL_SERVER__NAME:
				return getName();
			case MailboxPackage.MAIL_SERVER__KIND:
				return getKind();
			case MailboxPackage.MAIL_SERVER__URL:
				return getUrl();
			case MailboxPackage.MAIL_SERVER__PINNED_CERTIFICATE_SHA256:
				return getPinnedCertificateSha256();
			case MailboxPackage.MAIL_SERVER__SETTINGS:
				return getSettings();
			case MailboxPackage.MAIL_SERVER__HOST_NAMES:
				return getHostNames();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case MailboxPackage.MAIL_SERVER__NAME:
				setName((String)newValue);
				return;
			case MailboxPackage.MAIL_SERVER__KIND:
				setKind((String)newValue);
				return;
			case MailboxPackage.MAIL_SERVER__URL:
				setUrl((String)newValue);
				return;
			case MailboxPackage.MAIL_SERVER__PINNED_CERTIFICATE_SHA256:
				setPinnedCertificateSha256((String)newValue);
				return;
			case MailboxPackage.MAIL_SERVER__SETTINGS:
				getSettings().clear();
				getSettings().addAll((Collection<? extends String>)newValue);
				return;
			case MailboxPackage.MAIL_SERVER__HOST_NAMES:
				getHostNames().clear();
				getHostNames().addAll((Collection<? extends String>)newValue);
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
			case MailboxPackage.MAIL_SERVER__NAME:
				setName(NAME_EDEFAULT);
				return;
			case MailboxPackage.MAIL_SERVER__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case MailboxPackage.MAIL_SERVER__URL:
				setUrl(URL_EDEFAULT);
				return;
			case MailboxPackage.MAIL_SERVER__PINNED_CERTIFICATE_SHA256:
				setPinnedCertificateSha256(PINNED_CERTIFICATE_SHA256_EDEFAULT);
				return;
			case MailboxPackage.MAIL_SERVER__SETTINGS:
				getSettings().clear();
				return;
			case MailboxPackage.MAIL_SERVER__HOST_NAMES:
				getHostNames().clear();
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
			case MailboxPackage.MAIL_SERVER__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case MailboxPackage.MAIL_SERVER__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case MailboxPackage.MAIL_SERVER__URL:
				return URL_EDEFAULT == null ? url != null : !URL_EDEFAULT.equals(url);
			case MailboxPackage.MAIL_SERVER__PINNED_CERTIFICATE_SHA256:
				return PINNED_CERTIFICATE_SHA256_EDEFAULT == null ? pinnedCertificateSha256 != null : !PINNED_CERTIFICATE_SHA256_EDEFAULT.equals(pinnedCertificateSha256);
			case MailboxPackage.MAIL_SERVER__SETTINGS:
				return settings != null && !settings.isEmpty();
			case MailboxPackage.MAIL_SERVER__HOST_NAMES:
				return hostNames != null && !hostNames.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", kind: ");
		result.append(kind);
		result.append(", url: ");
		result.append(url);
		result.append(", pinnedCertificateSha256: ");
		result.append(pinnedCertificateSha256);
		result.append(", settings: ");
		result.append(settings);
		result.append(", hostNames: ");
		result.append(hostNames);
		result.append(')');
		return result.toString();
	}

} //MailServerImpl
