package scalemodels.log;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.io.InputStreamReader;

/** Reads a VM log file written by {@link EventLogWriter}; blank lines are skipped, anything else must parse. */
public final class EventLogReader {

    private EventLogReader() {
    }

    /**
     * @throws LogParseException naming the file and line of the first line that is not a valid event
     * @throws IOException       when the file cannot be read
     */
    public static VmLog read(Path file) throws IOException, LogParseException {
        List<LogEvent> events = new ArrayList<>();
        int[] lines = new int[64];
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            int lineNumber = 0;
            String line;
            while ((line = readLine(in, file, lineNumber + 1)) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    events.add(LogLineFormat.parse(line));
                } catch (MalformedLineException e) {
                    throw new LogParseException(file, lineNumber, e.getMessage());
                }
                if (events.size() > lines.length) {
                    lines = Arrays.copyOf(lines, lines.length * 2);
                }
                lines[events.size() - 1] = lineNumber;
            }
        }
        return new VmLog(file, List.copyOf(events), Arrays.copyOf(lines, events.size()));
    }

    private static String readLine(BufferedReader in, Path file, int lineNumber) throws IOException, LogParseException {
        try {
            return in.readLine();
        } catch (CharacterCodingException e) {
            throw new LogParseException(file, lineNumber, "not UTF-8 text");
        }
    }
}
