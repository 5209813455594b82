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
 * Logs that write the clock with no label ("2023-03-08 01:02:41/7/Internal event", "12.5 - 7 - SEND"): the first
 * number standing alone between the time (or the line's start) and the event word is the clock when it stands in
 * nine in ten event lines, grows by exactly one from the line before on nine in ten internal events, falls almost
 * nowhere and jumps on some receive. A queue length or a VM id there does not grow so; a line or tick counter never
 * jumps.
 */
final class UnlabelledClock {
    /** A number standing alone: not part of a word, a name ("process_3"), a decimal, a date or a time of day. */
    private static final Pattern ALONE = Pattern.compile("(?<![A-Za-z0-9_.:=#-])(\\d{1,18})(?![A-Za-z0-9_.:-])");
    /** The clock's slot in an event pattern: the same number, as the named group. */
    static final String SLOT = "(?<![A-Za-z0-9_.:=#-])(?<clock>\\d{1,18})(?![A-Za-z0-9_.:-])";
    /** A label and its colon or equals sign right before a position: what follows is that label's value. */
    private static final Pattern LABEL_BEFORE = Pattern.compile("[A-Za-z][A-Za-z _-]*[:=]\\s*$");

    /**
     * Where the clock stands: its text per event line that has it, the line's index to where it starts, and its
     * mean distance from the event word (negative: before it).
     */
    record Found(List<String> values, Map<Integer, Integer> starts, double position) {
    }

    private UnlabelledClock() {
    }

    /** @param time the time's slot, matched to start after it; null when the lines have no time */
    static Optional<Found> find(List<SampleLine> events, Pattern time) {
        List<String> values = new ArrayList<>();
        Map<Integer, Integer> starts = new HashMap<>();
        double position = 0;
        int internals = 0;
        int byOne = 0;
        int receives = 0;
        int jumps = 0;
        int pairs = 0;
        int falls = 0;
        SampleLine previousLine = null;
        long previous = -1;
        for (int n = 0; n < events.size(); n++) {
            SampleLine line = events.get(n);
            if (previousLine == null || !previousLine.file().equals(line.file())) {
                previous = -1;
            }
            previousLine = line;
            long value = -1;
            Matcher m = ALONE.matcher(line.text()).region(after(time, line), line.wordAt()).useTransparentBounds(true);
            while (m.find()) {
                if (!LABEL_BEFORE.matcher(line.text().substring(0, m.start())).find()) {
                    value = Long.parseLong(m.group(1));
                    starts.put(n, m.start());
                    values.add(m.group(1));
                    position += m.start() - line.wordAt();
                    break;
                }
            }
            if (value >= 0 && previous >= 0) {
                pairs++;
                falls += value < previous ? 1 : 0;
                if (line.type() == EventType.INTERNAL) {
                    internals++;
                    byOne += value == previous + 1 ? 1 : 0;
                } else if (line.type() == EventType.RECEIVE) {
                    receives++;
                    jumps += value > previous + 1 ? 1 : 0;
                }
            }
            previous = value;
        }
        if (values.size() * 10 < events.size() * 9 || internals < 3 || byOne * 10 < internals * 9
                || falls * 20 > pairs || receives > 0 && jumps == 0) {
            return Optional.empty();
        }
        return Optional.of(new Found(values, starts, position / values.size()));
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
