package scalemodels.importer;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import scalemodels.event.EventType;

/**
 * Reads other implementations' logs through a {@link LogFormat} into a run model. Lines that do not fit are reported
 * with file and line and skipped; everything else is imported. Oversized inputs are refused before they are read.
 */
public final class LogImporter {
    /** Larger files are refused: a log of this exercise is kilobytes to a few hundred megabytes. */
    public static final long MAX_FILE_BYTES = 512L * 1024 * 1024;
    /** Longer lines are reported and skipped without running the pattern on them. */
    public static final int MAX_LINE_CHARS = 64 * 1024;
    /** Problems listed one by one; beyond this only their number is reported. */
    static final int MAX_PROBLEMS_LISTED = 50;

    private final LogFormat format;
    private final List<RawEvent> events = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final HostIds hosts = new HostIds();
    private final Map<Integer, Integer> rates = new LinkedHashMap<>();
    private int problemCount;
    private long order;

    private final int execution;
    private final List<String> notes = new ArrayList<>();
    /** How many executions (or runs, by file name) the logs hold, of which {@link #execution} is read. */
    private int executions = 1;

    private LogImporter(LogFormat format, int execution) {
        this.format = format;
        this.execution = execution;
    }

    /** Imports one file, or every file of a folder that the format's {@code files} pattern matches. */
    public static ImportResult importPath(Path path, LogFormat format) throws IOException {
        return importPath(path, format, 1);
    }

    /**
     * @param execution which execution to read (1-based) of files that hold several between delimiter lines
     */
    public static ImportResult importPath(Path path, LogFormat format, int execution) throws IOException {
        LogImporter importer = new LogImporter(format, execution);
        List<Path> files = importer.filesOf(path);
        for (Path file : files) {
            importer.readFile(file);
        }
        if (importer.events.isEmpty()) {
            throw new IOException("no events found in " + path + " with format " + format.name()
                    + (importer.problems.isEmpty() ? "" : " (first problem: " + importer.problems.get(0) + ")"));
        }
        ImportResult result = new ModelBuilder(importer.events, importer.hosts::id,
                importer.hosts::known, importer.rates, importer::problem).build(format);
        if (result.model().isEmpty()) {
            throw new IOException("no usable events found in " + path + " with format " + format.name()
                    + " (first problem: " + importer.problems.get(0) + ")");
        }
        if (importer.problemCount > MAX_PROBLEMS_LISTED) {
            importer.problems.add("... and " + (importer.problemCount - MAX_PROBLEMS_LISTED) + " more");
        }
        List<String> notes = new ArrayList<>(importer.notes);
        importer.hosts.names(result.model().vms()).ifPresent(notes::add);
        notes.addAll(result.notes());
        return new ImportResult(result.model(), format, List.copyOf(importer.problems), List.copyOf(notes),
                importer.executions);
    }

