package cc.enet.mailbox.clientconfig.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import cc.enet.mailbox.clientconfig.probe.QuotaUsage;

/** The mailbox usage the probe reads over IMAP: its label, and where warning and full begin. */
class QuotaUsageTest {

	@Test
	void labelsInMegabytesWithTheShare() {
		assertEquals("412 MB / 500 MB (82 %)", new QuotaUsage(412 * 1024, 500 * 1024).label());
		assertEquals("0 MB / 1 MB (0 %)", new QuotaUsage(0, 1024).label());
		assertEquals("98 KB / 103 KB (95 %)", new QuotaUsage(98, 103).label(), "below a megabyte MB would read 0");
	}

	@Test
	void warnsFromNinetyPercentAndIsFullAtTheLimit() {
		assertFalse(new QuotaUsage(899, 1000).isNearlyFull());
		assertTrue(new QuotaUsage(900, 1000).isNearlyFull());
		assertFalse(new QuotaUsage(999, 1000).isFull());
		assertTrue(new QuotaUsage(1000, 1000).isFull());
		assertEquals(100, new QuotaUsage(2000, 1000).percent(), "over the limit still reads 100 %");
	}

	@Test
	void aQuotaWithoutALimitIsNotAUsage() {
		assertThrows(IllegalArgumentException.class, () -> new QuotaUsage(10, 0));
	}
}
