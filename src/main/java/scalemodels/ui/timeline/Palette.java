package scalemodels.ui.timeline;

import javafx.scene.paint.Color;

/** Colours of the timeline; one per VM, distinct for up to 16 lanes and readable on the light background. */
final class Palette {
    static final Color BACKGROUND = Color.web("#fbfbfd");
    static final Color LANE_ALTERNATE = Color.web("#f1f3f8");
    static final Color AXIS = Color.web("#5f6570");
    static final Color GRID = Color.web("#e2e5ec");
    static final Color INTERNAL = Color.web("#8a919e");
    static final Color NOW = Color.web("#d7263d");
    static final Color QUEUE = Color.web("#f0a202", 0.55);
    static final Color SELECTION = Color.web("#111111");
    static final Color TEXT = Color.web("#2b2f36");
    static final Color PAUSED = Color.web("#f6c453", 0.28);
    static final Color PAUSE_MARK = Color.web("#c98a00");
    static final Color CRASHED = Color.web("#6b7280", 0.25);
    static final Color FAULT = Color.web("#e8590c");

    private static final Color[] LANES = {
        Color.web("#1f77b4"), Color.web("#d62728"), Color.web("#2ca02c"), Color.web("#9467bd"),
        Color.web("#ff7f0e"), Color.web("#17becf"), Color.web("#8c564b"), Color.web("#e377c2"),
        Color.web("#393b79"), Color.web("#637939"), Color.web("#8c6d31"), Color.web("#843c39"),
        Color.web("#7b4173"), Color.web("#3182bd"), Color.web("#31a354"), Color.web("#756bb1"),
    };

    private Palette() {
    }

    static Color lane(int vm) {
        return LANES[Math.floorMod(vm, LANES.length)];
    }

    /** The lane colour as CSS, for the lane header swatch. */
    static String laneCss(int vm) {
        Color c = lane(vm);
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
