/**
 * Mailbox Console. Generated from mailbox.ecore by releng/regenerate-model: do not edit by hand.
 */
package cc.enet.mailbox;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Defaults</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see cc.enet.mailbox.MailboxPackage#getMailboxDefaults()
 * @model
 * @generated
 */
public interface MailboxDefaults extends MailboxSettings {
} // MailboxDefaults
