package scalemodels.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Sixteen lane colours that stay apart for colour-blind viewers too, and readable on the timeline's background. */
class LaneColoursTest {
    /** Machado, Oliveira and Fernandes (2009), severity 1: protanopia, deuteranopia, tritanopia, in linear RGB. */
    private static final double[][][] SIMULATIONS = {
        {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
        {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}},
        {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}},
        {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}},
    };
    private static final String[] SEEN = {"normal vision", "protanopia", "deuteranopia", "tritanopia"};

    @Test
    void everyTwoLanesDifferByAtLeastNineDeltaEWhateverTheViewersColourVision() {
        assertEquals(16, LaneColours.count());
        for (int s = 0; s < SIMULATIONS.length; s++) {
            for (int a = 0; a < 16; a++) {
                for (int b = a + 1; b < 16; b++) {
                    double distance = deltaE(lab(seen(LaneColours.rgb(a), SIMULATIONS[s])),
                            lab(seen(LaneColours.rgb(b), SIMULATIONS[s])));
                    assertTrue(distance >= 9, "VM " + a + " and VM " + b + " are " + distance + " apart with "
                            + SEEN[s]);
                }
            }
        }
    }

    @Test
    void eachStandsOutFromTheBackgroundAndRepeatsOnlyAfterSixteen() {
        double background = luminance(linear(0xfbfbfd));
        for (int vm = 0; vm < 16; vm++) {
            double contrast = (background + 0.05) / (luminance(linear(LaneColours.rgb(vm))) + 0.05);
            assertTrue(contrast >= 3, "VM " + vm + " contrast " + contrast);
        }
        assertEquals(LaneColours.rgb(0), LaneColours.rgb(16));
        assertEquals("#0072b2", LaneColours.css(0));
    }

    private static double[] linear(int rgb) {
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = ((rgb >> (16 - 8 * i)) & 0xff) / 255.0;
            out[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return out;
    }

    private static double[] seen(int rgb, double[][] m) {
        double[] lin = linear(rgb);
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            out[i] = Math.max(0, Math.min(1, m[i][0] * lin[0] + m[i][1] * lin[1] + m[i][2] * lin[2]));
        }
        return out;
    }

    private static double luminance(double[] lin) {
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
    }

    /** CIELAB of a linear-RGB colour (D65). */
    private static double[] lab(double[] lin) {
        double x = (0.4124 * lin[0] + 0.3576 * lin[1] + 0.1805 * lin[2]) / 0.95047;
        double y = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
        double z = (0.0193 * lin[0] + 0.1192 * lin[1] + 0.9505 * lin[2]) / 1.08883;
        return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }

    private static double deltaE(double[] a, double[] b) {
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }
}
