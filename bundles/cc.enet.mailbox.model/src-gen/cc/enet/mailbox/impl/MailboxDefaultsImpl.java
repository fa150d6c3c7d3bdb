/**
 * Mailbox Console. Generated from mailbox.ecore by releng/regenerate-model: do not edit by hand.
 */
package cc.enet.mailbox.impl;

import cc.enet.mailbox.MailboxDefaults;
import cc.enet.mailbox.MailboxPackage;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Defaults</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class MailboxDefaultsImpl extends MailboxSettingsImpl implements MailboxDefaults {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MailboxDefaultsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MailboxPackage.Literals.MAILBOX_DEFAULTS;
	}

} //MailboxDefaultsImpl
