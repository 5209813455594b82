package scalemodels.importer;

import java.util.Locale;
import java.util.Set;

/**
 * What logs write where a field has no value on that line: "N/A" in the queue column of a send, "None" for the
 * sender of an internal event, an empty cell. Such a field is read as absent, as if the line did not have it, so
 * that the event is still read (before, each such line was unreadable: a CSV whose sends and internal events said
 * "N/A" for the queue lost all of them, and the receives left seemed to skip ticks).
 */
final class NoValue {
    private static final Set<String> WORDS = Set.of("", "n/a", "na", "none", "null", "nil", "nan", "-", "--", "\u2014",
            "?");

    private NoValue() {
    }

    /** Whether this field's text says that there is no value. */
    static boolean says(String text) {
        return WORDS.contains(text.strip().toLowerCase(Locale.ROOT));
    }
}
