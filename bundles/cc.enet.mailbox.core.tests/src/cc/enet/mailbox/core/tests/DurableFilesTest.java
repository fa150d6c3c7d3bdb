package cc.enet.mailbox.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.core.io.DurableFiles;
import cc.enet.mailbox.core.io.FileSystemSync;

class DurableFilesTest {

	@TempDir
	Path folder;

	private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

	@Test
	void writesTheWholeContentAndLeavesNothingElseBehind() throws IOException {
		Path target = folder.resolve("sub/export.csv");

		DurableFiles.write(target, out -> out.write("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)));
		DurableFiles.write(target, out -> out.write("c\n".getBytes(StandardCharsets.UTF_8)));

		assertEquals("c\n", Files.readString(target));
		assertEquals(List.of("export.csv"), names(target.getParent()));
	}

	@Test
	void aFailedWriteLeavesTheOldFileWholeAndNoTemporaryFile() throws IOException {
		Path target = folder.resolve("staff-mail.properties");
		Files.writeString(target, "host=smtp.example.jp\n");

		IOException failure = assertThrows(IOException.class, () -> DurableFiles.write(target, out -> {
			out.write("host=half".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disk full");
		}));
		assertEquals("disk full", failure.getMessage());
		assertThrows(IllegalStateException.class, () -> DurableFiles.writePrivate(target, out -> {
			out.write(new byte[100_000]);
			throw new IllegalStateException("the writer broke");
		}));

		assertEquals("host=smtp.example.jp\n", Files.readString(target));
		assertEquals(List.of("staff-mail.properties"), names(folder));
	}

	@Test
	void aSymlinkPlantedAtTheOldFixedTemporaryNameIsNeverFollowed() throws IOException {
		Path victim = folder.resolve("someone-elses-file");
		Files.writeString(victim, "theirs");
		Path target = folder.resolve("sheet.pdf");
		Path planted = Files.createSymbolicLink(folder.resolve("sheet.pdf" + DurableFiles.TEMP_SUFFIX), victim);

		DurableFiles.writePrivate(target, out -> out.write("password inside".getBytes(StandardCharsets.UTF_8)));

		assertEquals("theirs", Files.readString(victim));
		assertEquals("password inside", Files.readString(target));
		assertTrue(Files.isSymbolicLink(planted), "what someone else planted is left alone");
	}

	@Test
	void aSymlinkWhereANewFileIsCreatedFailsTheWriteAndIsNotFollowed() throws IOException {
		Path victim = folder.resolve("victim");
		Files.writeString(victim, "theirs");
		Path planted = Files.createSymbolicLink(folder.resolve("x.1234.saving"), victim);
		Path dangling = Files.createSymbolicLink(folder.resolve("y.1234.saving"), folder.resolve("not-yet"));

		assertThrows(FileAlreadyExistsException.class,
				() -> DurableFiles.writeNew(planted, out -> out.write('!'), false));
		assertThrows(FileAlreadyExistsException.class,
				() -> DurableFiles.writeNew(dangling, out -> out.write('!'), false));

		assertEquals("theirs", Files.readString(victim));
		assertFalse(Files.exists(folder.resolve("not-yet")), "a dangling link is not followed to create its target");
		assertTrue(Files.isSymbolicLink(planted) && Files.isSymbolicLink(dangling), "nothing planted is removed");
	}

	@Test
	void aTargetThatIsASymlinkIsReplacedNotWrittenThrough() throws IOException {
		Path victim = folder.resolve("victim");
		Files.writeString(victim, "theirs");
		Path target = Files.createSymbolicLink(folder.resolve("out.xml"), victim);

		DurableFiles.write(target, out -> out.write("ours".getBytes(StandardCharsets.UTF_8)));

		assertEquals("theirs", Files.readString(victim));
		assertFalse(Files.isSymbolicLink(target));
		assertEquals("ours", Files.readString(target));
	}

	@Test
	void writePrivateCreatesAFileOnlyItsOwnerCanReadEvenOverAReadableOne() throws IOException {
		assumeTrue(POSIX, "permissions are POSIX ones");
		Path target = folder.resolve("profile.mobileconfig");
		Files.writeString(target, "old");
		Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));

		DurableFiles.writePrivate(target, out -> out.write("secret".getBytes(StandardCharsets.UTF_8)));

		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
		DurableFiles.write(target, out -> out.write("no secret".getBytes(StandardCharsets.UTF_8)), false);
		Path plain = Files.createFile(folder.resolve("plain"));
		assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target),
				"a file without a secret gets the permissions of any new file");
	}

	@Test
	void aTemporaryFileOfItsOwnIsPublishedByMoveIntoPlace() throws IOException {
		assumeTrue(POSIX, "permissions are POSIX ones");
		Path target = folder.resolve("secure_storage");
		Files.writeString(target, "old");
		Path first = DurableFiles.newTempFile(target, true);
		Path second = DurableFiles.newTempFile(target, true);

		assertNotEquals(first, second);
		assertTrue(first.getFileName().toString().matches("secure_storage\\.[0-9a-f]{16}\\.writing"), first.toString());
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(first)));
		Files.writeString(first, "new", LinkOption.NOFOLLOW_LINKS);
		DurableFiles.moveIntoPlace(first, target);
		Files.delete(second);

		assertEquals("new", Files.readString(target));
		assertEquals(List.of("secure_storage"), names(folder));
	}

	@Test
	void aContentThatClosesItsStreamIsStillForcedAndWritten() throws IOException {
		Path target = folder.resolve("a.txt");

		DurableFiles.write(target, out -> {
			try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
				writer.write("閉じても残る");
			}
		});

		assertArrayEquals("閉じても残る".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(target));
	}

	@Test
	void moveAsideNeverReplacesAFileAlreadyThere() throws IOException {
		Path log = Files.writeString(folder.resolve("audit.log"), "new lines");
		Path rotated = Files.writeString(folder.resolve("audit.log.1"), "old lines");

		assertThrows(FileAlreadyExistsException.class, () -> DurableFiles.moveAside(log, rotated));
		DurableFiles.moveAside(log, folder.resolve("audit.log.2"));

		assertEquals("old lines", Files.readString(rotated));
		assertEquals("new lines", Files.readString(folder.resolve("audit.log.2")));
		assertFalse(Files.exists(log));
	}

	@Test
	void aFileWrittenUnforcedIsWholeAndSyncingItsFileSystemSucceeds() throws IOException {
		assumeTrue(System.getProperty("os.name").startsWith("Linux"), "syncfs is Linux's");
		assertTrue(FileSystemSync.available(), "JNA binds syncfs on Linux");
		Path file = folder.resolve("customer.xmi.saving");

		DurableFiles.writeNewUnforced(file, out -> out.write("顧客".getBytes(StandardCharsets.UTF_8)));
		FileSystemSync.sync(folder);

		assertEquals("顧客", Files.readString(file));
		assertThrows(FileAlreadyExistsException.class, () -> DurableFiles.writeNewUnforced(file, out -> out.write(1)),
				"created exclusively, as the forced kind");
	}

	@Test
	void syncingAFolderThatIsNotThereNamesIt() {
		assumeTrue(FileSystemSync.available(), "syncfs is Linux's");
		Path missing = folder.resolve("gone");

		IOException e = assertThrows(IOException.class, () -> FileSystemSync.sync(missing));

		assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}
}
