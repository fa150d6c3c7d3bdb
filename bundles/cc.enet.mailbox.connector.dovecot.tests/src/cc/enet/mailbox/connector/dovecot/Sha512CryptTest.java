package cc.enet.mailbox.connector.dovecot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Sha512CryptTest {

	@Test
	void matchesTheReferenceVectorOfTheSpecification() {
		assertEquals("$6$saltstring$svn8UoSVapNtMuq1ukKS4tPQd8iKwSMHWjl/O817G3uBnIFNjnQJuesI68u4OTLiBFdcbYEdFCoEOfaS35inz1",
				Sha512Crypt.crypt("Hello world!".toCharArray(), "saltstring"));
	}

	@Test
	void passwordsLongerThanOneDigestAndNonAsciiAreHashedLikeGlibc() {
		// values from glibc crypt(3) (python3 crypt.crypt)
		assertEquals("$6$abcdefgh$TAUrYn0jbpNe5i1MyZy4cG8dKP94wHywiu0nvR1wmuxLSvr2LBojPbz9apsoUZYdyqotjQsc44qbnY0oC5zQB0",
				Sha512Crypt.crypt("0123456789012345678901234567890123456789012345678901234567890123456789x".toCharArray(), "abcdefgh"));
		assertEquals("$6$salt$E7VpYFA1aVJQoVUNKPKfQfNVQhwOkovfYn.SYljaGD/JUdsTg8Zl.UodPKpARGaxBFyfK/kkwZJf36F3B3gKv1",
				Sha512Crypt.crypt("田中のパスワード".toCharArray(), "salt"));
	}

	@Test
	void aNewHashCarriesDovecotsSchemeAndAFreshSalt() {
		String first = Sha512Crypt.hash("secret".toCharArray());
		String second = Sha512Crypt.hash("secret".toCharArray());
		assertTrue(first.matches("\\{SHA512-CRYPT\\}\\$6\\$[./0-9A-Za-z]{16}\\$[./0-9A-Za-z]{86}"), first);
		assertNotEquals(first, second);
		assertTrue(!first.contains("secret"));
	}
}
