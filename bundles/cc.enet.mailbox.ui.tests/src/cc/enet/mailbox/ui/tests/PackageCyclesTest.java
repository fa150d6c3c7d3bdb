package cc.enet.mailbox.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No two packages of one UI bundle depend on each other, directly or around a ring: each bundle's packages form layers
 * a reader can take one at a time, and a later bundle can build on a package without pulling in the rest. A package's
 * dependencies are read from the compiled classes (every class their constant pool names, in signatures too) and from
 * the sources' imports (a constant such as an id is copied into the class that uses it, so only the source shows it).
 */
class PackageCyclesTest {

	private static final Path BUNDLES = Path.of(System.getProperty("mailbox.repo.root", "../..")).toAbsolutePath()
			.normalize().resolve("bundles");
	private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+?)\\.[A-Z]", Pattern.MULTILINE);

	@ParameterizedTest
	@ValueSource(strings = { "cc.enet.mailbox.ui", "cc.enet.mailbox.connector.ui", "cc.enet.mailbox.clientconfig.ui",
			"cc.enet.mailbox.team.ui" })
	void packagesOfTheBundleFormNoCycle(String bundle) throws IOException {
		Map<String, Map<String, Set<String>>> graph = dependencies(BUNDLES.resolve(bundle));
		assertTrue(graph.size() > 0, bundle + " has compiled classes to check (build it first)");
		assertEquals(List.of(), cycles(graph), bundle + ": packages depending on each other (package -> package: classes)");
	}

	/** Package -> the bundle's other packages it uses -> the classes that use them. */
	private static Map<String, Map<String, Set<String>>> dependencies(Path bundle) throws IOException {
		Map<String, Map<String, Set<String>>> graph = new TreeMap<>();
		Path classes = bundle.resolve("target/classes");
		for (Path file : files(classes, ".class")) {
			String name = classes.relativize(file).toString().replace('/', '.').replaceFirst("\\.class$", "");
			try (InputStream in = Files.newInputStream(file)) {
				for (String used : ClassReferences.read(in)) {
					add(graph, name, used.replace('/', '.'));
				}
			}
		}
		Path sources = bundle.resolve("src");
		Set<String> ownPackages = new TreeSet<>(graph.keySet());
		for (Path file : files(sources, ".java")) {
			String name = sources.relativize(file).toString().replace('/', '.').replaceFirst("\\.java$", "");
			Matcher imports = IMPORT.matcher(Files.readString(file));
			while (imports.find()) {
				String used = imports.group(1);
				if (ownPackages.contains(used)) {
					add(graph, name, used + ".X");
				}
			}
		}
		graph.values().forEach(uses -> uses.keySet().retainAll(ownPackages));
		return graph;
	}

	private static void add(Map<String, Map<String, Set<String>>> graph, String user, String used) {
		String from = packageOf(user);
		String to = packageOf(used);
		Map<String, Set<String>> uses = graph.computeIfAbsent(from, p -> new TreeMap<>());
		if (!from.equals(to)) {
			uses.computeIfAbsent(to, p -> new TreeSet<>()).add(simpleName(user));
		}
	}

	private static String packageOf(String className) {
		int dot = className.lastIndexOf('.');
		return dot < 0 ? "" : className.substring(0, dot);
	}

	private static String simpleName(String className) {
		String simple = className.substring(className.lastIndexOf('.') + 1);
		int nested = simple.indexOf('$');
		return nested < 0 ? simple : simple.substring(0, nested);
	}

	/** Each ring of packages (a strongly connected component of more than one), with the edges that close it. */
	private static List<String> cycles(Map<String, Map<String, Set<String>>> graph) {
		List<String> found = new ArrayList<>();
		for (Set<String> ring : new StrongComponents(graph).rings()) {
			StringBuilder edges = new StringBuilder();
			for (String from : ring) {
				graph.get(from).forEach((to, users) -> {
					if (ring.contains(to)) {
						edges.append(from).append(" -> ").append(to).append(": ").append(users).append("; ");
					}
				});
			}
			found.add(edges.toString().strip());
		}
		return found;
	}

	private static List<Path> files(Path folder, String ending) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(p -> p.toString().endsWith(ending)).sorted().toList();
		}
	}

	/** Tarjan's algorithm over the package graph. */
	private static final class StrongComponents {
		private final Map<String, Map<String, Set<String>>> graph;
		private final Map<String, Integer> index = new TreeMap<>();
		private final Map<String, Integer> low = new TreeMap<>();
		private final List<String> stack = new ArrayList<>();
		private final List<Set<String>> rings = new ArrayList<>();

		StrongComponents(Map<String, Map<String, Set<String>>> graph) {
			this.graph = graph;
		}

		List<Set<String>> rings() {
			for (String node : graph.keySet()) {
				if (!index.containsKey(node)) {
					visit(node);
				}
			}
			return rings;
		}

		private void visit(String node) {
			index.put(node, index.size());
			low.put(node, index.get(node));
			stack.add(node);
			for (String next : graph.getOrDefault(node, Map.of()).keySet()) {
				if (!index.containsKey(next)) {
					visit(next);
					low.put(node, Math.min(low.get(node), low.get(next)));
				} else if (stack.contains(next)) {
					low.put(node, Math.min(low.get(node), index.get(next)));
				}
			}
			if (low.get(node).equals(index.get(node))) {
				Set<String> component = new TreeSet<>();
				String member;
				do {
					member = stack.remove(stack.size() - 1);
					component.add(member);
				} while (!member.equals(node));
				if (component.size() > 1) {
					rings.add(component);
				}
			}
		}
	}

	/** The classes a class file names: its constant pool's class entries and the types in its descriptors. */
	static final class ClassReferences {
		private static final Pattern TYPE_IN_DESCRIPTOR = Pattern.compile("L([\\w/$]+)[;<]");

		private ClassReferences() {
		}

		static Set<String> read(InputStream stream) throws IOException {
			DataInputStream in = new DataInputStream(stream);
			if (in.readInt() != 0xCAFEBABE) {
				throw new IOException("not a class file");
			}
			in.readUnsignedShort(); // minor version
			in.readUnsignedShort(); // major version
			int count = in.readUnsignedShort();
			String[] utf8 = new String[count];
			List<Integer> classNames = new ArrayList<>();
			for (int i = 1; i < count; i++) {
				int tag = in.readUnsignedByte();
				switch (tag) {
				case 1 -> utf8[i] = in.readUTF();
				case 7, 16, 19, 20 -> { // Class, MethodType, Module, Package
					int nameIndex = in.readUnsignedShort();
					if (tag == 7) {
						classNames.add(nameIndex);
					}
				}
				case 8 -> in.readUnsignedShort(); // String
				case 3, 4 -> in.readInt(); // Integer, Float
				case 5, 6 -> { // Long, Double take two slots
					in.readLong();
					i++;
				}
				case 9, 10, 11, 12, 17, 18 -> in.readInt(); // refs, NameAndType, Dynamic, InvokeDynamic
				case 15 -> { // MethodHandle
					in.readUnsignedByte();
					in.readUnsignedShort();
				}
				default -> throw new IOException("unknown constant pool tag " + tag);
				}
			}
			Set<String> names = new TreeSet<>();
			for (int nameIndex : classNames) {
				String name = utf8[nameIndex];
				if (!name.startsWith("[")) {
					names.add(name);
				}
			}
			for (String text : utf8) {
				if (text != null && (text.startsWith("(") || text.startsWith("L") || text.startsWith("[")
						|| text.startsWith("<"))) {
					Matcher types = TYPE_IN_DESCRIPTOR.matcher(text);
					while (types.find()) {
						names.add(types.group(1));
					}
				}
			}
			return names;
		}
	}
}
