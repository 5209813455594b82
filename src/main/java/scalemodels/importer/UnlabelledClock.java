package scalemodels.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import scalemodels.event.EventType;

/**
 * Logs that write the clock with no label ("2023-03-08 01:02:41/7/Internal event", "12.5 - 7 - SEND",
 * "[internal_event, 00:15:13, 18]"): the first number standing alone between the time (or the line's start) and the
 * event word, else the line's last number, is the clock when it stands in nine in ten event lines, grows from the
 * line before on nineteen in twenty internal events and by exactly one on most, falls almost nowhere and jumps on
 * some receive. A queue length or a VM id does not grow so; a line or tick counter never jumps.
 */
final class UnlabelledClock {
    /** A number standing alone: not part of a word, a name ("process_3"), a decimal, a date or a time of day. */
    private static final Pattern ALONE = Pattern.compile("(?<![A-Za-z0-9_.:=#-])(\\d{1,18})(?![A-Za-z0-9_.:-])");
    /** The clock's slot in an event pattern: the same number, as the named group. */
    private static final String SLOT = "(?<![A-Za-z0-9_.:=#-])(?<clock>\\d{1,18})(?![A-Za-z0-9_.:-])";
    /** A label and its colon or equals sign right before a position: what follows is that label's value. */
    private static final Pattern LABEL_BEFORE = Pattern.compile("[A-Za-z][A-Za-z _-]*[:=]\\s*$");

    /**
     * Where the clock stands: its text per event line that has it, the line's index to where it starts, its mean
     * distance from the event word (negative: before it), and where in the line it stands.
     */
    record Found(List<String> values, Map<Integer, Integer> starts, double position, Place place) {
    }

    private UnlabelledClock() {
    }

    /** Where in a line an unlabelled clock stands, and its slot in an event pattern. */
    enum Place {
        /** Between the time (or the line's start) and the event word: "2023-03-08 01:02:41/7/Internal event". */
        BEFORE_WORD(SLOT, "the number standing alone before the event word"),
        /** The line's last number, nothing but punctuation after it: "[internal_event, 00:15:13, 18]". */
        LAST(SLOT + "(?=[^0-9\\n]*$)", "the last number of the line");

        final String slot;
        /** Where the clock was found, in words. */
        final String said;

        Place(String slot, String said) {
            this.slot = slot;
            this.said = said;
        }
    }

    /** @param time the time's slot, matched to start after it; null when the lines have no time */
    static Optional<Found> find(List<SampleLine> events, Pattern time) {
        for (Place place : Place.values()) {
            Optional<Found> found = find(events, time, place);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> find(List<SampleLine> events, Pattern time, Place place) {
        List<String> values = new ArrayList<>();
        Map<Integer, Integer> starts = new HashMap<>();
        double position = 0;
        int internals = 0;
        int byOne = 0;
        int receives = 0;
        int jumps = 0;
        int pairs = 0;
        int falls = 0;
        int rises = 0;
        SampleLine previousLine = null;
        long previous = -1;
        for (int n = 0; n < events.size(); n++) {
            SampleLine line = events.get(n);
            if (previousLine == null || !previousLine.file().equals(line.file())) {
                previous = -1;
            }
            previousLine = line;
            long value = -1;
            Candidate c = at(place, time, line);
            if (c != null) {
                value = Long.parseLong(c.digits());
                starts.put(n, c.start());
                values.add(c.digits());
                position += c.start() - line.wordAt();
            }
            if (value >= 0 && previous >= 0) {
                pairs++;
                falls += value < previous ? 1 : 0;
                if (line.type() == EventType.INTERNAL) {
                    internals++;
                    byOne += value == previous + 1 ? 1 : 0;
                    rises += value > previous ? 1 : 0;
                } else if (line.type() == EventType.RECEIVE) {
                    receives++;
                    jumps += value > previous + 1 ? 1 : 0;
                }
            }
            previous = value;
        }
        // Real logs miss a line now and then (an internal event after an unlogged one shows +2): most, not all.
        if (values.size() * 10 < events.size() * 9 || internals < 3 || byOne * 2 < internals
                || rises * 20 < internals * 19 || falls * 20 > pairs || receives > 0 && jumps == 0) {
            return Optional.empty();
        }
        return Optional.of(new Found(values, starts, position / values.size(), place));
    }

    /** A number found where a clock may stand: where it starts in the line, and its digits. */
    private record Candidate(int start, String digits) {
    }

    /** The line's clock candidate at this place, or null. */
    private static Candidate at(Place place, Pattern time, SampleLine line) {
        String text = line.text();
        Matcher m = ALONE.matcher(text).useTransparentBounds(true);
        int from = place == Place.BEFORE_WORD ? after(time, line) : line.wordAt() + line.word().length();
        m.region(from, place == Place.BEFORE_WORD ? line.wordAt() : text.length());
        Candidate found = null;
        while (m.find()) {
            if (LABEL_BEFORE.matcher(text.substring(0, m.start())).find()) {
                continue;
            }
            found = new Candidate(m.start(), m.group(1));
            if (place == Place.BEFORE_WORD) {
                return found;
            }
        }
        // The last number counts only with nothing but punctuation after it, as its slot requires.
        return found == null || place == Place.BEFORE_WORD
                || text.substring(found.start() + found.digits().length()).chars().anyMatch(Character::isDigit)
                ? null : found;
    }

    /** Where the clock may start: after the line's time when that stands before the event word, else at 0. */
    private static int after(Pattern time, SampleLine line) {
        if (time != null) {
            Matcher t = time.matcher(line.text());
            if (t.find() && t.end() <= line.wordAt()) {
                return t.end();
            }
        }
        return 0;
    }
}
