package cc.enet.mailbox.clientconfig.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Finds IPAex Gothic, the font the setup sheet embeds (as a subset) so it prints the same everywhere. It has
 * TrueType outlines, which PDFBox embeds; the Noto CJK collections (CFF) it cannot.
 */
public final class SheetFont {

	/** Overrides the search, e.g. on Windows where no package installs the font. */
	public static final String PROPERTY = "mailbox.sheet.font";

	private static final List<String> CANDIDATES = List.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
			"/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf", "/usr/local/share/fonts/ipaexg.ttf",
			System.getProperty("user.home") + "/.local/share/fonts/ipaexg.ttf", "C:\\Windows\\Fonts\\ipaexg.ttf");

	/**
	 * FontBox logs (through commons-logging to java.util.logging) that IPAex's variation-selector cmap is ignored,
	 * on every sheet; staff would read that as a problem. Held here because JUL keeps its loggers weakly.
	 */
	private static final Logger FONTBOX_LOG = quiet("org.apache.fontbox.ttf");

	private SheetFont() {
	}

	private static Logger quiet(String name) {
		Logger logger = Logger.getLogger(name);
		logger.setLevel(Level.SEVERE);
		return logger;
	}

	public static Path locate(Locale locale) throws IOException {
		FONTBOX_LOG.fine("looking for IPAex Gothic");
		List<String> tried = new ArrayList<>();
		String configured = System.getProperty(PROPERTY);
		if (configured != null && !configured.isBlank()) {
			tried.add(configured);
		}
		tried.addAll(CANDIDATES);
		for (String candidate : tried) {
			Path path = Path.of(candidate);
			if (Files.isRegularFile(path)) {
				return path;
			}
		}
		throw new IOException(ClientConfigText.get(locale, "font.missing", String.join(", ", tried)));
	}
}
