package scalemodels.timeline;



/**
 * Colours of the timeline; one per VM, distinct for up to 16 lanes and readable on the light and the dark background.
 * The theme's colours (background, bands, axis, grid, text, selection, veil) come from the style sheet's looked-up
 * colours (the window's {@code CanvasColours}); these are the light theme's, until the style sheet is read, and
 * what an exported picture uses.
 */
public final class Palette {
    static Rgba BACKGROUND = Rgba.web("#fbfbfd");
    static Rgba LANE_ALTERNATE = Rgba.web("#f1f3f8");
    static Rgba AXIS = Rgba.web("#5f6570");
    static Rgba GRID = Rgba.web("#e2e5ec");
    static final Rgba INTERNAL = Rgba.web(String.format("#%06x", LaneColours.NEUTRAL));
    static final Rgba NOW = Rgba.web("#d7263d");
    static final Rgba QUEUE = Rgba.web("#f0a202", 0.55);
    static Rgba SELECTION = Rgba.web("#111111");
    static Rgba TEXT = Rgba.web("#2b2f36");
    static final Rgba PAUSED = Rgba.web("#f6c453", 0.28);
    static final Rgba PAUSE_MARK = Rgba.web("#c98a00");
    static final Rgba CRASHED = Rgba.web("#6b7280", 0.25);
    static final Rgba FAULT = Rgba.web("#e8590c");
    /** The causal cone (ConeLayer): what fades, the past (blue), the future (vermilion), the concurrent (purple). */
    static Rgba VEIL = Rgba.web("#fbfbfd", 0.72);
    static final Rgba PAST = Rgba.web("#0b5fa5");
    static final Rgba PAST_BAND = Rgba.web("#3b8fd9", 0.22);
    static final Rgba FUTURE = Rgba.web("#c4420a");
    static final Rgba FUTURE_BAND = Rgba.web("#f07a3a", 0.22);
    static final Rgba CONCURRENT = Rgba.web("#7b3fa0");
    /** A consistent cut (an inconsistent one is drawn in NOW's red). */
    static final Rgba CUT = Rgba.web("#1b7f3b");

    /** One colour per VM, the same list the charts and exported images use. */
    private static final Rgba[] LANES = java.util.stream.IntStream.range(0, LaneColours.count())
            .mapToObj(vm -> Rgba.web(LaneColours.css(vm))).toArray(Rgba[]::new);

    private Palette() {
    }

    /**
     * The theme's colours in the order the style sheet lists them: background, alternate lane, axis, grid, text,
     * selection, veil.
     */
    public static void applyTheme(java.util.List<Rgba> theme) {
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

    public static Rgba lane(int vm) {
        return LANES[Math.floorMod(vm, LANES.length)];
    }
}
