package scalemodels.timeline;

/**
 * A font as the renderers ask for it: the system's sans-serif at a size in pixels, regular or bold.
 */
public record Typeface(double size, boolean bold) {
    public static Typeface regular(double size) {
        return new Typeface(size, false);
    }

    public static Typeface bold(double size) {
        return new Typeface(size, true);
    }
}
