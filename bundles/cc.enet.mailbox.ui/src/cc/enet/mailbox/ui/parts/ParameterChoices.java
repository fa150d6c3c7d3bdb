package cc.enet.mailbox.ui.parts;

import java.util.Map;

import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.eclipse.ui.menus.IWorkbenchContribution;
import org.eclipse.ui.services.IServiceLocator;

/**
 * A menu's items that are one parameterised command each, labelled in code where the label already has one source
 * (the guide's words in EnumLabels, the review's decisions): a {@code <dynamic>} element of plugin.xml.
 */
public abstract class ParameterChoices extends CompoundContributionItem implements IWorkbenchContribution {

	private IServiceLocator locator;

	@Override
	public void initialize(IServiceLocator serviceLocator) {
		locator = serviceLocator;
	}

	protected CommandContributionItem item(String commandId, String parameterId, String value, String label) {
		return new CommandContributionItem(new CommandContributionItemParameter(locator, null, commandId,
				Map.of(parameterId, value), null, null, null, label, null, null, CommandContributionItem.STYLE_PUSH, null, true));
	}
}
