package scalemodels.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The formats shipped with Scale Models, and resolving a --format argument (a preset name or a file). */
public final class LogFormats {
    /** Preset names, tried in this order when a folder's format is not given. */
    public static final List<String> PRESETS = List.of("scale-models", "sukikrishna", "shiviz");

    private LogFormats() {
    }

    public static LogFormat preset(String name) {
        String resource = "/scalemodels/formats/" + name + ".properties";
        try (InputStream in = LogFormats.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no preset format '" + name + "' (presets: "
                        + String.join(", ", PRESETS) + ")");
            }
            return LogFormat.load(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A preset by name, or a format definition file by path. */
    public static LogFormat resolve(String nameOrFile) throws IOException {
        if (PRESETS.contains(nameOrFile)) {
            return preset(nameOrFile);
        }
        Path file = Path.of(nameOrFile);
        if (!Files.isRegularFile(file)) {
            throw new IOException("'" + nameOrFile + "' is neither a preset (" + String.join(", ", PRESETS)
                    + ") nor a format file");
        }
        return LogFormat.load(file);
    }
}
