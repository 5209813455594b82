package scalemodels.supervisor;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.tinylog.Logger;

import scalemodels.files.FileTrees;

/**
 * The VM processes' application class-data archive (the JDK's AppCDS, as a dynamic archive): the classes a VM loads,
 * parsed and verified once and mapped into every later VM JVM, so that a VM boots in a fraction of the time (16 of
 * them share 2 cores at a run's start). Made once per build of the classes, on first use, by a short training run of
 * two VMs ({@link ClassDataTraining}); kept under the cache folder, keyed by the JVM and the exact classes, so a
 * changed class makes a new one; the oldest are removed.
 *
 * <p>The JVM only archives classes from jar files, so a class folder (a build's target/classes) is first copied into
 * a jar beside the archive, and VMs started with the archive load their classes from that jar. Where anything fails
 * (no base archive in the runtime, no writable cache, a JVM that rejects the archive) VMs run as before, without it:
 * the archive is only ever an optimisation, and the JVM itself checks it on every start ({@code -Xshare:auto}).
 */
public final class VmClassData {
    /** {@code -Dscalemodels.vm.cds=off} starts every VM without the archive (the benchmark compares both). */
    public static final String SWITCH_PROPERTY = "scalemodels.vm.cds";
    /** Where the archives are kept; by default $XDG_CACHE_HOME/scale-models or ~/.cache/scale-models. */
    public static final String CACHE_PROPERTY = "scalemodels.cache";
    static final String ARCHIVE = "vm.jsa";
    private static final String MAP_OPTION = "-XX:SharedArchiveFile=";
    private static final String CLASSES_JAR = "classes.jar";
    private static final String FAILED = "failed.txt";
    private static final int KEPT = 4;
    private static VmClassData shared;

    private final Path root;
    private final List<Path> classPath;
    private final List<String> jvmOptions;
    private Path dir;

    /** What a VM JVM is started with: its options (those that map the archive included) and class path entries. */
    public record Launch(List<String> options, List<Path> classPath) {
        public boolean archived() {
            return options.stream().anyMatch(o -> o.startsWith(MAP_OPTION));
        }
    }

    VmClassData(Path root, List<Path> classPath, List<String> jvmOptions) {
        this.root = root;
        this.classPath = List.copyOf(classPath);
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /** The archive of this process's VM classes, in the user's cache folder. */
    public static synchronized VmClassData shared() {
        if (shared == null) {
            shared = new VmClassData(cacheRoot(), ChildCommand.vmClassPath(), ChildCommand.options());
        }
        return shared;
    }

    static Path cacheRoot() {
        String configured = System.getProperty(CACHE_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("scale-models");
    }

    static boolean switchedOff() {
        return "off".equals(System.getProperty(SWITCH_PROPERTY));
    }

    /** Without the archive: this JVM's own class path entries for the VM. */
    public Launch plain() {
        return new Launch(jvmOptions, classPath);
    }

    /**
     * With the archive, making it first if there is none yet for these classes (a couple of seconds, once per build):
     * call it where a VM is about to start, never on a UI thread. Falls back to {@link #plain()}.
     */
    public synchronized Launch prepared() {
        if (switchedOff()) {
            return plain();
        }
        try {
            Path here = folder();
            Path archive = here.resolve(ARCHIVE);
            List<Path> jars = jarred(here);
            if (!Files.isRegularFile(archive) && !Files.exists(here.resolve(FAILED))) {
                make(here, jars);
            }
            if (Files.isRegularFile(archive)) {
                return new Launch(with(jvmOptions, mapping(archive)), jars);
            }
        } catch (IOException | RuntimeException e) {
            Logger.warn("VMs start without a class-data archive: {}", ChildLauncher.describe(e));
        }
        return plain();
    }

    /** The options that map {@code archive}; quiet, so that a JVM that cannot use it says nothing and runs on. */
    static List<String> mapping(Path archive) {
        return List.of(MAP_OPTION + archive.toAbsolutePath(), "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    static List<String> with(List<String> options, List<String> more) {
        List<String> all = new ArrayList<>(options);
        all.addAll(more);
        return List.copyOf(all);
    }

    /** The folder of this JVM and these classes; the archive is made and used only with both unchanged. */
    synchronized Path folder() throws IOException {
        if (dir == null) {
            dir = root.resolve("vm-cds").resolve(key());
        }
        return dir;
    }

    private String key() throws IOException {
        MessageDigest digest = sha256();
        for (String part : List.of(System.getProperty("java.home"), System.getProperty("java.vm.version"),
                String.join(" ", jvmOptions))) {
            digest.update((part + "\n").getBytes(StandardCharsets.UTF_8));
        }
        for (Path entry : classPath) {
            digest.update((entry.toAbsolutePath() + "\n").getBytes(StandardCharsets.UTF_8));
            if (Files.isDirectory(entry)) {
                for (Path file : FileTrees.files(entry)) {
                    digest.update((entry.relativize(file) + "\n").getBytes(StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(file));
                }
            } else {
                digest.update((Files.size(entry) + " " + Files.getLastModifiedTime(entry).toMillis() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 10);
    }

    /** The class path with each folder replaced by a jar of it, made once in {@code here}. */
    private List<Path> jarred(Path here) throws IOException {
        List<Path> jars = new ArrayList<>();
        int folders = 0;
        for (Path entry : classPath) {
            if (Files.isDirectory(entry)) {
                Path jar = here.resolve(folders++ == 0 ? CLASSES_JAR : "classes-" + folders + ".jar");
                if (!Files.isRegularFile(jar)) {
                    Files.createDirectories(here);
                    FileTrees.jar(entry, jar);
                }
                jars.add(jar);
            } else {
                jars.add(entry);
            }
        }
        return jars;
    }

    /**
     * Trains and checks the archive, under a file lock so that two processes (the window and a headless run, or test
     * JVMs) never make the same one at once; the second finds it made. A failure is remembered in failed.txt with its
     * reason, so that it is not tried again for these classes.
     */
    private void make(Path here, List<Path> jars) throws IOException {
        Files.createDirectories(here);
        try (FileChannel channel = FileChannel.open(here.resolve("lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            if (Files.isRegularFile(here.resolve(ARCHIVE)) || Files.exists(here.resolve(FAILED))) {
                return;
            }
            long began = System.nanoTime();
            Optional<String> failure = new ClassDataTraining(here, jars, jvmOptions).run();
            if (failure.isPresent()) {
                Files.writeString(here.resolve(FAILED), failure.get() + "\n", StandardCharsets.UTF_8);
                Logger.warn("no class-data archive for the VMs ({}); they start without one", failure.get());
            } else {
                Logger.info("made the VMs' class-data archive {} in {} ms", here.resolve(ARCHIVE),
                        (System.nanoTime() - began) / 1_000_000);
            }
        }
        prune();
    }

    /** Keeps the {@value #KEPT} most recently made archives: each build of the classes makes a new one. */
    private void prune() {
        try (Stream<Path> folders = Files.list(root.resolve("vm-cds"))) {
            List<Path> oldestFirst = folders.filter(Files::isDirectory)
                    .sorted((a, b) -> Long.compare(modified(a), modified(b))).toList();
            for (Path old : oldestFirst.subList(0, Math.max(0, oldestFirst.size() - KEPT))) {
                if (!old.equals(dir)) {
                    FileTrees.delete(old);
                }
            }
        } catch (IOException e) {
            Logger.debug("could not tidy the class-data cache: {}", e.getMessage());
        }
    }

    private static long modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
