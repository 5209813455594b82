package scalemodels.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Tick rates chosen per VM ({@code --rates 1,3,6}) instead of drawn from the rate range, or none. A VM with a fixed
 * rate still makes its rate draw and ignores it, so every later draw (the action values) is the same as with the
 * rate drawn: the same seed and rates give the same run, and fixing the rates changes nothing else.
 */
public final class FixedRates {
    /** No rate fixed: each VM draws its own. */
    public static final FixedRates NONE = new FixedRates(new int[0]);

    private final int[] rates;

    private FixedRates(int[] rates) {
        this.rates = rates;
    }

    public static FixedRates of(int... rates) {
        return rates.length == 0 ? NONE : new FixedRates(rates.clone());
    }

    /**
     * "1,3,6" (spaces allowed), or blank for none.
     *
     * @throws IllegalArgumentException when it is not a comma-separated list of whole numbers in ASCII digits
     */
    public static FixedRates parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String[] parts = text.split(",", -1);
        int[] rates = new int[parts.length];
        for (int k = 0; k < parts.length; k++) {
            try {
                rates[k] = AsciiNumbers.parseInt(parts[k].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("\"" + text.strip() + "\" is not a list of whole numbers such as "
                        + "1,3,6 (one rate per VM)");
            }
        }
        return new FixedRates(rates);
    }

    public boolean none() {
        return rates.length == 0;
    }

    public int count() {
        return rates.length;
    }

    /** VM {@code vm}'s rate. */
    public int of(int vm) {
        return rates[vm];
    }

    /** The rate of each VM, or null where none is fixed. */
    public int[] toArray() {
        return rates.clone();
    }

    /** "1,3,6" (empty for none): as {@code --rates} takes it. */
    @Override
    public String toString() {
        return Arrays.stream(rates).mapToObj(Integer::toString).collect(Collectors.joining(","));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FixedRates other && Arrays.equals(rates, other.rates);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(rates);
    }
}
