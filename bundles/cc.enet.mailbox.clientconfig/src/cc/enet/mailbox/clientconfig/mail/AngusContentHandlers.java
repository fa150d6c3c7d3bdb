package cc.enet.mailbox.clientconfig.mail;

import java.util.Locale;

import org.eclipse.angus.mail.handlers.multipart_mixed;
import org.eclipse.angus.mail.handlers.text_plain;

import jakarta.activation.CommandInfo;
import jakarta.activation.CommandMap;
import jakarta.activation.DataContentHandler;

/**
 * The two content handlers a setup mail needs, named outright. Jakarta Activation would look them up in Angus's
 * META-INF/mailcap through ServiceLoader and the context class loader, neither of which sees another bundle in OSGi.
 * Set per message, never JVM-wide.
 */
final class AngusContentHandlers extends CommandMap {

	@Override
	public DataContentHandler createDataContentHandler(String mimeType) {
		String type = mimeType.toLowerCase(Locale.ROOT);
		if (type.startsWith("multipart/")) {
			return new multipart_mixed();
		}
		if (type.startsWith("text/plain")) {
			return new text_plain();
		}
		return null;
	}

	@Override
	public CommandInfo[] getPreferredCommands(String mimeType) {
		return new CommandInfo[0];
	}

	@Override
	public CommandInfo[] getAllCommands(String mimeType) {
		return new CommandInfo[0];
	}

	@Override
	public CommandInfo getCommand(String mimeType, String cmdName) {
		return null;
	}
}
