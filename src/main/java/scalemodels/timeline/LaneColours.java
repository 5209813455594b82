package scalemodels.timeline;

import java.awt.Color;

/**
 * The one colour of each VM, wherever a VM is drawn: the window's lanes and charts and the exported images. Plain
 * RGB here so that the JavaFX window and the AWT images read the same list.
 */
public final class LaneColours {
    /**
     * Okabe and Ito's blue, vermillion and bluish green first (the common 2 to 3 VMs), then colours chosen one by one
     * to be as far as possible from those before them in CIELAB, as seen with normal vision and simulated protanopia,
     * deuteranopia and tritanopia (Machado et al. 2009), none grey (internal events are grey) and each at least 3:1
     * against the timeline's background. Every two of the 16 are at least 9 Delta E apart in all four
     * ({@code LaneColoursTest}); the earlier Tableau-like list had pairs 1.6 apart for colour-blind viewers.
     */
    private static final int[] RGB = {
        0x0072b2, 0xd55e00, 0x009e73, 0x7715d8, 0x882d17, 0x332288, 0x7f3f6f, 0xa960f2,
        0x7f7f3f, 0x4f3f7f, 0x843c39, 0xcc3dcc, 0x875692, 0x54990f, 0x3f7f4f, 0x882255,
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

    public static Color awt(int vm) {
        return new Color(rgb(vm));
    }
}
