package scalemodels.log;

import java.util.Locale;

/** The kinds of line a VM log holds; the lower-case name is the {@code event=} word. */
public enum EventType {
    START, INTERNAL, SEND, RECEIVE, STOP;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type for an {@code event=} word, or null when it is not one of ours. */
    public static EventType fromWord(String word) {
        for (EventType type : values()) {
            if (type.word().equals(word)) {
                return type;
            }
        }
        return null;
    }
}
