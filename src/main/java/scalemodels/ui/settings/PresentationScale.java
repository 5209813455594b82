package scalemodels.ui.settings;

import java.util.Properties;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

import scalemodels.model.RunSettings;

/**
 * How the window looks in a room: presentation mode, how many times larger it draws its text, glyphs and lines (1:
 * normal; Ctrl+Plus and Ctrl+Minus step through {@link #STEPS}), and the dark theme (Ctrl+Shift+D). Remembered with
 * the settings.
 */
public final class PresentationScale {
    public static final double[] STEPS = {1, 1.25, 1.5, 1.75, 2};
    static final String KEY = "presentation-scale";
    static final String THEME_KEY = "theme";

    private final DoubleProperty scale = new SimpleDoubleProperty(1);
    private final BooleanProperty dark = new SimpleBooleanProperty(false);

    public BooleanProperty darkProperty() {
        return dark;
    }

    /** Ctrl+Shift+D: the dark theme, or back to the light one. */
    public void toggleDark() {
        dark.set(!dark.get());
    }

    public DoubleProperty property() {
        return scale;
    }

    /** The next larger step (stays at the largest). */
    public void larger() {
        step(1);
    }

    /** The next smaller step (stays at 1). */
    public void smaller() {
        step(-1);
    }

    private void step(int by) {
        int at = 0;
        for (int k = 0; k < STEPS.length; k++) {
            if (STEPS[k] <= scale.get() + 1e-9) {
                at = k;
            }
        }
        scale.set(STEPS[Math.max(0, Math.min(STEPS.length - 1, at + by))]);
    }

    void store(Properties props) {
        props.setProperty(KEY, RunSettings.plain(scale.get()));
        props.setProperty(THEME_KEY, dark.get() ? "dark" : "light");
    }

    /** A missing or unreadable value (a hand-edited file) is the normal size; a value out of range is clamped. */
    void restore(Properties props) {
        dark.set("dark".equals(props.getProperty(THEME_KEY, "light").strip()));
        try {
            double saved = Double.parseDouble(props.getProperty(KEY, "1").strip());
            scale.set(Math.max(STEPS[0], Math.min(STEPS[STEPS.length - 1], saved)));
        } catch (NumberFormatException e) {
            scale.set(1);
        }
    }
}
