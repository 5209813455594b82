package scalemodels.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import scalemodels.event.EventType;

/**
 * Works out how another implementation's logs are written when no preset fits, from the first lines of each file:
 * which words mean receive, send and internal ({@link EventWords}), whether lines are a table (CSV, tabs,
 * semicolons, with or without a header) or labelled text ({@link FieldLabels}), where the clock, queue, times, peers
 * and carried timestamps are, how times are written ({@link TimeShapes}), and what the file names say
 * ({@link FileIds}). The result is an ordinary {@link LogFormat}, so it can be saved, corrected and given back with
 * {@code --format}; its description says in words what was inferred.
 */
public final class FormatInference {
    /** Lines read from the head of each file to infer from, and from its tail when it is longer. */
    static final int SAMPLE_LINES = 400;
    static final int TAIL_LINES = 200;
    private static final int SAMPLE_BYTES = 256 * 1024;
    private static final int TAIL_BYTES = 64 * 1024;
    private static final Pattern NOT_LOGS = Pattern.compile(
            "(?i).*(\\.(properties|json|md|zip|png|jpe?g|gif|svg|gz|py|java|class|jar|html?|js|sh|c|h|go|rs|pdf|xml)"
                    + "|\\.diag\\.log|\\.console\\.txt|^license.*|^readme.*|^\\..*)$");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final String BOUND_BEFORE = FieldLabels.BOUND_BEFORE;
    private static final String BOUND_AFTER = FieldLabels.BOUND_AFTER;

    /** An inferred format, what it was inferred from, and whether a person should look at it. */
    public record Inferred(LogFormat format, List<Path> files, String summary, List<String> doubts,
                           List<String> skipped) {
        public boolean unsure() {
            return !doubts.isEmpty();
        }
    }

    private final List<Path> files;
    private final List<SampleLine> events = new ArrayList<>();
    private final List<String> others = new ArrayList<>();
    /** Each file's sampled lines, in order (a table's rows of words the vocabulary lacks are looked at again). */
    private final List<List<String>> sampled = new ArrayList<>();
    private final Map<EventType, Set<String>> words = new EnumMap<>(EventType.class);
    private final List<String> said = new ArrayList<>();
    /** Whether a file writes each event over several lines (read in {@link LogFormat.Mode#BLOCK}). */
    private boolean blocks;
    private final List<String> doubts = new ArrayList<>();

    private FormatInference(List<Path> files) {
        this.files = new ArrayList<>(files);
    }

    /**
     * @throws IOException when there is no text with events of the exercise to infer from
     */
    public static Inferred infer(Path path) throws IOException {
        List<Path> files = candidates(path);
        if (files.isEmpty()) {
            throw new IOException("no log files in " + path + " to infer a format from");
        }
        FormatInference inference = new FormatInference(files);
        List<String> unreadable = new ArrayList<>();
        for (Path file : files) {
            try {
                inference.sample(file);
            } catch (IOException e) {
                unreadable.add(file.getFileName() + ": cannot be read (" + e.getMessage() + ")");
            }
        }
        if (inference.events.isEmpty()) {
            throw new IOException("no line of " + path + " names a receive, send or internal event in words this "
                    + "project knows (RECEIVED, recv, R, SENT, send_both, S2, INTERNAL, IE, ...); give a format "
                    + "with --format");
        }
        // Only files that name events decide the format (a damaged or foreign file beside them is reported instead).
        List<String> skipped = new ArrayList<>(unreadable);
        List<Path> logs = new ArrayList<>();
        for (Path file : files) {
            if (inference.events.stream().anyMatch(e -> e.file().equals(file))) {
                logs.add(file);
            } else if (unreadable.stream().noneMatch(u -> u.startsWith(file.getFileName() + ":"))) {
                skipped.add(file.getFileName() + ": no event of the exercise in its first lines; not read");
            }
        }
        inference.files.retainAll(logs);
        Properties p = inference.properties();
        LogFormat format = LogFormat.of(p, "inferred");
        return new Inferred(format, logs, String.join("; ", inference.said), List.copyOf(inference.doubts),
                List.copyOf(skipped));
    }

