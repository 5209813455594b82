package scalemodels.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import scalemodels.event.EventType;

/**
 * How to read another implementation's logs: a regular expression with named groups for one event, which files hold
 * which VM, which words mean receive, send and internal, and how times are written. Loaded from a properties file;
 * the README documents every key.
 */
public final class LogFormat {
    /** Named groups with a meaning; any other named group is kept as an extra field. */
    static final Set<String> KNOWN_GROUPS = Set.of("time", "vm", "host", "event", "clock", "queue", "peer", "from",
            "to", "msg", "tick", "value", "vc", "rate", "description");

    /** How the {@code event} pattern is applied. */
    public enum Mode {
        /** One event per line: the pattern must match the whole line. */
        LINE,
        /**
         * An event written over several lines ("RECEIVED message", "Global time: ...", "Logical clock time: 2"): a line
         * the {@code skip} pattern passes over, right after an event's line, belongs to that event, until a blank line
         * or the next event's line; the event's lines are read as one, joined by " | " ({@link Blocks}).
         */
        BLOCK,
        /** Events anywhere in the text, possibly spanning lines (ShiViz). */
        TEXT
    }

    private final String name;
    private final String description;
    private final Pattern files;
    private final Mode mode;
    private final Pattern event;
    private final Pattern skip;
    private final Pattern rate;
    private final Map<EventType, Pattern> types;
    private final boolean ignoreMsgOnSend;
    private final TimeFormat time;
    private final ZoneId zone;
    /** The time.zone as written ("local" stays "local" when the format is saved again). */
    private final String zoneText;
    private final boolean regexFromFirstLine;
    private final boolean descriptionLogfmt;
    private final Map<String, String> renames;
    private final Pattern delimiter;

    private LogFormat(Properties p, String origin) {
        this.name = p.getProperty("name", origin).strip();
        this.description = p.getProperty("description", "").strip();
        this.files = compile(p, "files", ".*", origin);
        this.mode = parseMode(p.getProperty("mode", "line"), origin);
        this.event = compile(p, "event", null, origin);
        this.skip = p.containsKey("skip") ? compile(p, "skip", null, origin) : null;
        this.rate = p.containsKey("rate") ? compile(p, "rate", null, origin) : null;
        this.types = new LinkedHashMap<>();
        for (EventType type : new EventType[] {EventType.START, EventType.STOP, EventType.RECEIVE, EventType.SEND,
            EventType.INTERNAL}) {
            String key = "type." + type.word();
            if (p.containsKey(key)) {
                types.put(type, compile(p, key, null, origin));
            }
        }
        if (!types.containsKey(EventType.RECEIVE) || !types.containsKey(EventType.SEND)
                || !types.containsKey(EventType.INTERNAL)) {
            throw new IllegalArgumentException(origin + ": type.receive, type.send and type.internal are required");
        }
        this.ignoreMsgOnSend = "ignore".equalsIgnoreCase(p.getProperty("msg.on.send", "ignore").strip());
        try {
            this.time = TimeFormat.of(p.getProperty("time.format", "iso"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(origin + ": " + e.getMessage());
        }
        this.zoneText = p.getProperty("time.zone", "UTC").strip();
        this.zone = zone(zoneText, origin);
        this.regexFromFirstLine = Boolean.parseBoolean(p.getProperty("regex.from.first.line", "false").strip());
        this.descriptionLogfmt = Boolean.parseBoolean(p.getProperty("description.logfmt", "false").strip());
        this.delimiter = p.containsKey("delimiter") ? compile(p, "delimiter", null, origin) : null;
        this.renames = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("rename.")) {
                renames.put(key.substring("rename.".length()), p.getProperty(key).strip());
            }
        }
        if (!event.pattern().contains("(?<event>") && !renames.containsValue("event")) {
            throw new IllegalArgumentException(origin + ": the event pattern needs a named group (?<event>...)");
        }
    }

