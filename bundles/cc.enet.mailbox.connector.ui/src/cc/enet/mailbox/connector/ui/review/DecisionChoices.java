package cc.enet.mailbox.connector.ui.review;

import org.eclipse.jface.action.IContributionItem;

import cc.enet.mailbox.ui.parts.ParameterChoices;

/** The Review view's context menu: the same decisions, with the same labels, as the Decision column. */
public final class DecisionChoices extends ParameterChoices {

	@Override
	protected IContributionItem[] getContributionItems() {
		IContributionItem[] items = new IContributionItem[DecideHandler.TAKES.size()];
		for (int i = 0; i < items.length; i++) {
			String take = DecideHandler.TAKES.get(i);
			items[i] = item(DecideHandler.ID, DecideHandler.TAKE, take, ReviewLabels.decision(DecideHandler.take(take)));
		}
		return items;
	}
}
