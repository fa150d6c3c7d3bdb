package cc.enet.mailbox.clientconfig.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

	private SheetFont() {
	}

	public static Path locate(Locale locale) throws IOException {
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
