package cc.enet.mailbox.releng.codegen;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the EMF model and edit code of the Mailbox Console from
 * {@code bundles/cc.enet.mailbox.model/model/mailbox.genmodel}, using EMF's own
 * generator ({@code org.eclipse.emf.codegen.ecore}) standalone: no OSGi, no workspace.
 *
 * <p>Usage: {@code releng/regenerate-model} (or
 * {@code ./mvnw -q -f releng/codegen/pom.xml compile exec:java}) from the repository root.
 * The single optional argument is the repository root; the pom passes it.
 *
 * <p>What it writes, and nothing else:
 * <ul>
 * <li>{@code bundles/cc.enet.mailbox.model/src-gen} and {@code bundles/cc.enet.mailbox.model.edit/src-gen}:
 *     deleted first, then generated afresh (so no JMerge is needed or used);</li>
 * <li>{@code bundles/cc.enet.mailbox.model.edit/icons/**}: EMF's generated icons, written only when missing;</li>
 * <li>{@code bundles/cc.enet.mailbox.model.edit/plugin.properties}: the _UI_ strings of the item providers,
 *     written only when missing.</li>
 * </ul>
 * Anything else EMF would write (MANIFEST.MF, plugin.xml, build.properties, the model bundle's
 * plugin.properties, or the edit plugin.properties when one already exists) is diverted to
 * {@code releng/codegen/target/diverted/} for reference; the bundles' own files are never touched.
 */
public final class RegenerateModel
{
  private static final String MODEL_PROJECT = "cc.enet.mailbox.model";
  private static final String EDIT_PROJECT = "cc.enet.mailbox.model.edit";
  private static final String GENMODEL = "/" + MODEL_PROJECT + "/model/mailbox.genmodel";

  private RegenerateModel()
  {
  }

  public static void main(String[] args) throws Exception
  {
    Path root = (args.length > 0 ? Paths.get(args[0]) : Paths.get("")).toAbsolutePath().normalize();
    Path modelBundle = root.resolve("bundles").resolve(MODEL_PROJECT);
    Path editBundle = root.resolve("bundles").resolve(EDIT_PROJECT);
    Path diverted = root.resolve("releng/codegen/target/diverted");
    if (!Files.isRegularFile(modelBundle.resolve("model/mailbox.genmodel")))
    {
      throw new IllegalStateException("Not the repository root (no bundles/" + MODEL_PROJECT + "/model/mailbox.genmodel): " + root);
    }

    // 1. Clean: the generated source folders are output only.
    List<Path> srcGen = List.of(modelBundle.resolve("src-gen"), editBundle.resolve("src-gen"));
    for (Path folder : srcGen)
    {
      deleteRecursively(folder);
    }
    deleteRecursively(diverted);

    // 2. A standalone resource set: platform:/resource/<project>/ is mapped onto bundles/<project>/.
    GuardedURIConverter uriConverter = new GuardedURIConverter(modelBundle, editBundle, diverted);
    uriConverter.getURIMap().put(URI.createPlatformResourceURI("/" + MODEL_PROJECT + "/", false), folderURI(modelBundle));
    uriConverter.getURIMap().put(URI.createPlatformResourceURI("/" + EDIT_PROJECT + "/", false), folderURI(editBundle));

    ResourceSet resourceSet = new ResourceSetImpl();
    resourceSet.setURIConverter(uriConverter);
    resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
    resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
    Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
    factories.put("ecore", new EcoreResourceFactoryImpl());
    factories.put("genmodel", new EcoreResourceFactoryImpl());
    factories.put(Resource.Factory.Registry.DEFAULT_EXTENSION, new XMIResourceFactoryImpl());

    // 3. Load, resolve and reconcile the genmodel with its ecore.
    Resource resource = resourceSet.getResource(URI.createPlatformResourceURI(GENMODEL, true), true);
    GenModel genModel = (GenModel)resource.getContents().get(0);
    EcoreUtil.resolveAll(resourceSet);
    for (Resource r : resourceSet.getResources())
    {
      if (!r.getErrors().isEmpty())
      {
        throw new IllegalStateException("Errors loading " + r.getURI() + ": " + r.getErrors());
      }
    }
    genModel.reconcile();
    genModel.setCanGenerate(true);
    Diagnostic validation = genModel.diagnose();
    report("genmodel validation", validation);
    if (validation.getSeverity() == Diagnostic.ERROR)
    {
      throw new IllegalStateException("The genmodel is not valid; nothing generated.");
    }

    // 4. Generate MODEL and EDIT code. The output folders were deleted, so nothing is ever merged (JMerge only
    //    merges into existing files). EMF's default JControlModel is kept because it also lays the code out
    //    as Eclipse does with default JDT settings (tab indent, braces at end of line; codeFormatting=false).
    Generator generator = new Generator();
    generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
    generator.getOptions().resourceSet = resourceSet;
    generator.setInput(genModel);

    boolean failed = false;
    for (String projectType : new String[] { GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE })
    {
      if (!generator.canGenerate(genModel, projectType))
      {
        throw new IllegalStateException("EMF cannot generate " + projectType + " code for this genmodel.");
      }
      Diagnostic diagnostic = generator.generate(genModel, projectType, new BasicMonitor());
      report(projectType + " generation", diagnostic);
      failed |= diagnostic.getSeverity() == Diagnostic.ERROR;
    }
    if (failed || uriConverter.written.isEmpty())
    {
      throw new IllegalStateException("EMF code generation failed.");
    }

    // 5. Summary.
    System.out.println("Regenerated from " + root.relativize(modelBundle.resolve("model/mailbox.genmodel")) + ":");
    for (Path folder : List.of(modelBundle.resolve("src-gen"), editBundle.resolve("src-gen")))
    {
      System.out.println("  " + root.relativize(folder) + "/  (deleted, then " + countFiles(uriConverter.written, folder) + " files generated)");
    }
    Path icons = editBundle.resolve("icons");
    System.out.println("  " + root.relativize(icons) + "/  (" + countFiles(uriConverter.written, icons) + " new icons; existing icons kept)");
    Path editProperties = editBundle.resolve("plugin.properties");
    System.out.println("  " + root.relativize(editProperties) + "  (" + (uriConverter.written.contains(editProperties) ? "created, was missing" : "existing file kept") + ")");
    if (!uriConverter.diverted.isEmpty())
    {
      System.out.println("Not written into the bundles (EMF's version kept under " + root.relativize(diverted) + "/ for reference):");
      for (Path file : uriConverter.diverted)
      {
        System.out.println("  " + root.relativize(file));
      }
    }
  }

  private static URI folderURI(Path folder)
  {
    return URI.createFileURI(folder.toAbsolutePath().toString()).appendSegment("");
  }

  private static long countFiles(TreeSet<Path> files, Path folder)
  {
    return files.stream().filter(f -> f.startsWith(folder)).count();
  }

  private static void report(String what, Diagnostic diagnostic)
  {
    if (diagnostic.getSeverity() != Diagnostic.OK)
    {
      System.err.println(what + ": " + diagnostic.getMessage());
      for (Diagnostic child : diagnostic.getChildren())
      {
        System.err.println("  " + severity(child) + ": " + child.getMessage());
      }
    }
  }

  private static String severity(Diagnostic d)
  {
    switch (d.getSeverity())
    {
      case Diagnostic.ERROR: return "ERROR";
      case Diagnostic.WARNING: return "WARNING";
      default: return "INFO";
    }
  }

  private static void deleteRecursively(Path folder) throws IOException
  {
    if (Files.exists(folder))
    {
      try (Stream<Path> walk = Files.walk(folder))
      {
        for (Path p : (Iterable<Path>)walk.sorted(Comparator.reverseOrder())::iterator)
        {
          Files.delete(p);
        }
      }
    }
  }

  /**
   * Lets EMF write only the generated sources, the edit icons, and a missing edit plugin.properties;
   * every other output is redirected below {@code diverted}.
   */
  private static final class GuardedURIConverter extends ExtensibleURIConverterImpl
  {
    private final Path modelBundle;
    private final Path editBundle;
    private final Path divertRoot;
    private final List<Path> allowedFolders;
    final TreeSet<Path> written = new TreeSet<>();
    final TreeSet<Path> diverted = new TreeSet<>();

    GuardedURIConverter(Path modelBundle, Path editBundle, Path divertRoot)
    {
      this.modelBundle = modelBundle;
      this.editBundle = editBundle;
      this.divertRoot = divertRoot;
      this.allowedFolders = List.of(modelBundle.resolve("src-gen"), editBundle.resolve("src-gen"), editBundle.resolve("icons"));
    }

    @Override
    public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException
    {
      URI normalized = normalize(uri);
      if (!normalized.isFile())
      {
        throw new IOException("Refusing to write outside the repository: " + uri);
      }
      Path target = Paths.get(normalized.toFileString()).toAbsolutePath().normalize();
      boolean allowed = allowedFolders.stream().anyMatch(target::startsWith)
        || target.equals(editBundle.resolve("plugin.properties")) && !Files.exists(target);
      if (!allowed)
      {
        Path root = modelBundle.getParent();
        Path redirected = divertRoot.resolve(target.startsWith(root) ? root.relativize(target) : Paths.get(target.getFileName().toString()));
        diverted.add(redirected);
        Files.createDirectories(redirected.getParent());
        return Files.newOutputStream(redirected);
      }
      written.add(target);
      return super.createOutputStream(uri, options);
    }
  }
}