    /** Reads a format definition file. */
    public static LogFormat load(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(in);
            return new LogFormat(p, file.getFileName().toString());
        } catch (IllegalArgumentException e) {
            throw new IOException("format " + file + " is not valid: " + e.getMessage(), e);
        }
    }

    /** A format from its keys (an inferred one); throws IllegalArgumentException naming a key that is wrong. */
    static LogFormat of(Properties p, String origin) {
        return new LogFormat(p, origin);
    }

    /** Keys in the order a person reads a format file; any other key (rename.*) follows. */
    private static final java.util.List<String> KEY_ORDER = java.util.List.of("name", "description", "files", "mode",
            "event", "skip", "rate", "type.receive", "type.send", "type.internal", "type.start", "type.stop",
            "time.format", "time.zone", "msg.on.send", "delimiter", "regex.from.first.line", "description.logfmt");

    /** Writes this format as a format file (a user corrects an inferred format there and gives it back). */
    public void save(Path file) throws IOException {
        Files.writeString(file, text(), StandardCharsets.UTF_8);
    }

    /**
     * The format file's text: one {@code key = value} a line in reading order, values escaped only as properties
     * files need (a backslash doubled), so that the regexes stay legible to correct by hand.
     */
    public String text() {
        Properties p = toProperties();
        StringBuilder out = new StringBuilder("# Scale Models log format (keys: see the README's Import section)\n");
        java.util.List<String> keys = new java.util.ArrayList<>(KEY_ORDER);
        p.stringPropertyNames().stream().sorted().filter(k -> !keys.contains(k)).forEach(keys::add);
        for (String key : keys) {
            String value = p.getProperty(key);
            if (value != null) {
                out.append(key).append(" = ").append(escape(value)).append('\n');
            }
        }
        return out.toString();
    }

    private static String escape(String value) {
        String escaped = value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
        return escaped.startsWith(" ") ? "\\" + escaped : escaped;
    }

    static LogFormat load(InputStream in, String origin) throws IOException {
        Properties p = new Properties();
        p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        return new LogFormat(p, origin);
    }

    /** The same format with another event pattern (a ShiViz file that names its own regex). */
    LogFormat withEventPattern(String regex) {
        Properties p = toProperties();
        p.setProperty("event", regex);
        p.setProperty("regex.from.first.line", "false");
        return new LogFormat(p, name);
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    Pattern files() {
        return files;
    }

    Mode mode() {
        return mode;
    }

    Pattern event() {
        return event;
    }

    Pattern skip() {
        return skip;
    }

    Pattern rate() {
        return rate;
    }

    boolean ignoreMsgOnSend() {
        return ignoreMsgOnSend;
    }

    boolean timesFromOrder() {
        return time.fromOrder();
    }

    TimeFormat time() {
        return time;
    }

    ZoneId zone() {
        return zone;
    }

    /** Lines that separate executions in one file (ShiViz's multi-execution logs), or null. */
    Pattern delimiter() {
        return delimiter;
    }

    boolean regexFromFirstLine() {
        return regexFromFirstLine;
    }

    boolean descriptionLogfmt() {
        return descriptionLogfmt;
    }

    /** The field a named group stands for (after rename.* keys). */
    String field(String group) {
        return renames.getOrDefault(group, group);
    }

    /** The kind of event a word of the event group means, or null. */
    EventType typeOf(String word) {
        for (Map.Entry<EventType, Pattern> entry : types.entrySet()) {
            if (entry.getValue().matcher(word).matches()) {
                return entry.getKey();
            }
        }
        return null;
    }

    private Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("name", name);
        p.setProperty("description", description);
        p.setProperty("files", files.pattern());
        p.setProperty("mode", mode.name().toLowerCase(Locale.ROOT));
        p.setProperty("event", event.pattern());
        if (skip != null) {
            p.setProperty("skip", skip.pattern());
        }
        if (rate != null) {
            p.setProperty("rate", rate.pattern());
        }
        types.forEach((type, pattern) -> p.setProperty("type." + type.word(), pattern.pattern()));
        p.setProperty("msg.on.send", ignoreMsgOnSend ? "ignore" : "check");
        p.setProperty("time.format", time.text());
        p.setProperty("time.zone", zoneText);
        p.setProperty("description.logfmt", Boolean.toString(descriptionLogfmt));
        renames.forEach((group, field) -> p.setProperty("rename." + group, field));
        if (delimiter != null) {
            p.setProperty("delimiter", delimiter.pattern());
        }
        return p;
    }

    private static ZoneId zone(String text, String origin) {
        if (text.equalsIgnoreCase("local")) {
            return ZoneId.systemDefault();
        }
        if (text.equalsIgnoreCase("UTC")) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(origin + ": time.zone '" + text + "' is not a time zone");
        }
    }

    private static Mode parseMode(String text, String origin) {
        try {
            return Mode.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(origin + ": mode must be line or text, not '" + text + "'");
        }
    }

    private static Pattern compile(Properties p, String key, String fallback, String origin) {
        String regex = p.getProperty(key, fallback);
        if (regex == null) {
            throw new IllegalArgumentException(origin + ": the key '" + key + "' is required");
        }
        try {
            return Pattern.compile(regex.strip());
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(origin + ": '" + key + "' is not a valid regular expression: "
                    + e.getDescription());
        }
    }
}
