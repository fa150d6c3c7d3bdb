package cc.enet.mailbox.rules;

import java.util.Locale;

/** An argument of a rule message that reads differently per language (a character's name); shown by {@link #text}. */
public interface LocalizedArgument {

	String text(Locale locale);
}
