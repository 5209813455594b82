package scalemodels.ui.timeline;

import javafx.scene.paint.Color;

import scalemodels.report.LaneColours;

/**
 * Colours of the timeline; one per VM, distinct for up to 16 lanes and readable on the light and the dark background.
 * The theme's colours (background, bands, axis, grid, text, selection, veil) come from the style sheet's looked-up
 * colours through {@link CanvasColours}; these are the light theme's, until the style sheet is read.
 */
final class Palette {
    static Color BACKGROUND = Color.web("#fbfbfd");
    static Color LANE_ALTERNATE = Color.web("#f1f3f8");
    static Color AXIS = Color.web("#5f6570");
    static Color GRID = Color.web("#e2e5ec");
    static final Color INTERNAL = Color.web(String.format("#%06x", LaneColours.NEUTRAL));
    static final Color NOW = Color.web("#d7263d");
    static final Color QUEUE = Color.web("#f0a202", 0.55);
    static Color SELECTION = Color.web("#111111");
    static Color TEXT = Color.web("#2b2f36");
    static final Color PAUSED = Color.web("#f6c453", 0.28);
    static final Color PAUSE_MARK = Color.web("#c98a00");
    static final Color CRASHED = Color.web("#6b7280", 0.25);
    static final Color FAULT = Color.web("#e8590c");
    /** The causal cone (ConeLayer): what fades, the past (blue), the future (vermilion), the concurrent (purple). */
    static Color VEIL = Color.web("#fbfbfd", 0.72);
    static final Color PAST = Color.web("#0b5fa5");
    static final Color PAST_BAND = Color.web("#3b8fd9", 0.22);
    static final Color FUTURE = Color.web("#c4420a");
    static final Color FUTURE_BAND = Color.web("#f07a3a", 0.22);
    static final Color CONCURRENT = Color.web("#7b3fa0");
    /** A consistent cut (an inconsistent one is drawn in NOW's red). */
    static final Color CUT = Color.web("#1b7f3b");

    /** One colour per VM, the same list the charts and exported images use. */
    private static final Color[] LANES = java.util.stream.IntStream.range(0, LaneColours.count())
            .mapToObj(vm -> Color.web(LaneColours.css(vm))).toArray(Color[]::new);

    private Palette() {
    }

    /** The theme's colours in the order the style sheet lists them (see {@link CanvasColours}). */
    static void applyTheme(java.util.List<Color> theme) {
        if (theme.size() >= 7) {
            BACKGROUND = theme.get(0);
            LANE_ALTERNATE = theme.get(1);
            AXIS = theme.get(2);
            GRID = theme.get(3);
            TEXT = theme.get(4);
            SELECTION = theme.get(5);
            VEIL = theme.get(6);
        }
    }

    static Color lane(int vm) {
        return LANES[Math.floorMod(vm, LANES.length)];
    }

    /** The lane colour as CSS, for the lane header swatch. */
    static String laneCss(int vm) {
        return LaneColours.css(vm);
    }
}
