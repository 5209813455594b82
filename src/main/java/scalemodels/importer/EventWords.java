package scalemodels.importer;

import java.util.Locale;
import java.util.regex.Pattern;

import scalemodels.event.EventType;

/**
 * The words real implementations of the exercise write for its three events, in any case, bracketed or not:
 * {@code RECEIVED}, {@code recv}, {@code R}; {@code SENT}, {@code send_both}, {@code multisend}, {@code S2},
 * {@code SB}; {@code INTERNAL}, {@code IE}, {@code I}. One place, so inference and its description agree.
 */
final class EventWords {
    private static final Pattern RECEIVE = Pattern.compile(
            "r|rcv|rcvd|recv|recvd|rec|receive|received|receives|receiving|receipt|(msg|message)_?(received|recv)"
                    + "|recv_\\w+|receive_\\w+");
    private static final Pattern SEND = Pattern.compile(
            "s|s\\d|sb|send|sent|sends|sending|send\\d|send_\\w+|sent_\\w+|multisend|multi_send|multicast"
                    + "|broadcast|bcast|(msg|message)_?(sent|send)");
    private static final Pattern INTERNAL = Pattern.compile(
            "i|ie|int|internal|internal_?\\w+|local|local_?event|event_internal");

    private EventWords() {
    }

    /** The event a word stands for, or null; surrounding brackets and punctuation are ignored. */
    static EventType classify(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("^[^a-z0-9]+|[^a-z0-9]+$", "").replace('-', '_');
        if (w.isEmpty()) {
            return null;
        }
        if (RECEIVE.matcher(w).matches()) {
            return EventType.RECEIVE;
        }
        if (SEND.matcher(w).matches()) {
            return EventType.SEND;
        }
        if (INTERNAL.matcher(w).matches()) {
            return EventType.INTERNAL;
        }
        return null;
    }

    /** Whether the word is a single letter (R, S, I): trusted only where it stands alone in its own column. */
    static boolean isLetter(String word) {
        return word.replaceAll("[^A-Za-z0-9]", "").length() == 1;
    }
}
