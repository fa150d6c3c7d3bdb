package cc.enet.mailbox.team.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import cc.enet.mailbox.team.TeamException;
import cc.enet.mailbox.team.TeamRepository;
import cc.enet.mailbox.team.merge.MergeDecisions;
import cc.enet.mailbox.ui.session.ConsoleSession;

/**
 * Team > Synchronize: the saved workspace is committed with the staff member as author, merged with the team's and
 * pushed, in a job with progress and Cancel ({@link SynchronizeJob}). The author is asked for once per clone.
 */
public final class SynchronizeHandler extends AbstractHandler {

	private static final Pattern AUTHOR = Pattern.compile("\\s*(.+?)\\s*<\\s*([^<>\\s]+@[^<>\\s]+)\\s*>\\s*");

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		ConsoleSession session = ConsoleSession.current();
		if (session == null) {
			return null;
		}
		Path folder = session.workspace().folder();
		if (session.isDirty()) {
			MessageDialog.openInformation(window.getShell(), TeamMessages.Sync_title, TeamMessages.Sync_saveFirst);
			return null;
		}
		if (!TeamRepository.isShared(folder)) {
			MessageDialog.openInformation(window.getShell(), TeamMessages.Sync_title, NLS.bind(TeamMessages.Sync_notShared, folder));
			return null;
		}
		try (TeamRepository team = TeamRepository.open(folder)) {
			if (team.author() == null && !askAuthor(window, team)) {
				return null;
			}
		} catch (TeamException | IOException e) {
			MessageDialog.openError(window.getShell(), TeamMessages.Sync_failed, e.getMessage());
			return null;
		}
		new SynchronizeJob(window, folder, MergeDecisions.none()).schedule();
		return null;
	}

	/** The prompt as shown: bound, so the message file's doubled apostrophe ("team''s") shows as one. */
	static String authorPrompt() {
		return NLS.bind(TeamMessages.Sync_authorPrompt, "");
	}

	private static boolean askAuthor(IWorkbenchWindow window, TeamRepository team) throws IOException {
		InputDialog dialog = new InputDialog(window.getShell(), TeamMessages.Sync_title, authorPrompt(),
				System.getProperty("user.name", "") + " <>",
				text -> AUTHOR.matcher(text).matches() ? null : TeamMessages.Sync_authorInvalid);
		if (dialog.open() != Window.OK) {
			return false;
		}
		Matcher author = AUTHOR.matcher(dialog.getValue());
		author.matches();
		team.setAuthor(author.group(1), author.group(2));
		return true;
	}
}
