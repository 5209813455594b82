package scalemodels.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import scalemodels.analysis.VmStats;
import scalemodels.model.RunSettings;

/**
 * The per-VM summary, defined once: its columns in groups, each with its heading, its name in {@code summary.json}
 * (the {@link VmStats} component it shows) and how a VM's figure is written. The window's Summary table, {@code
 * summary.md}, the command line's table and {@code summary.json} all render these columns.
 */
public final class VmTable {
    /**
     * One column.
     *
     * @param heading what the column is called in a table
     * @param key     its name in {@code summary.json}
     * @param value   the figure as a number (for JSON and sorting)
     * @param text    the figure as a table shows it
     */
    public record Column(String heading, String key, Function<VmStats, Number> value, Function<VmStats, String> text) {
        public String text(VmStats s) {
            return text.apply(s);
        }

        public Number value(VmStats s) {
            return value.apply(s);
        }
    }

    /** Columns shown together under a title (the VM column comes first in each table). */
    public record Group(String title, List<Column> columns) {
    }

    public static final Column VM = whole("VM", "vm", VmStats::vm);
    public static final Column RATE = new Column("rate", "rate", VmStats::rate,
            s -> s.rate() == 0 ? "?" : Integer.toString(s.rate()));
    public static final Column SPEED = new Column("speed", "speed", VmStats::speed,
            s -> RunSettings.plain(s.speed()));
    public static final Column MEASURED = decimal("measured ticks/s", "measuredTickRate", VmStats::measuredTickRate,
            "%.2f");
    public static final Column TICKS = whole("ticks", "ticks", VmStats::ticks);
    public static final Column RECEIVES = share("receive", "receives", VmStats::receives);
    public static final Column SENDS = share("send", "sends", VmStats::sends);
    public static final Column INTERNALS = share("internal", "internals", VmStats::internals);
    public static final Column FINAL_CLOCK = whole("final clock", "finalClock", VmStats::finalClock);
    public static final Column CLOCK_MINUS_TICKS = whole("clock - ticks", "clockMinusTicks", VmStats::clockMinusTicks);
    public static final Column MEAN_JUMP = decimal("mean jump", "meanJump", VmStats::meanJump, "%.2f");
    public static final Column MAX_JUMP = whole("max jump", "maxJump", VmStats::maxJump);
    public static final Column MAX_DRIFT = whole("max drift", "maxDrift", VmStats::maxDrift);
    public static final Column FINAL_DRIFT = whole("final drift", "finalDrift", VmStats::finalDrift);
    public static final Column MEAN_QUEUE = new Column("mean queue", "meanQueue", VmStats::meanQueue,
            s -> s.meanQueue() < 0 ? "?" : String.format(Locale.ROOT, "%.2f", s.meanQueue()));
    public static final Column MAX_QUEUE = whole("max queue", "maxQueue", VmStats::maxQueue);
    public static final Column FINAL_QUEUE = whole("final queue", "finalQueue", VmStats::finalQueue);
    public static final Column MEAN_WAIT_MS = decimal("mean wait (ms)", "meanWaitMillis", VmStats::meanWaitMillis,
            "%.1f");
    public static final Column MAX_WAIT_MS = decimal("max wait (ms)", "maxWaitMillis", VmStats::maxWaitMillis, "%.1f");
    public static final Column MEAN_WAIT_TICKS = decimal("mean wait (ticks)", "meanWaitTicks", VmStats::meanWaitTicks,
            "%.2f");
    public static final Column MAX_WAIT_TICKS = whole("max wait (ticks)", "maxWaitTicks", VmStats::maxWaitTicks);
    public static final Column PAUSES = whole("pauses", "pauses", VmStats::pauses);
    public static final Column CRASHES = whole("crashes", "crashes", VmStats::crashes);
    public static final Column UNDELIVERED = whole("not delivered", "undelivered", VmStats::undelivered);
    public static final Column SENT_AFTER_STOP = whole("sent to stopped VMs", "sentAfterStop", VmStats::sentAfterStop);

