package cc.enet.mailbox.ui.tests.bots;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Widget;

/** The bots' plumbing: run on the UI thread, wait for a condition, send a widget the event a user would cause. */
public final class Ui {

	public static final long TIMEOUT_MS = 30_000;

	private Ui() {
	}

	public static Display display() {
		return Display.getDefault();
	}

	public static <T> T sync(Supplier<T> work) {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		display().syncExec(() -> {
			try {
				result.set(work.get());
			} catch (RuntimeException | Error e) { // assertion failures too: they belong to the test, not the event loop
				failure.set(e);
			}
		});
		if (failure.get() instanceof RuntimeException e) {
			throw e;
		}
		if (failure.get() instanceof Error e) {
			throw e;
		}
		return result.get();
	}

	public static void run(Runnable work) {
		sync(() -> {
			work.run();
			return null;
		});
	}

	/** Starts {@code work} on the UI thread without waiting, for actions that open a modal dialog. */
	public static void async(Runnable work) {
		display().asyncExec(work);
	}

	/** Polls {@code condition} (evaluated on the UI thread) until it holds; fails with {@code what} after the timeout. */
	public static void waitUntil(String what, BooleanSupplier condition) {
		long deadline = System.currentTimeMillis() + TIMEOUT_MS;
		while (!sync(() -> Boolean.valueOf(condition.getAsBoolean()))) {
			// one more look at the deadline: the look before may have waited its turn behind long UI work that the
			// runnable making the condition true was queued after
			if (System.currentTimeMillis() > deadline && !sync(() -> Boolean.valueOf(condition.getAsBoolean()))) {
				throw new AssertionError("timed out waiting until " + what);
			}
			sleep(50);
		}
	}

	/** Between two looks at a condition only: a test waits for what it needs, never for a time. */
	private static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	/** Sends {@code type} (SWT.Selection, SWT.DefaultSelection, ...) to a widget, with {@code item} when given. */
	public static void notify(Widget widget, int type, Widget item) {
		Event event = new Event();
		event.widget = widget;
		event.item = item;
		event.display = widget.getDisplay();
		event.type = type;
		widget.notifyListeners(type, event);
	}

	public static void click(Widget widget) {
		notify(widget, SWT.Selection, null);
	}
}
