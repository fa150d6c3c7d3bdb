package cc.enet.mailbox.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cc.enet.mailbox.ui.parts.WidestTexts;

/** The navigator sizes its columns from a few candidates, and the widest texts are among them. */
class WidestTextsTest {

	@Test
	void fewTextsAreAllMeasuredOnceEach() {
		assertEquals(List.of("ok", "mail off"), WidestTexts.candidates(List.of("ok", "mail off", "ok", "", "ok")));
	}

	@Test
	void ofThousandsOnlyTheWidestFewAreMeasuredAndTheLongestIsAmongThem() {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			names.add("customer-" + i);
		}
		names.add(5_000, "a-very-long-customer-name-nobody-else-has.example.co.jp");
		names.add(7_000, "株式会社さくら商事東日本支店"); // 14 full-width characters: 28 columns

		List<String> measured = WidestTexts.candidates(names);

		assertEquals(WidestTexts.MEASURED, measured.size());
		assertTrue(measured.contains("a-very-long-customer-name-nobody-else-has.example.co.jp"));
		assertTrue(measured.contains("株式会社さくら商事東日本支店"), "a Japanese name counts its characters as wide");
		assertTrue(measured.stream().noneMatch(n -> n.equals("customer-1")), "short names are not measured");
	}
}
