package cc.enet.mailbox.ui.tests.bots;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Pictures of the screen at chosen moments of a UI test, for people to look at (README, reviews). Only when the run
 * names a folder with -Dmailbox.screenshots=DIR; never part of what a test asserts.
 */
public final class Screenshots {

	private Screenshots() {
	}

	public static void take(String name) {
		String dir = System.getProperty("mailbox.screenshots");
		if (dir == null || dir.isBlank()) {
			return;
		}
		Ui.sync(() -> {
			Ui.display().update(); // everything painted before the picture
			return null;
		});
		try {
			Files.createDirectories(Path.of(dir));
			Process p = new ProcessBuilder("import", "-window", "root", Path.of(dir, name + ".png").toString())
					.redirectErrorStream(true).start();
			p.waitFor(30, TimeUnit.SECONDS);
		} catch (IOException e) {
			System.err.println("no screenshot " + name + ": " + e.getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
