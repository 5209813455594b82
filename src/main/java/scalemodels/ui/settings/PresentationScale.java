package scalemodels.ui.settings;

import java.util.Properties;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

import scalemodels.model.RunSettings;

/**
 * Presentation mode: how many times larger the window draws its text, glyphs and lines, for a room (1: normal).
 * Ctrl+Plus and Ctrl+Minus step through {@link #STEPS}; remembered with the settings.
 */
public final class PresentationScale {
    public static final double[] STEPS = {1, 1.25, 1.5, 1.75, 2};
    static final String KEY = "presentation-scale";

    private final DoubleProperty scale = new SimpleDoubleProperty(1);

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
    }

    /** A missing or unreadable value (a hand-edited file) is the normal size; a value out of range is clamped. */
    void restore(Properties props) {
        try {
            double saved = Double.parseDouble(props.getProperty(KEY, "1").strip());
            scale.set(Math.max(STEPS[0], Math.min(STEPS[STEPS.length - 1], saved)));
        } catch (NumberFormatException e) {
            scale.set(1);
        }
    }
}