    public static final Group PER_VM = new Group("Per VM", List.of(RATE, SPEED, MEASURED, TICKS, RECEIVES, SENDS,
            INTERNALS, FINAL_CLOCK, CLOCK_MINUS_TICKS, SENT_AFTER_STOP));
    public static final Group JUMPS_DRIFT_QUEUES = new Group("Clock jumps, drift, queues", List.of(MEAN_JUMP,
            MAX_JUMP, MAX_DRIFT, FINAL_DRIFT, MEAN_QUEUE, MAX_QUEUE, FINAL_QUEUE, MEAN_WAIT_MS, MAX_WAIT_MS,
            MEAN_WAIT_TICKS, MAX_WAIT_TICKS));
    public static final Group FAULTS = new Group("Faults", List.of(PAUSES, CRASHES, UNDELIVERED));
    public static final List<Group> GROUPS = List.of(PER_VM, JUMPS_DRIFT_QUEUES, FAULTS);
    /** The short table a headless run ends with. */
    public static final List<Column> BRIEF = List.of(VM, RATE, TICKS, RECEIVES, SENDS, INTERNALS, FINAL_CLOCK,
            MAX_JUMP, MAX_QUEUE);

    private VmTable() {
    }

    /** Whether any VM was paused, crashed or lost a message: without, the Faults group says nothing. */
    public static boolean anyFaults(List<VmStats> rows) {
        return rows.stream().anyMatch(s -> s.pauses() + s.crashes() + s.undelivered() > 0);
    }

    /** One Markdown table per group (the Faults group only when there were faults), each under its title. */
    public static String markdown(List<VmStats> rows) {
        StringBuilder md = new StringBuilder();
        for (Group group : GROUPS) {
            if (group == FAULTS && !anyFaults(rows)) {
                continue;
            }
            List<Column> columns = withVm(group.columns());
            md.append("## ").append(group.title()).append("\n\n|");
            columns.forEach(c -> md.append(' ').append(c.heading()).append(" |"));
            md.append("\n|");
            columns.forEach(c -> md.append("---:|"));
            md.append('\n');
            for (VmStats s : rows) {
                md.append('|');
                columns.forEach(c -> md.append(' ').append(c.text(s)).append(" |"));
                md.append('\n');
            }
            md.append('\n');
        }
        return md.toString();
    }

    /** The columns as plain text, right-aligned in columns two spaces apart. */
    public static String plainText(List<Column> columns, List<VmStats> rows) {
        String[][] cells = new String[rows.size() + 1][columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            cells[0][c] = columns.get(c).heading();
            for (int r = 0; r < rows.size(); r++) {
                cells[r + 1][c] = columns.get(c).text(rows.get(r));
            }
        }
        int[] widths = new int[columns.size()];
        for (String[] row : cells) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : cells) {
            for (int c = 0; c < row.length; c++) {
                out.append(c == 0 ? "" : "  ").append(" ".repeat(widths[c] - row[c].length())).append(row[c]);
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Every column's figure by its JSON name, the VM first. */
    public static Map<String, Number> values(VmStats s) {
        Map<String, Number> values = new LinkedHashMap<>();
        values.put(VM.key(), VM.value(s));
        GROUPS.forEach(g -> g.columns().forEach(c -> values.put(c.key(), c.value(s))));
        return values;
    }

    private static List<Column> withVm(List<Column> columns) {
        List<Column> all = new ArrayList<>(columns.size() + 1);
        all.add(VM);
        all.addAll(columns);
        return all;
    }

    private static Column whole(String heading, String key, Function<VmStats, Number> value) {
        return new Column(heading, key, value, s -> value.apply(s).toString());
    }

    private static Column decimal(String heading, String key, Function<VmStats, Number> value, String format) {
        return new Column(heading, key, value, s -> String.format(Locale.ROOT, format, value.apply(s)));
    }

    /** A count with its share of the VM's events: "12 (34 %)". */
    private static Column share(String heading, String key, Function<VmStats, Number> value) {
        return new Column(heading, key, value, s -> value.apply(s) + String.format(Locale.ROOT, " (%.0f %%)",
                100 * s.share(value.apply(s).longValue())));
    }
}
