package scalemodels.ui.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

import org.tinylog.Logger;

/**
 * Remembers the settings panel between launches, as a small properties file (by default
 * {@code ~/.config/scale-models/settings.properties}; the system property {@code scalemodels.settings} moves it).
 * A missing or unreadable file means defaults, never a failed start.
 */
public final class SettingsStore {
    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public static SettingsStore standard() {
        String override = System.getProperty("scalemodels.settings");
        Path file = override != null ? Path.of(override)
                : Path.of(System.getProperty("user.home"), ".config", "scale-models", "settings.properties");
        return new SettingsStore(file);
    }

    public Properties load() {
        Properties props = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(in);
            } catch (IOException | IllegalArgumentException e) {
                Logger.warn("ignoring unreadable settings file {}: {}", file, e.getMessage());
                props.clear();
            }
        }
        return props;
    }

    public void save(Properties props) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                props.store(out, "Scale Models settings panel");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Logger.warn("could not save settings to {}: {}", file, e.getMessage());
        }
    }
}
