package scalemodels.timeline;

/**
 * A colour with opacity, as the renderers use it, free of any toolkit: each {@link Painter} turns it into its own.
 *
 * @param argb alpha in the top byte, then red, green and blue
 */
public record Rgba(int argb) {
    /** A CSS hex colour ("#0072b2"), opaque. */
    public static Rgba web(String hex) {
        return web(hex, 1);
    }

    /** A CSS hex colour ("#0072b2") at {@code opacity} (0 to 1). */
    public static Rgba web(String hex, double opacity) {
        int rgb = Integer.parseInt(hex.startsWith("#") ? hex.substring(1) : hex, 16);
        return rgb(rgb, opacity);
    }

    /** 0xRRGGBB at {@code opacity} (0 to 1). */
    public static Rgba rgb(int rgb, double opacity) {
        int alpha = (int) Math.round(Math.max(0, Math.min(1, opacity)) * 255);
        return new Rgba(alpha << 24 | (rgb & 0xffffff));
    }

    /** The same colour, its opacity multiplied by {@code factor} (as JavaFX's {@code deriveColor} does). */
    public Rgba fade(double factor) {
        return rgb(argb & 0xffffff, opacity() * factor);
    }

    public int red() {
        return argb >>> 16 & 0xff;
    }

    public int green() {
        return argb >>> 8 & 0xff;
    }

    public int blue() {
        return argb & 0xff;
    }

    /** 0 (transparent) to 1 (opaque). */
    public double opacity() {
        return (argb >>> 24) / 255.0;
    }
}
