package cc.enet.mailbox.clientconfig.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Breaks text into lines that fit a width: Latin text at spaces (a word longer than the line is cut), Japanese
 * between any two characters except before closing punctuation, as Japanese typesetting does.
 */
public final class TextWrapper {

	private static final String NO_LINE_START = "、。，．・：；？！）」』】〕〉》ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ,.:;)!?";

	private final PDFont font;
	private final float size;

	public TextWrapper(PDFont font, float size) {
		this.font = font;
		this.size = size;
	}

	public float width(String text) {
		try {
			return font.getStringWidth(text) / 1000f * size;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public List<String> wrap(String text, float maxWidth) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.split("\n", -1)) {
			wrapParagraph(paragraph, maxWidth, lines);
		}
		return lines;
	}

	private void wrapParagraph(String text, float maxWidth, List<String> lines) {
		int start = 0;
		while (start < text.length()) {
			int end = start;
			int lastBreak = -1;
			while (end < text.length() && width(text.substring(start, end + 1)) <= maxWidth) {
				end++;
				if (end < text.length() && canBreakBefore(text, end)) {
					lastBreak = end;
				}
			}
			if (end < text.length() && lastBreak > start) {
				end = lastBreak;
			} else if (end == start) {
				end = start + 1; // a single glyph wider than the line still has to go somewhere
			}
			lines.add(text.substring(start, end).stripTrailing());
			start = end;
			while (start < text.length() && text.charAt(start) == ' ') {
				start++;
			}
		}
		if (text.isEmpty()) {
			lines.add("");
		}
	}

	private static boolean canBreakBefore(String text, int i) {
		char c = text.charAt(i);
		char before = text.charAt(i - 1);
		if (NO_LINE_START.indexOf(c) >= 0) {
			return false;
		}
		return before == ' ' || isWide(c) || isWide(before) && c != ' ';
	}

	private static boolean isWide(char c) {
		return c >= 0x2E80;
	}
}