    private List<Path> filesOf(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw new IOException(path + " does not exist");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(path)) {
            files = list.filter(Files::isRegularFile)
                    .filter(p -> format.files().matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no file in " + path + " matches the " + format.name() + " format's files pattern "
                    + format.files().pattern());
        }
        RunsByFileName.Chosen chosen = RunsByFileName.choose(files, format.files(), execution, notes);
        executions = Math.max(executions, chosen.runs());
        return chosen.files();
    }

    private void readFile(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            problem(file, 0, "file of " + size + " bytes is larger than " + MAX_FILE_BYTES + "; not read");
            return;
        }
        String text = decode(file, Files.readAllBytes(file));
        int fileVm = vmFromFileName(file);
        int fileRate = rateFromFileName(file);
        if (fileVm >= 0 && fileRate > 0) {
            rates.put(fileVm, fileRate);
        }
        if (format.mode() == LogFormat.Mode.TEXT) {
            readText(file, text, fileVm);
        } else {
            readLines(file, text, fileVm);
        }
    }

    private void readLines(Path file, String text, int fileVm) {
        String[] lines = text.split("\r?\n", -1);
        List<String> groups = FormatText.groupNames(format.event());
        for (Blocks.Numbered numbered : Blocks.of(format, lines)) {
            String line = numbered.text();
            int number = numbered.number();
            LineReading read = LineReading.of(format, groups, line);
            switch (read.kind()) {
                case BLANK, SKIPPED -> {
                }
                case TOO_LONG -> problem(file, number, "line of " + line.length() + " characters is too long; skipped");
                case RATE -> {
                    if (fileVm >= 0) {
                        rates.put(fileVm, FormatText.parseIntOr(read.rate(), 0));
                    }
                }
                case NO_MATCH -> problem(file, number, "does not match the " + format.name() + " event pattern: '"
                        + FormatText.abbreviate(line) + "'");
                case TOO_COMPLEX -> problem(file, number, "the " + format.name() + " event pattern backtracks too much "
                        + "on this line to decide (check the pattern); skipped");
                case EVENT -> addEvent(file, number, read, fileVm);
            }
        }
    }

    private void readText(Path file, String text, int fileVm) {
        LogFormat effective = format;
        int offset = 0;
        if (format.delimiter() != null) {
            int[] range = executionRange(file, text);
            offset = range[0];
            text = text.substring(0, range[1]);
        }
        if (format.regexFromFirstLine() && offset == 0) {
            String[] firstTwo = text.split("\n", 3);
            if (firstTwo.length >= 2 && firstTwo[0].contains("(?<") && firstTwo[1].isBlank()) {
                try {
                    effective = format.withEventPattern(FormatText.javaRegex(firstTwo[0].strip()));
                    offset = firstTwo[0].length() + 1 + firstTwo[1].length() + 1;
                } catch (IllegalArgumentException e) {
                    problem(file, 1, "the regex on the first line is not usable: " + e.getMessage());
                }
            }
        }
        List<String> groups = FormatText.groupNames(effective.event());
        Matcher m = effective.event().matcher(text);
        // Try the pattern at line starts only: trying it at every character would be quadratic in a long line.
        int line = 1 + Executions.newlines(text, 0, offset);
        int pos = offset;
        while (pos < text.length()) {
            int lineEnd = text.indexOf('\n', pos);
            int nextLine = lineEnd < 0 ? text.length() : lineEnd + 1;
            if ((lineEnd < 0 ? text.length() : lineEnd) - pos > MAX_LINE_CHARS) {
                problem(file, line, "line of more than " + MAX_LINE_CHARS + " characters is too long; skipped");
            } else if (!text.substring(pos, lineEnd < 0 ? text.length() : lineEnd).isBlank()) {
                m.region(pos, text.length());
                if (m.lookingAt() && m.end() > pos) {
                    addEvent(file, line, LineReading.event(effective, m, groups), fileVm);
                    line += Executions.newlines(text, pos, m.end());
                    int end = m.end();
                    nextLine = end < text.length() && text.charAt(end) == '\n' ? end + 1 : end;
                    if (nextLine > end) {
                        line++;
                    }
                    pos = nextLine;
                    continue;
                }
                problem(file, line, "does not match the " + format.name() + " event pattern: '"
                        + FormatText.abbreviate(text.substring(pos, Math.min(text.length(), pos + 60)).strip()) + "'");
            }
            line++;
            pos = nextLine;
        }
    }

    /** The stretch of text of the chosen execution (see {@link Executions}), noting what the file holds. */
    private int[] executionRange(Path file, String text) {
        Executions.Choice choice = Executions.choose(file.getFileName().toString(), text, format.delimiter(),
                execution);
        choice.note().ifPresent(notes::add);
        executions = Math.max(executions, choice.count());
        choice.problem().ifPresent(reason -> problem(file, 0, reason));
        return new int[] {choice.start(), choice.end()};
    }

    private void addEvent(Path file, int line, LineReading read, int fileVm) {
        Map<String, String> fields = new LinkedHashMap<>(read.fields());
        Map<String, String> extras = read.extras();
        String typeWord = read.typeWord();
        EventType type = null;
        if (format.descriptionLogfmt() && fields.containsKey("description")) {
            type = readDescription(fields.get("description"), fields);
        }
        if (type == null) {
            String word = typeWord != null ? typeWord : fields.getOrDefault("description", "");
            type = format.typeOf(word);
            if (type == null) {
                problem(file, line, "event word '" + FormatText.abbreviate(word) + "' is none of the format's type.* words");
                return;
            }
        }
        int vm = vmOf(fields, fileVm);
        if (vm < 0) {
            problem(file, line, "no VM id: the format gives no vm or host group and the file name has no number");
            return;
        }
        events.add(new RawEvent(file, line, order++, vm, type, typeWord, fields, extras));
    }

    /** Fields written by Scale Models into a ShiViz description ("vm=0 tick=1 event=send clock=1 ..."). */
    private static EventType readDescription(String description, Map<String, String> fields) {
        EventType type = null;
        for (String pair : description.split(" ")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String key = pair.substring(0, eq);
            String value = pair.substring(eq + 1);
            if (key.equals("event")) {
                type = EventType.fromWord(value);
            } else if (LogFormat.KNOWN_GROUPS.contains(key) && !key.equals("vc")) {
                fields.putIfAbsent(key, value);
            }
        }
        return type;
    }

    private int vmOf(Map<String, String> fields, int fileVm) {
        if (fields.containsKey("vm")) {
            return FormatText.parseIntOr(fields.get("vm"), -1);
        }
        if (fields.containsKey("host")) {
            return hosts.id(fields.get("host"));
        }
        return fileVm;
    }

    private int vmFromFileName(Path file) {
        Matcher m = format.files().matcher(file.getFileName().toString());
        if (!m.matches()) {
            return -1;
        }
        if (FormatText.groupNames(format.files()).contains("host")) {
            return hosts.id(m.group("host")); // files are read in name order: so are the ids
        }
        String id = FormatText.groupNames(format.files()).contains("vm") ? m.group("vm") : m.groupCount() > 0 ? m.group(1) : null;
        return id == null ? -1 : FormatText.parseIntOr(id, -1);
    }

    /** A rate the file's name gives in a group {@code rate} of the format's files pattern, or 0. */
    private int rateFromFileName(Path file) {
        Matcher m = format.files().matcher(file.getFileName().toString());
        return m.matches() && FormatText.groupNames(format.files()).contains("rate") ? FormatText.parseIntOr(m.group("rate"), 0) : 0;
    }

    private String decode(Path file, byte[] bytes) {
        try {
            return LogText.strict(bytes);
        } catch (CharacterCodingException e) {
            problem(file, 0, "not UTF-8 text (nor UTF-16 with a byte-order mark); undecodable bytes were replaced");
            return LogText.lenient(bytes);
        }
    }

    void problem(Path file, int line, String reason) {
        problemCount++;
        if (problems.size() < MAX_PROBLEMS_LISTED) {
            problems.add(file.getFileName() + (line > 0 ? ":" + line : "") + ": " + reason);
        }
    }
}
