package scalemodels.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** Whole folders as one thing: deleted, or packed into a jar. */
public final class FileTrees {
    private FileTrees() {
    }

    /** Deletes {@code dir} and everything in it; nothing when it does not exist. */
    public static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The regular files under {@code dir}, in a stable order. */
    public static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /**
     * Packs every file under {@code dir} into {@code jar} (with a plain manifest, readable by everyone), written beside
     * it first and moved into place whole, so a reader never sees half a jar.
     */
    public static void jar(Path dir, Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        // A name of its own: two processes making the same jar at once each write their own, and either's move wins.
        Path partial = Files.createTempFile(jar.toAbsolutePath().getParent(), jar.getFileName().toString(), ".partial");
        try {
            try (OutputStream file = Files.newOutputStream(partial);
                 JarOutputStream out = new JarOutputStream(file, manifest)) {
                for (Path p : files(dir)) {
                    // Forward slashes on every system: jar entry names are not file names.
                    out.putNextEntry(new JarEntry(dir.relativize(p).toString()
                            .replace(dir.getFileSystem().getSeparator(), "/")));
                    Files.copy(p, out);
                    out.closeEntry();
                }
            }
            if (Files.getFileStore(partial).supportsFileAttributeView(PosixFileAttributeView.class)) {
                // A temporary file is its owner's alone (0600): a copy of the app built by one user for others
                // (./run.sh dist --out /opt/...) would not start for them.
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(partial, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial); // gone already when the move succeeded
        }
    }
}
