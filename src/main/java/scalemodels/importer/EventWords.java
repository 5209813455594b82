package scalemodels.importer;

import java.util.List;
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
                    + "|pop|popped|dequeue|dequeued"
                    + "|recv_\\w+|receive_\\w+|(rec|rcv|rcvd|recvd|received)_(from|msg|message|event)");
    private static final Pattern SEND = Pattern.compile(
            "s|s\\d|sb|send|sent|sends|sending|send\\d|send_\\w+|sent_\\w+|(send|sent)(both|all|to\\w*)|multisend"
                    + "|multi_send|multicast"
                    + "|broadcast|bcast|(msg|message)_?(sent|send)");
    private static final Pattern INTERNAL = Pattern.compile(
            "i|ie|int|internal|internal_?\\w+|local|local_?event|event_internal");

    /** Send words that say the message went to every other VM ("Broadcast", "SB", "send_all", "multicast"). */
    private static final Pattern BROADCAST = Pattern.compile(
            "sb|bcast|broadcast\\w*|multicast\\w*|multi_?send|(send|sent|sends)_?(to_?)?(all|both|everyone|peers)\\w*");
    /** Where a camel-case word's next part begins: a capital after a small letter. */
    private static final Pattern CAMEL_HUMP = Pattern.compile("(?<=[a-z])(?=[A-Z])");

    private EventWords() {
    }

    /**
     * The event a word stands for, or null; surrounding brackets and punctuation are ignored. A camel-case word that
     * is none as written reads as its parts joined by underscores ("RecFrom" as rec_from, "SendTo" as send_to), so
     * that "multiCast" still reads as written.
     */
    static EventType classify(String word) {
        for (String w : readings(word)) {
            if (RECEIVE.matcher(w).matches()) {
                return EventType.RECEIVE;
            }
            if (SEND.matcher(w).matches()) {
                return EventType.SEND;
            }
            if (INTERNAL.matcher(w).matches()) {
                return EventType.INTERNAL;
            }
        }
        return null;
    }

    /** Whether a send's word says it went to every other VM (read as {@link #classify} reads it). */
    static boolean isBroadcast(String word) {
        return word != null && readings(word).stream().anyMatch(w -> BROADCAST.matcher(w).matches());
    }

    /** The word in small letters without surrounding punctuation, as written and (if camel case) split at its humps. */
    private static List<String> readings(String word) {
        String asWritten = normalised(word);
        String split = normalised(CAMEL_HUMP.matcher(word).replaceAll("_"));
        if (asWritten.isEmpty()) {
            return List.of();
        }
        return split.equals(asWritten) ? List.of(asWritten) : List.of(asWritten, split);
    }

    private static String normalised(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("^[^a-z0-9]+|[^a-z0-9]+$", "").replace('-', '_');
    }

    /** Whether the word is a single letter (R, S, I): trusted only where it stands alone in its own column. */
    static boolean isLetter(String word) {
        return word.replaceAll("[^A-Za-z0-9]", "").length() == 1;
    }
}
