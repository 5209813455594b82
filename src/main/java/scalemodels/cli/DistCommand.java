package scalemodels.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import scalemodels.files.FileTrees;
import scalemodels.model.Invocation;
import scalemodels.ui.ScaleModelsApp;

/**
 * {@code ./run.sh dist} (and {@code mvn package}): a self-contained copy of the app that runs without Maven or the
 * source tree. jlink makes a Java runtime holding the JDK's modules and JavaFX's, as modules (so no "Unsupported
 * JavaFX configuration"); the app's classes (one jar) and its other libraries go to {@code lib/};
 * {@code bin/scale-models} starts it, VM processes included, with the runtime's own {@code java}. Where the JDK has
 * jpackage, the same runtime and jars also become a native app image ({@code app-image/scale-models/bin/scale-models},
 * a launcher binary), and with {@code --deb} a Debian package ({@link DebianPackage}). Built from this JVM's class and
 * module paths: JavaFX's modular jars become modules, everything else is copied.
 */
@Command(name = "dist", mixinStandardHelpOptions = true,
        description = {"Build a self-contained copy of the app (a jlink runtime with JavaFX as modules, the app's "
                + "jars, a bin/scale-models launcher) that runs without Maven."})
final class DistCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** The app's name for jpackage: its launcher, the app image's folder, the Debian package. */
    static final String NAME = "scale-models";
    private static final String APP_IMAGES = "app-image";
    /** The copy's parts: its launcher script, its Java runtime, the app's jars. */
    private static final String LAUNCHER = "bin/" + NAME;
    private static final String RUNTIME = "runtime";
    private static final String LIB = "lib";
    /** The file that marks a folder as a copy dist built, which a new build may empty. */
    static final String MARK = ".scale-models-dist";

    /** The JDK's modules the app and its libraries use (found with jdeps), and JavaFX's. */
    static final List<String> MODULES = List.of("java.se", "jdk.unsupported", "jdk.management", "jdk.crypto.ec",
            "jdk.zipfs", "javafx.controls", "javafx.fxml");

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Where to build it: a new or empty folder, or a copy built before (emptied first).")
    Path out;

    @Option(names = "--deb", description = "Also pack the app image into a Debian package, DIR/scale-models_VERSION-1_"
            + "ARCH.deb (installs to /opt/scale-models, with a menu entry). Needs jpackage, dpkg-deb and fakeroot.")
    boolean deb;

    @Override
    public Integer call() throws IOException {
        PrintWriter said = spec.commandLine().getOut();
        if (deb) {
            DebianPackage.requireTools(); // said before the minute of building, not after it
        }
        try {
            build(entries(System.getProperty("java.class.path"), System.getProperty("jdk.module.path")), out, said);
            said.println("Built " + out + ": run " + out.resolve(LAUNCHER) + " (--help lists every flag)");
            if (deb) {
                Path file = DebianPackage.build(appImage(out), out, Map.of());
                said.println("Packed " + file + ": install it with sudo apt install " + file.toAbsolutePath());
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println("error: dist failed: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    /**
     * {@code out} is emptied before a build: only when it is new, empty or a copy built before (its mark, or the
     * launcher and runtime of a copy built before the mark existed). {@code --out .} in the project, or a home folder,
     * must not be wiped.
     *
     * @throws UsageException naming the folder otherwise
     */
    static void requireReplaceable(Path out) throws IOException {
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            throw new UsageException("--out " + out + " is not a folder");
        }
        boolean empty;
        try (Stream<Path> inside = Files.list(out)) {
            empty = inside.findAny().isEmpty();
        }
        boolean builtBefore = Files.isRegularFile(out.resolve(MARK)) || Files.isRegularFile(out.resolve(LAUNCHER))
                && Files.isRegularFile(out.resolve(RUNTIME).resolve("release"));
        if (!empty && !builtBefore) {
            throw new UsageException("--out " + out + " holds files that dist did not make, and dist empties the "
                    + "folder it builds in: give a new or empty folder");
        }
    }

    /** Where {@link #build} puts the native app image (when the JDK has jpackage). */
    static Path appImage(Path out) {
        return out.resolve(APP_IMAGES).resolve(NAME);
    }

    /**
     * What this JVM was started with: its class path and its module path, where {@code ./run.sh} puts JavaFX's jars
     * (null or empty: none).
     */
    static List<String> entries(String classPath, String modulePath) {
        List<String> entries = new ArrayList<>();
        for (String path : new String[] {classPath, modulePath}) {
            if (path != null && !path.isEmpty()) {
                entries.addAll(List.of(path.split(File.pathSeparator)));
            }
        }
        return entries;
    }

    /**
     * Builds the copy in {@code out} from the class path {@code entries}, saying on {@code told} what it leaves out.
     *
     * @throws IOException when jlink fails (its output is in the message) or a file cannot be written
     */
    static void build(List<String> entries, Path out, PrintWriter told) throws IOException {
        requireReplaceable(out);
        FileTrees.delete(out);
        Files.createDirectories(out);
        Files.writeString(out.resolve(MARK), "Built by ./run.sh dist, which empties this folder to build again.\n",
                StandardCharsets.UTF_8);
        Path lib = Files.createDirectories(out.resolve(LIB));
        List<String> fxModules = new ArrayList<>();
        String mainJar = null;
        for (String entry : entries) {
            Path path = Path.of(entry);
            String name = path.getFileName().toString();
            if (Files.isDirectory(path)) {
                String jarName = "scale-models-" + name + ".jar";
                FileTrees.jar(path, lib.resolve(jarName)); // target/classes: the app
                mainJar = mainJar == null ? jarName : mainJar;
            } else if (name.startsWith("javafx-") && !name.matches("javafx-[a-z]+-[0-9.]+\\.jar")) {
                fxModules.add(entry); // javafx-controls-21-linux.jar: a module (the bare jar is an empty stub)
            } else if (name.endsWith(".jar") && !name.startsWith("javafx-")) {
                Files.copy(path, lib.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        jlink(fxModules, out.resolve(RUNTIME));
        launcher(out.resolve(LAUNCHER));
        if (mainJar != null) {
            appImage(out, mainJar, told);
        }
    }

    /** The native app image, where the JDK has jpackage (skipped, and said, where it has not). */
    private static void appImage(Path out, String mainJar, PrintWriter told) throws IOException {
        var jpackage = ToolProvider.findFirst("jpackage");
        if (jpackage.isEmpty()) {
            told.println("This JDK has no jpackage: no app image, only bin/scale-models");
            return;
        }
        StringWriter said = new StringWriter();
        Path icons = Files.createTempDirectory("scale-models-icon");
        try {
            int code = jpackage.get().run(new PrintWriter(said), new PrintWriter(said), "--type", "app-image",
                    "--name", NAME, "--runtime-image", out.resolve(RUNTIME).toString(),
                    "--input", out.resolve(LIB).toString(), "--main-jar", mainJar,
                    "--main-class", "scalemodels.Main", "--icon", writeIcon(icons).toString(),
                    "--dest", out.resolve(APP_IMAGES).toString());
            if (code != 0) {
                throw new IOException("jpackage failed (exit " + code + "): " + said);
            }
        } finally {
            FileTrees.delete(icons);
        }
    }

    /** The window's icon as {@code NAME.png} in {@code dir}, where jpackage looks for it; returns the file. */
    static Path writeIcon(Path dir) throws IOException {
        Path file = dir.resolve(NAME + ".png");
        try (InputStream icon = DistCommand.class.getResourceAsStream(ScaleModelsApp.ICON)) {
            if (icon == null) {
                throw new IOException("the build lacks the app's icon " + ScaleModelsApp.ICON);
            }
            Files.copy(icon, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    private static void jlink(List<String> fxModules, Path runtime) throws IOException {
        ToolProvider jlink = ToolProvider.findFirst("jlink")
                .orElseThrow(() -> new IOException("this Java has no jlink: build the copy with a JDK"));
        StringWriter said = new StringWriter();
        int code = jlink.run(new PrintWriter(said), new PrintWriter(said), "--module-path",
                String.join(File.pathSeparator, fxModules), "--add-modules", String.join(",", MODULES),
                // A base class-data archive: the VMs' own archive is layered on it (supervisor.VmClassData).
                "--generate-cds-archive", "--strip-debug", "--no-header-files", "--no-man-pages", "--compress=2",
                "--output", runtime.toString());
        if (code != 0) {
            throw new IOException("jlink failed (exit " + code + "): " + said);
        }
    }

    /** {@code bin/scale-models}: the runtime's java, the app's jars, the logs under the current folder. */
    private static void launcher(Path script) throws IOException {
        Files.createDirectories(script.getParent());
        Files.writeString(script, String.join("\n",
                "#!/bin/sh",
                "# Scale Models, self-contained: this copy's own Java runtime (JavaFX inside, as modules) and jars.",
                "# Run folders go to ./vm_logs unless --logs says otherwise.",
                "here=\"$(cd \"$(dirname \"$0\")/..\" && pwd)\"",
                "exec \"$here/" + RUNTIME + "/bin/java\" -Dscalemodels.home=\"${SCALE_MODELS_HOME:-$PWD}\" "
                        + "-D" + Invocation.COMMAND_PROPERTY + "=\"$0\" "
                        + "-cp \"$here/" + LIB + "/*\" scalemodels.Main \"$@\"",
                ""), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** A directory of classes and resources as one jar. */
}
