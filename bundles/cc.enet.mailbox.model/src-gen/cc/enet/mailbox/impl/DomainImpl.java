/**
 * Mailbox Console. Generated from mailbox.ecore by releng/regenerate-model: do not edit by hand.
 */
package cc.enet.mailbox.impl;

import cc.enet.mailbox.Course;
import cc.enet.mailbox.Customer;
import cc.enet.mailbox.DnsCheck;
import cc.enet.mailbox.Domain;
import cc.enet.mailbox.MailOption;
import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.MailboxDefaults;
import cc.enet.mailbox.MailboxPackage;
import cc.enet.mailbox.ServiceEndpoint;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Domain</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cc.enet.mailbox.impl.DomainImpl#getName <em>Name</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.DomainImpl#getCourse <em>Course</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.DomainImpl#getMailOption <em>Mail Option</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.DomainImpl#isCourseFreeForwarding <em>Course Free Forwarding</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.DomainImpl#isDnsExternal <em>Dns External</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.DomainImpl#isMailOptionLost <em>Mail Option Lost</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.DomainImpl#getServer <em>Server</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.DomainImpl#getDnsCheck <em>Dns Check</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.DomainImpl#getEndpoints <em>Endpoints</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.DomainImpl#getDefaults <em>Defaults</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.DomainImpl#getMailboxes <em>Mailboxes</em>}</li>
 *   <li>{@link cc.enet.mailbox.impl.DomainImpl#getCustomer <em>Customer</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DomainImpl extends MinimalEObjectImpl.Container implements Domain {
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
	 * The default value of the '{@link #getCourse() <em>Course</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCourse()
	 * @generated
	 * @ordered
	 */
	protected static final Course COURSE_EDEFAULT = Course.BASIC;

	/**
	 * The cached value of the '{@link #getCourse() <em>Course</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCourse()
	 * @generated
	 * @ordered
	 */
	protected Course course = COURSE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMailOption() <em>Mail Option</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMailOption()
	 * @generated
	 * @ordered
	 */
	protected static final MailOption MAIL_OPTION_EDEFAULT = MailOption.POP3_TYPE_B;

	/**
	 * The cached value of the '{@link #getMailOption() <em>Mail Option</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMailOption()
	 * @generated
	 * @ordered
	 */
	protected MailOption mailOption = MAIL_OPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #isCourseFreeForwarding() <em>Course Free Forwarding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCourseFreeForwarding()
	 * @generated
	 * @ordered
	 */
	protected static final boolean COURSE_FREE_FORWARDING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCourseFreeForwarding() <em>Course Free Forwarding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCourseFreeForwarding()
	 * @generated
	 * @ordered
	 */
	protected boolean courseFreeForwarding = COURSE_FREE_FORWARDING_EDEFAULT;

	/**
	 * The default value of the '{@link #isDnsExternal() <em>Dns External</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDnsExternal()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DNS_EXTERNAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDnsExternal() <em>Dns External</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDnsExternal()
	 * @generated
	 * @ordered
	 */
	protected boolean dnsExternal = DNS_EXTERNAL_EDEFAULT;

	/**
	 * The default value of the '{@link #isMailOptionLost() <em>Mail Option Lost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMailOptionLost()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MAIL_OPTION_LOST_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMailOptionLost() <em>Mail Option Lost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMailOptionLost()
	 * @generated
	 * @ordered
	 */
	protected boolean mailOptionLost = MAIL_OPTION_LOST_EDEFAULT;

	/**
	 * The default value of the '{@link #getServer() <em>Server</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServer()
	 * @generated
	 * @ordered
	 */
	protected static final String SERVER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getServer() <em>Server</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServer()
	 * @generated
	 * @ordered
	 */
	protected String server = SERVER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDnsCheck() <em>Dns Check</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDnsCheck()
	 * @generated
	 * @ordered
	 */
	protected DnsCheck dnsCheck;

	/**
	 * The cached value of the '{@link #getEndpoints() <em>Endpoints</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndpoints()
	 * @generated
	 * @ordered
	 */
	protected EList<ServiceEndpoint> endpoints;

	/**
	 * The cached value of the '{@link #getDefaults() <em>Defaults</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaults()
	 * @generated
	 * @ordered
	 */
	protected MailboxDefaults defaults;

	/**
	 * The cached value of the '{@link #getMailboxes() <em>Mailboxes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMailboxes()
	 * @generated
	 * @ordered
	 */
	protected EList<Mailbox> mailboxes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DomainImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MailboxPackage.Literals.DOMAIN;
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
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.DOMAIN__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Course getCourse() {
		return course;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCourse(Course newCourse) {
		Course oldCourse = course;
		course = newCourse == null ? COURSE_EDEFAULT : newCourse;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.DOMAIN__COURSE, oldCourse, course));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MailOption getMailOption() {
		return mailOption;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMailOption(MailOption newMailOption) {
		MailOption oldMailOption = mailOption;
		mailOption = newMailOption == null ? MAIL_OPTION_EDEFAULT : newMailOption;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.DOMAIN__MAIL_OPTION, oldMailOption, mailOption));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCourseFreeForwarding() {
		return courseFreeForwarding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCourseFreeForwarding(boolean newCourseFreeForwarding) {
		boolean oldCourseFreeForwarding = courseFreeForwarding;
		courseFreeForwarding = newCourseFreeForwarding;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.DOMAIN__COURSE_FREE_FORWARDING, oldCourseFreeForwarding, courseFreeForwarding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDnsExternal() {
		return dnsExternal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDnsExternal(boolean newDnsExternal) {
		boolean oldDnsExternal = dnsExternal;
		dnsExternal = newDnsExternal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.DOMAIN__DNS_EXTERNAL, oldDnsExternal, dnsExternal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMailOptionLost() {
		return mailOptionLost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMailOptionLost(boolean newMailOptionLost) {
		boolean oldMailOptionLost = mailOptionLost;
		mailOptionLost = newMailOptionLost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.DOMAIN__MAIL_OPTION_LOST, oldMailOptionLost, mailOptionLost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getServer() {
		return server;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServer(String newServer) {
		String oldServer = server;
		server = newServer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.DOMAIN__SERVER, oldServer, server));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DnsCheck getDnsCheck() {
		return dnsCheck;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDnsCheck(DnsCheck newDnsCheck, NotificationChain msgs) {
		DnsCheck oldDnsCheck = dnsCheck;
		dnsCheck = newDnsCheck;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, MailboxPackage.DOMAIN__DNS_CHECK, oldDnsCheck, newDnsCheck);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDnsCheck(DnsCheck newDnsCheck) {
		if (newDnsCheck != dnsCheck) {
			NotificationChain msgs = null;
			if (dnsCheck != null)
				msgs = ((InternalEObject)dnsCheck).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - MailboxPackage.DOMAIN__DNS_CHECK, null, msgs);
			if (newDnsCheck != null)
				msgs = ((InternalEObject)newDnsCheck).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - MailboxPackage.DOMAIN__DNS_CHECK, null, msgs);
			msgs = basicSetDnsCheck(newDnsCheck, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.DOMAIN__DNS_CHECK, newDnsCheck, newDnsCheck));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ServiceEndpoint> getEndpoints() {
		if (endpoints == null) {
			endpoints = new EObjectContainmentEList<ServiceEndpoint>(ServiceEndpoint.class, this, MailboxPackage.DOMAIN__ENDPOINTS);
		}
		return endpoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MailboxDefaults getDefaults() {
		return defaults;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDefaults(MailboxDefaults newDefaults, NotificationChain msgs) {
		MailboxDefaults oldDefaults = defaults;
		defaults = newDefaults;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, MailboxPackage.DOMAIN__DEFAULTS, oldDefaults, newDefaults);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefaults(MailboxDefaults newDefaults) {
		if (newDefaults != defaults) {
			NotificationChain msgs = null;
			if (defaults != null)
				msgs = ((InternalEObject)defaults).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - MailboxPackage.DOMAIN__DEFAULTS, null, msgs);
			if (newDefaults != null)
				msgs = ((InternalEObject)newDefaults).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - MailboxPackage.DOMAIN__DEFAULTS, null, msgs);
			msgs = basicSetDefaults(newDefaults, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.DOMAIN__DEFAULTS, newDefaults, newDefaults));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Mailbox> getMailboxes() {
		if (mailboxes == null) {
			mailboxes = new EObjectContainmentWithInverseEList<Mailbox>(Mailbox.class, this, MailboxPackage.DOMAIN__MAILBOXES, MailboxPackage.MAILBOX__DOMAIN);
		}
		return mailboxes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Customer getCustomer() {
		if (eContainerFeatureID() != MailboxPackage.DOMAIN__CUSTOMER) return null;
		return (Customer)eContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Customer basicGetCustomer() {
		if (eContainerFeatureID() != MailboxPackage.DOMAIN__CUSTOMER) return null;
		return (Customer)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCustomer(Customer newCustomer, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newCustomer, MailboxPackage.DOMAIN__CUSTOMER, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomer(Customer newCustomer) {
		if (newCustomer != eInternalContainer() || (eContainerFeatureID() != MailboxPackage.DOMAIN__CUSTOMER && newCustomer != null)) {
			if (EcoreUtil.isAncestor(this, newCustomer))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newCustomer != null)
				msgs = ((InternalEObject)newCustomer).eInverseAdd(this, MailboxPackage.CUSTOMER__DOMAINS, Customer.class, msgs);
			msgs = basicSetCustomer(newCustomer, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailboxPackage.DOMAIN__CUSTOMER, newCustomer, newCustomer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MailboxPackage.DOMAIN__MAILBOXES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getMailboxes()).basicAdd(otherEnd, msgs);
			case MailboxPackage.DOMAIN__CUSTOMER:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetCustomer((Customer)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MailboxPackage.DOMAIN__DNS_CHECK:
				return basicSetDnsCheck(null, msgs);
			case MailboxPackage.DOMAIN__ENDPOINTS:
				return ((InternalEList<?>)getEndpoints()).basicRemove(otherEnd, msgs);
			case MailboxPackage.DOMAIN__DEFAULTS:
				return basicSetDefaults(null, msgs);
			case MailboxPackage.DOMAIN__MAILBOXES:
				return ((InternalEList<?>)getMailboxes()).basicRemove(otherEnd, msgs);
			case MailboxPackage.DOMAIN__CUSTOMER:
				return basicSetCustomer(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case MailboxPackage.DOMAIN__CUSTOMER:
				return eInternalContainer().eInverseRemove(this, MailboxPackage.CUSTOMER__DOMAINS, Customer.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MailboxPackage.DOMAIN__NAME:
				return getName();
			case MailboxPackage.DOMAIN__COURSE:
				return getCourse();
			case MailboxPackage.DOMAIN__MAIL_OPTION:
				return getMailOption();
			case MailboxPackage.DOMAIN__COURSE_FREE_FORWARDING:
				return isCourseFreeForwarding();
			case MailboxPackage.DOMAIN__DNS_EXTERNAL:
				return isDnsExternal();
			case MailboxPackage.DOMAIN__MAIL_OPTION_LOST:
				return isMailOptionLost();
			case MailboxPackage.DOMAIN__SERVER:
				return getServer();
			case MailboxPackage.DOMAIN__DNS_CHECK:
				return getDnsCheck();
			case MailboxPackage.DOMAIN__ENDPOINTS:
				return getEndpoints();
			case MailboxPackage.DOMAIN__DEFAULTS:
				return getDefaults();
			case MailboxPackage.DOMAIN__MAILBOXES:
				return getMailboxes();
			case MailboxPackage.DOMAIN__CUSTOMER:
				if (resolve) return getCustomer();
				return basicGetCustomer();
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
			case MailboxPackage.DOMAIN__NAME:
				setName((String)newValue);
				return;
			case MailboxPackage.DOMAIN__COURSE:
				setCourse((Course)newValue);
				return;
			case MailboxPackage.DOMAIN__MAIL_OPTION:
				setMailOption((MailOption)newValue);
				return;
			case MailboxPackage.DOMAIN__COURSE_FREE_FORWARDING:
				setCourseFreeForwarding((Boolean)newValue);
				return;
			case MailboxPackage.DOMAIN__DNS_EXTERNAL:
				setDnsExternal((Boolean)newValue);
				return;
			case MailboxPackage.DOMAIN__MAIL_OPTION_LOST:
				setMailOptionLost((Boolean)newValue);
				return;
			case MailboxPackage.DOMAIN__SERVER:
				setServer((String)newValue);
				return;
			case MailboxPackage.DOMAIN__DNS_CHECK:
				setDnsCheck((DnsCheck)newValue);
				return;
			case MailboxPackage.DOMAIN__ENDPOINTS:
				getEndpoints().clear();
				getEndpoints().addAll((Collection<? extends ServiceEndpoint>)newValue);
				return;
			case MailboxPackage.DOMAIN__DEFAULTS:
				setDefaults((MailboxDefaults)newValue);
				return;
			case MailboxPackage.DOMAIN__MAILBOXES:
				getMailboxes().clear();
				getMailboxes().addAll((Collection<? extends Mailbox>)newValue);
				return;
			case MailboxPackage.DOMAIN__CUSTOMER:
				setCustomer((Customer)newValue);
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
			case MailboxPackage.DOMAIN__NAME:
				setName(NAME_EDEFAULT);
				return;
			case MailboxPackage.DOMAIN__COURSE:
				setCourse(COURSE_EDEFAULT);
				return;
			case MailboxPackage.DOMAIN__MAIL_OPTION:
				setMailOption(MAIL_OPTION_EDEFAULT);
				return;
			case MailboxPackage.DOMAIN__COURSE_FREE_FORWARDING:
				setCourseFreeForwarding(COURSE_FREE_FORWARDING_EDEFAULT);
				return;
			case MailboxPackage.DOMAIN__DNS_EXTERNAL:
				setDnsExternal(DNS_EXTERNAL_EDEFAULT);
				return;
			case MailboxPackage.DOMAIN__MAIL_OPTION_LOST:
				setMailOptionLost(MAIL_OPTION_LOST_EDEFAULT);
				return;
			case MailboxPackage.DOMAIN__SERVER:
				setServer(SERVER_EDEFAULT);
				return;
			case MailboxPackage.DOMAIN__DNS_CHECK:
				setDnsCheck((DnsCheck)null);
				return;
			case MailboxPackage.DOMAIN__ENDPOINTS:
				getEndpoints().clear();
				return;
			case MailboxPackage.DOMAIN__DEFAULTS:
				setDefaults((MailboxDefaults)null);
				return;
			case MailboxPackage.DOMAIN__MAILBOXES:
				getMailboxes().clear();
				return;
			case MailboxPackage.DOMAIN__CUSTOMER:
				setCustomer((Customer)null);
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
			case MailboxPackage.DOMAIN__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case MailboxPackage.DOMAIN__COURSE:
				return course != COURSE_EDEFAULT;
			case MailboxPackage.DOMAIN__MAIL_OPTION:
				return mailOption != MAIL_OPTION_EDEFAULT;
			case MailboxPackage.DOMAIN__COURSE_FREE_FORWARDING:
				return courseFreeForwarding != COURSE_FREE_FORWARDING_EDEFAULT;
			case MailboxPackage.DOMAIN__DNS_EXTERNAL:
				return dnsExternal != DNS_EXTERNAL_EDEFAULT;
			case MailboxPackage.DOMAIN__MAIL_OPTION_LOST:
				return mailOptionLost != MAIL_OPTION_LOST_EDEFAULT;
			case MailboxPackage.DOMAIN__SERVER:
				return SERVER_EDEFAULT == null ? server != null : !SERVER_EDEFAULT.equals(server);
			case MailboxPackage.DOMAIN__DNS_CHECK:
				return dnsCheck != null;
			case MailboxPackage.DOMAIN__ENDPOINTS:
				return endpoints != null && !endpoints.isEmpty();
			case MailboxPackage.DOMAIN__DEFAULTS:
				return defaults != null;
			case MailboxPackage.DOMAIN__MAILBOXES:
				return mailboxes != null && !mailboxes.isEmpty();
			case MailboxPackage.DOMAIN__CUSTOMER:
				return basicGetCustomer() != null;
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
		result.append(", course: ");
		result.append(course);
		result.append(", mailOption: ");
		result.append(mailOption);
		result.append(", courseFreeForwarding: ");
		result.append(courseFreeForwarding);
		result.append(", dnsExternal: ");
		result.append(dnsExternal);
		result.append(", mailOptionLost: ");
		result.append(mailOptionLost);
		result.append(", server: ");
		result.append(server);
		result.append(')');
		return result.toString();
	}

} //DomainImpl
