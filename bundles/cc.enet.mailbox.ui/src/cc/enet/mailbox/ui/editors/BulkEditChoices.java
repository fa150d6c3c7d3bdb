package cc.enet.mailbox.ui.editors;

import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.action.IContributionItem;

import cc.enet.mailbox.Retention;
import cc.enet.mailbox.SendEncoding;
import cc.enet.mailbox.model.EnumLabels;
import cc.enet.mailbox.ui.parts.ParameterChoices;
import cc.enet.mailbox.ui.internal.UiMessages;

/** The bulk edits of the table's Send Encoding or Retention menu (plugin.xml says which: "class:encoding"). */
public final class BulkEditChoices extends ParameterChoices implements IExecutableExtension {

	private String menu;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		menu = String.valueOf(data);
	}

	@Override
	protected IContributionItem[] getContributionItems() {
		if (menu.equals("encoding")) {
			return SendEncoding.VALUES.stream().map(e -> edit(EnumLabels.label(e), "encoding." + e.name()))
					.toArray(IContributionItem[]::new);
		}
		return List.of(edit(EnumLabels.label(Retention.DELETE_AFTER_DOWNLOAD), "retention." + Retention.DELETE_AFTER_DOWNLOAD.name()),
				edit(UiMessages.Bulk_retentionDays, "retention.days"),
				edit(EnumLabels.label(Retention.LEAVE_FOREVER), "retention." + Retention.LEAVE_FOREVER.name()))
				.toArray(IContributionItem[]::new);
	}

	private IContributionItem edit(String label, String edit) {
		return item(BulkEditHandler.ID, BulkEditHandler.EDIT, edit, label);
	}
}
