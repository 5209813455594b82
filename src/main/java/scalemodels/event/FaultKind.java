package scalemodels.event;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The channel faults that can be injected, defined once: the word each is written as in a log's {@code fault=} key
 * and on the control connection, and the switch expressions over it in the VM, the supervisor and the window, which
 * the compiler checks are complete.
 */
public enum FaultKind {
    /** Every message on the channel is dropped (logged on its send line as {@code dropped=}). */
    DROP,
    /** Every message is held back for a delay, never overtaking an earlier one. */
    DELAY,
    /** The channel's fault ends. */
    CLEAR;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @throws IllegalArgumentException naming the words there are
     */
    public static FaultKind fromWord(String word) {
        for (FaultKind kind : values()) {
            if (kind.word().equals(word)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("fault '" + word + "' is none of "
                + Arrays.stream(values()).map(FaultKind::word).collect(Collectors.joining(", ")));
    }
}
