package cc.enet.mailbox.clientconfig.mail;

import java.util.concurrent.Callable;

/**
 * Jakarta Mail inside OSGi: it finds Angus (its stream provider, its protocols) with ServiceLoader and the thread's
 * context class loader, which see nothing of another bundle. So Angus's stream provider is named outright and this
 * bundle's loader (which requires Angus) is lent to the thread while mail objects are built, sent or read. The one
 * place the product and its tests do so.
 */
public final class MailClassLoader {

	private MailClassLoader() {
	}

	public static <T> T call(Callable<T> work) throws Exception {
		System.setProperty("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
		Thread thread = Thread.currentThread();
		ClassLoader before = thread.getContextClassLoader();
		thread.setContextClassLoader(MailClassLoader.class.getClassLoader());
		try {
			return work.call();
		} finally {
			thread.setContextClassLoader(before);
		}
	}
}
