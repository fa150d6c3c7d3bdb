package cc.enet.mailbox.connector.apply;

import cc.enet.mailbox.Mailbox;
import cc.enet.mailbox.connector.MailboxState;
import cc.enet.mailbox.connector.plan.PlanEntry;

/** One "take theirs": the server's value of one field goes into the model, and becomes the base. */
record TakenField(Mailbox mailbox, PlanEntry entry, MailboxState server) {
}
