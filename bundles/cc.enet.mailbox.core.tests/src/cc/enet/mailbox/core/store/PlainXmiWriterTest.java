package cc.enet.mailbox.core.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cc.enet.mailbox.Customer;
import cc.enet.mailbox.MailboxPackage;
import cc.enet.mailbox.core.demo.DemoWorkspace;

/**
 * The save's own XMI writer against EMF's: the same bytes for every customer file it takes, whatever the model holds
 * (every feature filled at random, so a feature added to the model is covered without a word here), and EMF's bytes
 * for what it leaves to EMF.
 */
class PlainXmiWriterTest {

	/** Text a mailbox may hold without escaping: ASCII, Latin letters, Japanese (wide and half-width), BMP symbols. */
	private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 .-_@;:/=+#%üéß田中太郎髙橋一郎ﾊﾅｺ①〜";

	@TempDir
	Path folder;

	@Test
	void writesEveryRandomCustomerByteForByteAsEmf() throws Exception {
		for (long seed = 0; seed < 400; seed++) {
			Random random = new Random(seed);
			Resource resource = resource("c" + seed);
			resource.getContents().add(fill(MailboxPackage.Literals.CUSTOMER, random, 0));
			assertSameAsEmf(resource, "seed " + seed);
		}
	}

	@Test
	void writesAWorkspaceRootWithoutCustomersAsEmf() throws Exception {
		for (long seed = 0; seed < 50; seed++) {
			Resource resource = resource("w" + seed);
			EObject root = fill(MailboxPackage.Literals.WORKSPACE, new Random(seed), 0);
			((List<?>) root.eGet(MailboxPackage.Literals.WORKSPACE__CUSTOMERS)).clear();
			resource.getContents().add(root);
			assertSameAsEmf(resource, "seed " + seed);
		}
	}

	@Test
	void leavesToEmfWhatEmfEscapesOrRefersTo() throws Exception {
		for (String name : List.of("A & B", "<b>", "say \"hi\"", "it's", "a > b", "tab\there", "line\nbreak", "😀",
				"\u0085")) {
			Resource resource = resource("x");
			Customer customer = (Customer) fill(MailboxPackage.Literals.CUSTOMER, new Random(1), 0);
			customer.setName(name);
			resource.getContents().add(customer);
			assertNull(new PlainXmiWriter().write(resource), name);
		}
		// the root of a workspace names its customers' files (hrefs): EMF's
		MailboxWorkspace demo = DemoWorkspace.create(folder.resolve("demo"));
		WorkspaceStore.save(demo);
		assertNull(new PlainXmiWriter().write(demo.root().eResource()));
	}

	@Test
	void aSaveWritesEmfsBytesWhicheverWriterTookTheFile() throws Exception {
		MailboxWorkspace demo = DemoWorkspace.create(folder.resolve("demo"));
		Customer first = demo.root().getCustomers().get(0);
		first.setContactName("Sales & Support <営業>"); // left to EMF
		// taken by the plain writer: characters of one, two and three bytes in UTF-8
		demo.root().getCustomers().get(1).setContactName("Müller Café 髙橋 ﾊﾅｺ ① 〜");
		WorkspaceStore.save(demo);
		assertNotNull(new PlainXmiWriter().write(demo.root().getCustomers().get(1).eResource()));
		for (Resource resource : demo.resourceSet().getResources()) {
			Path file = WorkspaceStore.fileOf(resource.getURI());
			assertArrayEquals(emf(resource), Files.readAllBytes(file), file.toString());
		}
		MailboxWorkspace reopened = WorkspaceStore.open(folder.resolve("demo"));
		assertEquals("Sales & Support <営業>", reopened.root().getCustomers().get(0).getContactName());
	}

	private void assertSameAsEmf(Resource resource, String what) throws IOException {
		CharSequence plain = new PlainXmiWriter().write(resource);
		assertNotNull(plain, what + ": a plain file left to EMF");
		assertEquals(new String(emf(resource), StandardCharsets.UTF_8), plain.toString(), what);
	}

	private static byte[] emf(Resource resource) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		resource.save(bytes, ChangedFileWriter.options());
		return bytes.toByteArray();
	}

	private Resource resource(String name) {
		ResourceSet resourceSet = WorkspaceStore.newResourceSet(folder, new HashMap<>());
		return resourceSet.createResource(WorkspaceStore.uri(folder.resolve(WorkspaceStore.CUSTOMERS_FOLDER).resolve(name + ".xmi")));
	}

	/** An object of {@code eClass} with a random part of its features set, its children likewise. */
	private static EObject fill(EClass eClass, Random random, int depth) {
		EObject object = EcoreUtil.create(eClass);
		for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
			if (feature.isTransient() || feature.isDerived() || !feature.isChangeable() || random.nextInt(4) == 0) {
				continue;
			}
			if (feature instanceof EReference reference) {
				if (!reference.isContainment() || depth > 4) {
					continue;
				}
				if (reference.isMany()) {
					@SuppressWarnings("unchecked")
					List<EObject> children = (List<EObject>) object.eGet(reference);
					for (int i = random.nextInt(depth == 0 ? 4 : 6); i > 0; i--) {
						children.add(fill(reference.getEReferenceType(), random, depth + 1));
					}
				} else {
					object.eSet(reference, fill(reference.getEReferenceType(), random, depth + 1));
				}
			} else if (feature.isMany()) {
				@SuppressWarnings("unchecked")
				List<Object> values = (List<Object>) object.eGet(feature);
				for (int i = random.nextInt(5); i > 0; i--) {
					values.add(value(((EAttribute) feature).getEAttributeType(), random));
				}
			} else {
				object.eSet(feature, value(((EAttribute) feature).getEAttributeType(), random));
			}
		}
		return object;
	}

	private static Object value(EDataType type, Random random) {
		Class<?> instance = type.getInstanceClass();
		if (type instanceof EEnum eEnum) {
			return eEnum.getELiterals().get(random.nextInt(eEnum.getELiterals().size())).getInstance();
		}
		if (instance == String.class) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(random.nextBoolean() ? 8 : 70); i > 0; i--) {
				text.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
			}
			return text.toString();
		}
		if (instance == int.class || instance == Integer.class) {
			return random.nextInt(-5, 100_000);
		}
		if (instance == boolean.class || instance == Boolean.class) {
			return random.nextBoolean();
		}
		if (instance == Date.class) {
			return new Date(random.nextLong(0, 4_000_000_000_000L));
		}
		throw new AssertionError("a type this test cannot fill yet: " + type.getName());
	}
}
