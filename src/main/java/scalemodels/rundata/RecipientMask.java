package scalemodels.rundata;

/** A set of VM ids (0..30) as the bits of an int, as lanes store a send's recipients and its undelivered ones. */
public final class RecipientMask {
    /** Recipient mask of a send whose recipients the log does not name. */
    public static final int UNKNOWN = -1;

    private RecipientMask() {
    }

    /** The mask of these ids; ids outside 0..30 are left out. */
    static int of(int[] ids) {
        int mask = 0;
        for (int id : ids) {
            if (id >= 0 && id < 31) {
                mask |= 1 << id;
            }
        }
        return mask;
    }

    /** The VM ids in a mask, ascending (none for a negative, unknown mask). */
    public static int[] ids(int mask) {
        if (mask < 0) {
            return new int[0];
        }
        int[] out = new int[Integer.bitCount(mask)];
        for (int k = 0, n = 0; k < 31; k++) {
            if ((mask & (1 << k)) != 0) {
                out[n++] = k;
            }
        }
        return out;
    }

    /** The ids joined by {@code separator} ("1,2"); empty for an empty or unknown mask. */
    public static String text(int mask, char separator) {
        StringBuilder out = new StringBuilder();
        for (int id : ids(mask)) {
            out.append(out.length() == 0 ? "" : String.valueOf(separator)).append(id);
        }
        return out.toString();
    }
}