    /** The files of a folder that may be logs (not manifests, diagnostics, sources, pictures), or the one file. */
    static List<Path> candidates(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(path)) {
            return list.filter(Files::isRegularFile)
                    .filter(p -> !NOT_LOGS.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
    }

    private void sample(Path file) throws IOException {
        long size = Files.size(file);
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SAMPLE_BYTES);
        }
        Charset charset = LogText.charsetOf(head);
        List<String> lines = lines(head, LogText.markLength(head), charset, false, head.length < size);
        lines = lines.subList(0, Math.min(lines.size(), SAMPLE_LINES));
        if (head.length < size || lines.size() == SAMPLE_LINES) {
            // The tail too: a kind of event may first appear late (a VM that only sends at first receives later).
            lines = new ArrayList<>(lines);
            List<String> tail = tail(file, size, charset);
            lines.addAll(tail.subList(Math.max(0, tail.size() - TAIL_LINES), tail.size()));
        }
        if (LineLayout.inBlocks(lines, FormatInference::namesEvent)) {
            lines = Blocks.join(lines, FormatInference::namesEvent, line -> false).stream()
                    .map(Blocks.Numbered::text).toList();
            blocks = true;
        }
        boolean first = true;
        sampled.add(lines.stream().filter(line -> !line.isBlank()).toList());
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            // A table's header may hold an event word ("received,global time,len of queue,logical clock time").
            SampleLine event = first && LineLayout.isHeader(line) || LineLayout.isLegend(line) ? null
                    : classify(file, line);
            first = false;
            if (event == null) {
                others.add(line);
            } else {
                events.add(event);
                words.computeIfAbsent(event.type(), t -> new LinkedHashSet<>()).add(event.word());
            }
        }
    }

    /** The whole lines of the file's last bytes (a line cut by where reading starts is left out). */
    private static List<String> tail(Path file, long size, Charset charset) throws IOException {
        long from = Math.max(0, size - TAIL_BYTES);
        if (charset != StandardCharsets.UTF_8) {
            from -= from % 2; // UTF-16: start on a character (the mark's two bytes keep them even)
        }
        byte[] bytes;
        try (var channel = java.nio.channels.FileChannel.open(file)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate((int) (size - from));
            while (buffer.hasRemaining() && channel.read(buffer, from + buffer.position()) > 0) {
                // read until the end as it was when measured
            }
            bytes = java.util.Arrays.copyOf(buffer.array(), buffer.position());
        }
        return lines(bytes, 0, charset, from > 0, false);
    }

    /** Lines of a chunk of text, without a first line cut at the chunk's start or a last one cut at its end. */
    private static List<String> lines(byte[] bytes, int from, Charset charset, boolean cutFirst,
                                      boolean cutLast) {
        List<String> lines = new ArrayList<>(List.of(LogText.lenient(bytes, from, charset).split("\r?\n", -1)));
        if (cutFirst && !lines.isEmpty()) {
            lines.remove(0);
        }
        if (cutLast && !lines.isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** Whether the line names an event in words this project knows. */
    private static boolean namesEvent(String line) {
        return !line.isBlank() && classify(null, line) != null;
    }

    /** The line's event word: the first word of the vocabulary; a single letter only as the line's first word. */
    private static SampleLine classify(Path file, String line) {
        Matcher m = WORD.matcher(line);
        boolean first = true;
        while (m.find()) {
            String word = m.group();
            EventType type = EventWords.classify(word);
            if (type != null && (!EventWords.isLetter(word) || first)) {
                return new SampleLine(file, line, type, word, m.start());
            }
            first = false;
        }
        return null;
    }

    private Properties properties() {
        Properties p = new Properties();
        p.setProperty("name", "inferred");
        FileIds ids = FileIds.of(files);
        p.setProperty("files", ids.regex());
        p.setProperty("mode", blocks ? "block" : "line");
        if (blocks) {
            said.add("events written over several lines (an event's line and the lines after it, up to a blank line or "
                    + "the next event, read as one)");
        }
        p.setProperty("msg.on.send", "ignore");
        // The fields first, then the words: a table's rows of a word the vocabulary lacks may join the internal events.
        Table table = Table.detect(events, others);
        List<String> read = new ArrayList<>();
        Map<String, String> fields = table != null ? table.fields(p, read, ids::namesVm)
                : new LabelledText(events, files.size(), ids.hosts()).fields(p, alternation(), ids.settleVms(), read);
        if (table != null) {
            for (String word : table.clockAdvancingWords(sampled)) {
                words.computeIfAbsent(EventType.INTERNAL, t -> new LinkedHashSet<>()).add(word);
                read.add("'" + word + "' rows read as internal events: no event of the exercise has that word, and "
                        + "their clock is one more than the row's before");
            }
        }
        String alternation = alternation();
        // A key's lines are passed over in line mode only: in blocks, "To: B" may be a field of the event above.
        p.setProperty("skip", "(?i)^(?!.*" + BOUND_BEFORE + "(?:" + alternation + ")" + BOUND_AFTER + ").*$"
                + (blocks ? "" : "|" + LineLayout.LEGEND) + (table == null ? "" : table.headerSkip()));
        for (EventType type : List.of(EventType.RECEIVE, EventType.SEND, EventType.INTERNAL)) {
            Set<String> ws = words.getOrDefault(type, Set.of());
            // The whole event group must match: punctuation around the word (a quoted or bracketed cell) is allowed.
            p.setProperty("type." + type.word(), ws.isEmpty() ? "(?!)"
                    : "(?i)[^A-Za-z0-9]*(?:" + quoteAll(ws) + ")[^A-Za-z0-9]*");
            said.add(type.word() + " = lines with " + (ws.isEmpty() ? "(none found)"
                    : ws.stream().map(w -> "'" + w + "'").collect(Collectors.joining(" or "))));
            if (ws.isEmpty()) {
                doubts.add("no " + type.word() + " lines were recognised");
            }
        }
        said.addAll(read);
        if (!fields.containsKey("clock")) {
            doubts.add("no Lamport clock was found");
        }
        rate(p, alternation, ids);
        said.add("VM id = " + (fields.containsKey("vm") ? fields.get("vm")
                : ids.describe()));
        p.setProperty("description", "inferred from " + files.size() + " file" + (files.size() == 1 ? "" : "s")
                + ": " + String.join("; ", said));
        return p;
    }

    /** The event words found, longest first so that "sent_both" is tried before "sent". */
    private String alternation() {
        Set<String> all = new LinkedHashSet<>();
        words.values().forEach(all::addAll);
        return quoteAll(all);
    }

    private static String quoteAll(Set<String> ws) {
        return ws.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(FormatInference::literal).collect(Collectors.joining("|"));
    }

    /** A word as a regex that reads like the word: only its metacharacters escaped (no \\Q...\\E). */
    static String literal(String word) {
        return word.replaceAll("([\\\\^$.|?*+()\\[\\]{}])", "\\\\$1");
    }

    /** A header line naming the VM's rate, or the rate in the file name. */
    private void rate(Properties p, String alternation, FileIds ids) {
        // A header line may also say it as "Ticks: 5" (on event lines "ticks" would be a tick count).
        String labels = FieldLabels.LABELS.get("rate") + "|ticks";
        Pattern header = Pattern.compile("(?i)" + BOUND_BEFORE + "(?:" + labels + ")" + BOUND_AFTER
                + "\\D{0,20}?(\\d+)");
        if (others.stream().anyMatch(l -> header.matcher(l).find())) {
            p.setProperty("rate", "(?i)^(?!.*" + BOUND_BEFORE + "(?:" + alternation + ")" + BOUND_AFTER + ").*?"
                    + BOUND_BEFORE + "(?:" + labels + ")" + BOUND_AFTER + "\\D{0,20}?(?<rate>\\d+).*$");
            said.add("rate = a header line");
        } else if (ids.rateInName()) {
            said.add("rate = the number in the file name");
        }
    }
}
