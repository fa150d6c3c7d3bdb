package cc.enet.mailbox.ui.parts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The few texts of a column worth measuring to size it: measuring each of 10,000 names on the UI thread held up
 * the console's first paint. Distinct texts are ranked by an estimate of their width (a full-width character
 * counts as two), and only the widest few are measured; a name among the rest that is wider than all of them is
 * rare and at most a few pixels wider.
 */
public final class WidestTexts {

	/** How many candidates are measured; enough to cover narrow and wide letters in names of similar length. */
	public static final int MEASURED = 64;

	private WidestTexts() {
	}

	public static List<String> candidates(Iterable<String> texts) {
		Set<String> distinct = new LinkedHashSet<>();
		for (String text : texts) {
			if (text != null && !text.isEmpty()) {
				distinct.add(text);
			}
		}
		List<String> ranked = new ArrayList<>(distinct);
		if (ranked.size() > MEASURED) {
			ranked.sort(Comparator.comparingInt(WidestTexts::estimate).reversed());
			return List.copyOf(ranked.subList(0, MEASURED));
		}
		return ranked;
	}

	/** Half-width columns the text takes: CJK and other wide characters count two. */
	static int estimate(String text) {
		int columns = 0;
		for (int i = 0; i < text.length(); i++) {
			columns += text.charAt(i) >= 0x1100 ? 2 : 1;
		}
		return columns;
	}
}
