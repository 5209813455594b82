package scalemodels.wire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Connections refused at one listener, counted by where they came from and why, so that any number of strangers
 * costs a few counters and a few lines: the first refusal of each kind is told in full, the rest at most once every
 * {@link #SUMMARY_EVERY_NANOS} as a count ("1,204 connections refused at the control socket from 127.0.0.1 in 45 s:
 * it did not present the run secret"), and {@link #summary()} tells what was not told yet. Thread-safe.
 */
public final class Refusals {
    /** Why a connection was refused, in the words the lines use. */
    public enum Reason {
        NO_SECRET("it did not present the run secret"),
        NOT_A_MEMBER("it named no VM of this run, or one already connected"),
        SILENT("it sent no first line in time"),
        TOO_LONG("it sent a line longer than " + LineConnection.MAX_LINE_BYTES + " bytes"),
        PUSHED_OUT("newer connections pushed it out while it had said nothing"),
        BROKEN("the connection broke before its first line");

        private final String words;

        Reason(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    static final long SUMMARY_EVERY_NANOS = 10_000_000_000L;
    /** Hosts times reasons kept apart; beyond it, every other host counts as "other hosts" (loopback has one). */
    static final int MAX_KINDS = 64;

    private record Kind(String host, Reason reason) {
    }

    private static final class Count {
        long total;
        long untold;
        long firstNanos;
        long toldNanos;
    }

    private final String where;
    private final Map<Kind, Count> counts = new LinkedHashMap<>();
    private long total;

    /** @param where the listener, as the lines name it ("the control socket", "VM 1's peer port") */
    public Refusals(String where) {
        this.where = where;
    }

    /**
     * Counts one refusal.
     *
     * @return the line to tell now, or null when it waits for the next summary
     */
    public synchronized String refused(String host, Reason reason, long nowNanos) {
        total++;
        Kind kind = new Kind(host, reason);
        if (!counts.containsKey(kind) && counts.size() >= MAX_KINDS) {
            kind = new Kind("other hosts", reason);
        }
        Count count = counts.computeIfAbsent(kind, k -> new Count());
        count.total++;
        if (count.total == 1) {
            count.firstNanos = nowNanos;
            count.toldNanos = nowNanos;
            return "Refused a connection to " + where + " from " + kind.host() + ": " + reason.words();
        }
        count.untold++;
        if (nowNanos - count.toldNanos < SUMMARY_EVERY_NANOS) {
            return null;
        }
        count.toldNanos = nowNanos;
        return line(kind, count, nowNanos);
    }

    /** What was not told yet, one line per kind (at the run's end). */
    public synchronized List<String> summary(long nowNanos) {
        List<String> lines = new ArrayList<>();
        counts.forEach((kind, count) -> {
            if (count.untold > 0) {
                lines.add(line(kind, count, nowNanos));
            }
        });
        return lines;
    }

    /** Refusals counted so far. */
    public synchronized long total() {
        return total;
    }

    private String line(Kind kind, Count count, long nowNanos) {
        count.untold = 0;
        return String.format(Locale.ROOT, "%,d connections refused at %s from %s in %.0f s: %s", count.total, where,
                kind.host(), Math.max(1, (nowNanos - count.firstNanos) / 1e9), kind.reason().words());
    }
}
