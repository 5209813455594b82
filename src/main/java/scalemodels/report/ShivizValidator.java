package scalemodels.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Checks a {@code shiviz.log} against what ShiViz needs: the regex on the first line (without {@code \(}), a blank
 * second line, LF only, no trailing spaces, pairs of description and {@code host {json}} lines, each host's own entry
 * counting 1, 2, 3 without gaps, and no entry naming more events of a host than that host has logged so far.
 */
public final class ShivizValidator {
    private static final Pattern HOST_LINE = Pattern.compile("(\\S+) (\\{.*\\})");

    private ShivizValidator() {
    }

    /** Every problem found, each "line N: reason"; empty for a valid file. */
    public static List<String> validate(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        if (text.contains("\r")) {
            problems.add("line 1: carriage returns found; ShiViz logs use LF only");
        }
        String[] lines = text.split("\n", -1);
        if (lines.length < 2 || !lines[0].contains("(?<host>") || !lines[0].contains("(?<clock>")) {
            problems.add("line 1: the first line must be the parsing regex with host and clock groups");
            return problems;
        }
        if (lines[0].contains("\\(")) {
            problems.add("line 1: the regex must not contain \\(");
        }
        if (!lines[1].isEmpty()) {
            problems.add("line 2: must be blank");
        }
        Map<String, Long> counts = new HashMap<>();
        int last = lines.length - 1;
        if (!lines[last].isEmpty()) {
            problems.add("line " + lines.length + ": the file must end with a line break");
        } else {
            last--;
        }
        if ((last - 1) % 2 != 0) {
            problems.add("the events do not come in pairs of description and clock lines");
        }
        for (int i = 2; i <= last; i++) {
            if (lines[i].endsWith(" ") || lines[i].endsWith("\t")) {
                problems.add("line " + (i + 1) + ": trailing white space");
            }
            if ((i - 2) % 2 == 1) {
                checkClockLine(lines[i], i + 1, counts, problems);
            } else if (lines[i].isEmpty()) {
                problems.add("line " + (i + 1) + ": empty description");
            }
            if (problems.size() > 50) {
                break;
            }
        }
        return problems;
    }

    private static void checkClockLine(String line, int number, Map<String, Long> counts, List<String> problems) {
        Matcher m = HOST_LINE.matcher(line);
        if (!m.matches()) {
            problems.add("line " + number + ": not 'host {json}'");
            return;
        }
        String host = m.group(1);
        JsonObject clock;
        try {
            clock = JsonParser.parseString(m.group(2)).getAsJsonObject();
        } catch (RuntimeException e) {
            problems.add("line " + number + ": the clock is not a JSON object");
            return;
        }
        long expected = counts.getOrDefault(host, 0L) + 1;
        JsonElement own = clock.get(host);
        if (own == null || own.getAsLong() != expected) {
            problems.add("line " + number + ": host " + host + "'s own entry must be " + expected + ", not " + own);
        }
        counts.put(host, expected);
        for (Map.Entry<String, JsonElement> entry : clock.entrySet()) {
            if (!entry.getKey().equals(host) && entry.getValue().getAsLong() > counts.getOrDefault(entry.getKey(), 0L)) {
                problems.add("line " + number + ": entry " + entry.getKey() + "=" + entry.getValue()
                        + " names an event that host has not logged yet");
            }
        }
    }
}
