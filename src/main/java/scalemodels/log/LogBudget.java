package scalemodels.log;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import scalemodels.model.RunSettings;

/**
 * How much a run may write, checked before its folder is made: the logs of a run with an end are estimated from its
 * settings, and a run above the limit ({@link #DEFAULT_LIMIT}, or {@code --max-log-size}) or above the free space
 * where its folder goes is refused with the estimate and the flag that allows it. Allowed values can otherwise fill a
 * disk in seconds (16 VMs at speed 10000 write about 5 GB a minute). A run until stopped is not estimated: someone
 * is watching it.
 */
public final class LogBudget {
    /** Without {@code --max-log-size}: two gibibytes, far above any run of the exercise at speed 1. */
    public static final long DEFAULT_LIMIT = 2L << 30;
    private static final Pattern SIZE = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*([kKmMgGtT]?)[bB]?");

    private static volatile long limit = DEFAULT_LIMIT;

    /** A run folder that would outgrow the budget: the sentence says by how much and what allows it. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(String sentence) {
            super(sentence);
        }
    }

    private LogBudget() {
    }

    /** {@code --max-log-size}: the limit for this process's runs. */
    public static void setLimit(long bytes) {
        limit = bytes;
    }

    public static long limit() {
        return limit;
    }

    /**
     * "500M", "2G", "1.5G", "800k", "123456" (bytes; powers of 1024).
     *
     * @throws IllegalArgumentException for anything else
     */
    public static long parseSize(String text) {
        Matcher m = SIZE.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a size such as 500M, 2G or 1.5G");
        }
        int power = m.group(2).isEmpty() ? 0 : "KMGT".indexOf(m.group(2).toUpperCase(Locale.ROOT)) + 1;
        double bytes = Double.parseDouble(m.group(1)) * Math.pow(1024, power);
        if (bytes < 1 || bytes > Long.MAX_VALUE / 2) {
            throw new IllegalArgumentException("'" + text + "' is not a size between 1 byte and 4 EiB");
        }
        return (long) bytes;
    }

    /** "5.3 GB", "812 MB", "40 kB": one decimal above ten units, powers of 1024. */
    public static String human(long bytes) {
        String[] units = {"bytes", "kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " bytes"
                : String.format(Locale.ROOT, value >= 10 ? "%.0f %s" : "%.1f %s", value, units[unit]);
    }

    /**
     * About how many bytes the run's logs take: each VM's expected ticks (the middle of the rate range, times the
     * speed and the duration) times the length of a line of this many VMs with numbers that large; 0 for a run
     * until stopped.
     */
    public static long estimate(RunSettings s) {
        if (s.runsUntilStopped()) {
            return 0;
        }
        double meanRate = s.rates().none() ? (s.rateMin() + s.rateMax()) / 2.0
                : java.util.Arrays.stream(s.rates().toArray()).average().orElse(0);
        int fastest = s.rates().none() ? s.rateMax() : java.util.Arrays.stream(s.rates().toArray()).max().orElse(0);
        double ticksPerVm = meanRate * s.speed() * s.durationSeconds() + 2;
        int digits = Long.toString((long) Math.ceil(fastest * s.speed() * s.durationSeconds()) + 1).length();
        // time=...Z vm= tick= event=receive clock= queue= from= msg= vc=: about 80 characters and four numbers,
        // then one number per VM in the vector clock.
        double lineBytes = 80 + 4 * digits + s.vms() * (digits + 1);
        return Math.round(s.vms() * ticksPerVm * lineBytes);
    }

    /** Null when the run fits; else the sentence that refuses it. */
    public static String refusal(RunSettings s, Path logsRoot) {
        long bytes = estimate(s);
        if (bytes == 0) {
            return null;
        }
        String what = "this run would write about " + human(bytes) + " of logs (" + s.vms() + " VMs at "
                + (s.rates().none() ? s.rateMin() + ".." + s.rateMax() : s.rates().toString()) + " ticks/s x speed " + RunSettings.plain(s.speed()) + " for "
                + RunSettings.plain(s.durationSeconds()) + " s)";
        if (bytes > limit) {
            return what + ", more than the " + human(limit) + " limit; --max-log-size " + suggest(bytes)
                    + " allows it";
        }
        long free = freeSpace(logsRoot);
        if (free >= 0 && bytes > free) {
            return what + ", more than the " + human(free) + " free where its logs go (" + logsRoot
                    + "); free some space or choose another --logs";
        }
        return null;
    }

    /** Checks the budget for a run folder about to be made under {@code logsRoot}. */
    static void check(RunSettings s, Path logsRoot) throws TooLarge {
        String refused = refusal(s, logsRoot);
        if (refused != null) {
            throw new TooLarge(refused);
        }
    }

    /** A limit that allows {@code bytes}, in whole gibibytes (or mebibytes below one). */
    private static String suggest(long bytes) {
        return bytes >= 1L << 30 ? (bytes + (1L << 30) - 1 >> 30) + "G" : (bytes + (1L << 20) - 1 >> 20) + "M";
    }

    /** Usable bytes on the file store of {@code dir} (or of its nearest existing parent); -1 when unknown. */
    private static long freeSpace(Path dir) {
        Path existing = dir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing == null ? -1 : Files.getFileStore(existing).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }
}
