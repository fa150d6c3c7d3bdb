package cc.enet.mailbox.ui.handlers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.handlers.HandlerUtil;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

import cc.enet.mailbox.ui.internal.UiMessages;

/**
 * Help > About Mailbox Console: the version and build of the running product and every library it runs, with the
 * licence each declares, read from the running bundles (so the list is what ships, not what someone remembered).
 */
public final class AboutHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		new AboutDialog(HandlerUtil.getActiveShellChecked(event)).open();
		return null;
	}

	/** A library as the about box lists it. */
	record Library(String name, String symbolicName, String version, String licence) {
	}

	/** The running bundles other than the product's own, by name. */
	static List<Library> libraries() {
		Bundle self = FrameworkUtil.getBundle(AboutHandler.class);
		List<Library> libraries = new ArrayList<>();
		for (Bundle bundle : self.getBundleContext().getBundles()) {
			String symbolicName = bundle.getSymbolicName();
			if (bundle.getBundleId() == 0 || symbolicName == null || symbolicName.startsWith("cc.enet.mailbox")) {
				continue;
			}
			String name = bundle.getHeaders(Locale.getDefault().toString()).get(Constants.BUNDLE_NAME);
			libraries.add(new Library(name == null || name.startsWith("%") ? symbolicName : name, symbolicName,
					bundle.getVersion().toString(), licence(bundle)));
		}
		libraries.sort(Comparator.comparing(Library::symbolicName));
		return libraries;
	}

	/**
	 * The licence the bundle declares, by its short name where the header gives a well-known licence's address; the
	 * bundles that declare none (the Eclipse Foundation's carry it in about.html) by their project's licence.
	 */
	static String licence(Bundle bundle) {
		String declared = bundle.getHeaders("").get("Bundle-License");
		if (declared != null && !declared.isBlank()) {
			List<String> names = new ArrayList<>();
			for (String part : declared.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
				String name = shortName(part.split(";")[0].replace("\"", "").strip());
				if (!name.isEmpty() && !names.contains(name)) {
					names.add(name);
				}
			}
			return String.join(" OR ", names);
		}
		String symbolicName = bundle.getSymbolicName();
		for (String[] known : UNDECLARED) {
			if (symbolicName.startsWith(known[0])) {
				return known[1];
			}
		}
		return UiMessages.About_licenceUnknown;
	}

	/** Licences of the libraries whose manifests name none, from their projects' own pages. */
	private static final String[][] UNDECLARED = { { "org.eclipse.jgit", "EDL-1.0" }, { "slf4j.", "MIT" },
			{ "org.eclipse.", "EPL-2.0" }, { "jakarta.", "EPL-2.0" },
			{ "org.apache.", "Apache-2.0" }, { "bcp", "MIT (Bouncy Castle)" }, { "bcutil", "MIT (Bouncy Castle)" },
			{ "com.ibm.icu", "Unicode-3.0" }, { "com.sun.jna", "Apache-2.0 OR LGPL-2.1" } };

	/** "http://www.eclipse.org/legal/epl-2.0" is EPL-2.0, the Apache licence's address Apache-2.0, and so on. */
	private static String shortName(String licence) {
		String lower = licence.toLowerCase(Locale.ROOT);
		if (lower.contains("epl-2.0") || lower.contains("epl-v20")) {
			return "EPL-2.0";
		}
		if (lower.contains("epl-v10") || lower.contains("epl-1.0")) {
			return "EPL-1.0";
		}
		if (lower.contains("apache") && lower.contains("2.0")) {
			return "Apache-2.0";
		}
		if (lower.contains("licenses/mit") || lower.equals("mit")) {
			return "MIT";
		}
		if (lower.contains("gpl-2.0") || lower.contains("gpl2")) {
			return lower.contains("classpath") ? "GPL-2.0 WITH Classpath-exception-2.0" : "GPL-2.0";
		}
		if (lower.contains("edl-v10") || lower.contains("org/org/documents/edl")) {
			return "EDL-1.0";
		}
		if (lower.contains("bsd")) {
			return "BSD-3-Clause";
		}
		return licence;
	}

	/** Product, version, build (the bundle qualifier is the build's time stamp), then the libraries. */
	static String productLine() {
		Version version = FrameworkUtil.getBundle(AboutHandler.class).getVersion();
		return NLS.bind(UiMessages.About_product, new Object[] { version.getMajor() + "." + version.getMinor() + "."
				+ version.getMicro(), version.getQualifier().isEmpty() ? "-" : version.getQualifier(),
				System.getProperty("java.version") });
	}

	static final class AboutDialog extends CloseOnlyDialog {

		AboutDialog(Shell parent) {
			super(parent, UiMessages.About_title);
		}

		@Override
		protected Control createDialogArea(Composite parent) {
			Composite area = (Composite) super.createDialogArea(parent);
			Label product = new Label(area, SWT.WRAP);
			product.setText(productLine());
			Label heading = new Label(area, SWT.NONE);
			heading.setText(UiMessages.About_libraries);
			Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
			table.setHeaderVisible(true);
			for (String title : new String[] { UiMessages.About_library, UiMessages.About_version, UiMessages.About_licence }) {
				new TableColumn(table, SWT.LEFT).setText(title);
			}
			for (Library library : libraries()) {
				TableItem item = new TableItem(table, SWT.NONE);
				item.setText(new String[] { library.name(), library.version(), library.licence() });
			}
			int width = 0;
			for (TableColumn column : table.getColumns()) {
				column.pack();
				width += column.getWidth();
			}
			// as wide as the columns need, so every licence reads whole (within the screen: beyond, it scrolls)
			int screen = parent.getDisplay().getClientArea().width * 9 / 10;
			int room = width + table.getVerticalBar().getSize().x + 2 * table.getBorderWidth() + 8;
			GridDataFactory.fillDefaults().grab(true, true).hint(Math.min(screen, Math.max(720, room)), 360).applyTo(table);
			return area;
		}
	}
}
