package scalemodels.report;

import java.awt.Color;

/**
 * The one colour of each VM, wherever a VM is drawn: the window's lanes and charts and the exported images. Plain
 * RGB here so that the JavaFX window and the AWT images read the same list.
 */
public final class LaneColours {
    private static final int[] RGB = {
        0x1f77b4, 0xd62728, 0x2ca02c, 0x9467bd, 0xff7f0e, 0x17becf, 0x8c564b, 0xe377c2,
        0x393b79, 0x637939, 0x8c6d31, 0x843c39, 0x7b4173, 0x3182bd, 0x31a354, 0x756bb1,
    };
    /** Internal events and other marks that belong to no VM. */
    public static final int NEUTRAL = 0x8a919e;

    private LaneColours() {
    }

    /** How many distinct colours there are before they repeat. */
    public static int count() {
        return RGB.length;
    }

    /** VM {@code vm}'s colour as 0xRRGGBB. */
    public static int rgb(int vm) {
        return RGB[Math.floorMod(vm, RGB.length)];
    }

    /** VM {@code vm}'s colour as CSS ("#1f77b4"). */
    public static String css(int vm) {
        return String.format("#%06x", rgb(vm));
    }

    static Color awt(int vm) {
        return new Color(rgb(vm));
    }
}
