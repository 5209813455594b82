package scalemodels.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import scalemodels.files.FileTrees;

/**
 * The native app image as a Debian package ({@code ./run.sh dist --deb}): installed, the app lives in
 * {@code /opt/scale-models} with a menu entry (Education) and {@code /opt/scale-models/bin/scale-models}. jpackage
 * makes it and runs {@code dpkg-deb} under {@code fakeroot} for that, so those two must be on the PATH.
 */
final class DebianPackage {
    /** What jpackage runs to make a .deb, besides itself. */
    static final List<String> TOOLS = List.of("dpkg-deb", "fakeroot");
    private static final long TIMEOUT_MINUTES = 10;

    private DebianPackage() {
    }

    /**
     * @throws UsageException when this Java has no jpackage or the PATH lacks a tool of {@link #TOOLS}: said before
     *                        anything is built
     */
    static void requireTools() {
        if (!Files.isExecutable(jpackage())) {
            throw new UsageException("a .deb is made by jpackage, which this Java (" + System.getProperty("java.home")
                    + ") does not have: run dist with a JDK 17 or later");
        }
        List<String> missing = missingTools(System.getenv("PATH"));
        if (!missing.isEmpty()) {
            throw new UsageException("a .deb needs " + String.join(" and ", missing) + " on the PATH (Debian, "
                    + "Ubuntu: sudo apt-get install dpkg fakeroot)");
        }
    }

    /** The JDK's jpackage command rather than its ToolProvider: run as its own process, it gets an environment. */
    private static Path jpackage() {
        return Path.of(System.getProperty("java.home"), "bin", "jpackage");
    }

    /** A maintainer script that runs jpackage's {@code commands} on {@code cases} and only warns when they fail. */
    private static String tolerantScript(String cases, String commands, String warning) {
        return String.join("\n", "#!/bin/sh", "case \"$1\" in", "    " + cases + ")",
                "        if ! {", commands, "        }; then", "            echo \"scale-models: " + warning + "\" >&2",
                "        fi", "        ;;", "esac", "exit 0", "");
    }

    /** The tools of {@link #TOOLS} that {@code path} (a PATH value) lacks. */
    static List<String> missingTools(String path) {
        List<String> dirs = path == null ? List.of() : List.of(path.split(File.pathSeparator));
        return TOOLS.stream().filter(tool -> dirs.stream()
                .noneMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, tool)))).toList();
    }

    /**
     * Packs {@code appImage} (jpackage's app image, {@code .../app-image/scale-models}) into a .deb in {@code dest}.
     *
     * @param environment added to jpackage's environment (dpkg-deb reads {@code DPKG_DEB_COMPRESSOR_TYPE} there: a
     *                    test packs without compressing, 7 s instead of 27 s for xz)
     * @return the package file
     * @throws IOException when there is no app image or jpackage fails (its output in the message)
     */
    static Path build(Path appImage, Path dest, Map<String, String> environment) throws IOException {
        requireTools();
        if (!Files.isDirectory(appImage)) {
            throw new IOException("no app image at " + appImage + " to package");
        }
        Files.createDirectories(dest);
        Path resources = Files.createTempDirectory(dest, "jpackage-resources");
        try {
            writeResources(resources);
            run(List.of(jpackage().toString(), "--type", "deb", "--app-image", appImage.toString(),
                    "--name", DistCommand.NAME, "--app-version", ScaleModelsCommand.VERSION,
                    "--description", "Scale Models: Lamport logical clocks between real processes",
                    "--vendor", "Scale Models", "--linux-app-category", "science", "--linux-shortcut",
                    "--linux-menu-group", "Education", "--resource-dir", resources.toString(),
                    "--dest", dest.toString()), environment, dest);
        } finally {
            FileTrees.delete(resources);
        }
        try (Stream<Path> made = Files.list(dest)) {
            return made.filter(file -> file.getFileName().toString().endsWith(".deb")).findFirst()
                    .orElseThrow(() -> new IOException("jpackage made no .deb in " + dest));
        }
    }

    /** What jpackage takes from its resource folder instead of its own: the icon, the menu entry, two scripts. */
    private static void writeResources(Path resources) throws IOException {
        DistCommand.writeIcon(resources);
        // The menu entry's template: jpackage's own names the app "scale-models", as the package.
        Files.writeString(resources.resolve(DistCommand.NAME + ".desktop"), String.join("\n", "[Desktop Entry]",
                "Name=Scale Models", "Comment=APPLICATION_DESCRIPTION", "Exec=APPLICATION_LAUNCHER",
                "Icon=APPLICATION_ICON", "Terminal=false", "Type=Application", "Categories=DEPLOY_BUNDLE_CATEGORY",
                ""), StandardCharsets.UTF_8);
        // jpackage's own scripts fail the install where xdg-desktop-menu finds no menus (a server, a container),
        // leaving the package half-configured. These install the app there too, without its menu entry. jpackage
        // fills in its DESKTOP_COMMANDS_* lines (xdg-desktop-menu, xdg-icon-resource).
        Files.writeString(resources.resolve("postinst"), tolerantScript("configure", "DESKTOP_COMMANDS_INSTALL",
                "no menu entry for Scale Models (no desktop menus here); start /opt/scale-models/bin/scale-models"),
                StandardCharsets.UTF_8);
        Files.writeString(resources.resolve("prerm"), tolerantScript("remove|upgrade|deconfigure",
                "DESKTOP_COMMANDS_UNINSTALL", "no menu entry to remove"), StandardCharsets.UTF_8);
    }

    /** Runs jpackage to its end (ended by its id if it takes too long); its output is the message when it fails. */
    private static void run(List<String> command, Map<String, String> environment, Path dir) throws IOException {
        Path said = Files.createTempFile(dir, "jpackage", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(said.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            try {
                if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                    throw new IOException("jpackage did not finish the .deb within " + TIMEOUT_MINUTES + " minutes");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while jpackage made the .deb", e);
            } finally {
                // By id, with what it started (fakeroot, dpkg-deb); nothing when they have ended.
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
            if (process.exitValue() != 0) {
                throw new IOException("jpackage failed (exit " + process.exitValue() + "): "
                        + Files.readString(said, StandardCharsets.UTF_8).strip());
            }
        } finally {
            Files.deleteIfExists(said);
        }
    }
}
