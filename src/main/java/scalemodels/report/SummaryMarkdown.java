package scalemodels.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import scalemodels.analysis.RunAnalysis;
import scalemodels.analysis.Violation;
import scalemodels.analysis.VmStats;

/** A run's analysis as Markdown: readable in a terminal, in the exported zip and in a report a student hands in. */
public final class SummaryMarkdown {
    private static final int VIOLATIONS_LISTED = 100;

    private SummaryMarkdown() {
    }

    /** @param notes what was inferred or detected about the logs (format, VM ids, conventions), listed first */
    public static String render(String title, RunAnalysis a, List<String> problems, List<String> notes) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(title).append("\n\n");
        if (!notes.isEmpty()) {
            md.append("## How the logs were read\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
            md.append('\n');
        }
        md.append(String.format(Locale.ROOT, "%d VMs, %,d events over %.1f s.%n%n", a.vms().size(), a.events(),
                a.durationSeconds()));
        md.append("## Per VM\n\n");
        md.append("| VM | rate | measured ticks/s | ticks | receive | send | internal | final clock | clock - ticks |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (VmStats s : a.vms()) {
            md.append(String.format(Locale.ROOT, "| %d | %s | %.2f | %d | %d (%.0f %%) | %d (%.0f %%) | %d (%.0f %%) | %d | %d |%n",
                    s.vm(), s.rate() == 0 ? "?" : rate(s), s.measuredTickRate(), s.ticks(), s.receives(),
                    100 * s.share(s.receives()), s.sends(), 100 * s.share(s.sends()), s.internals(),
                    100 * s.share(s.internals()), s.finalClock(), s.clockMinusTicks()));
        }
        md.append("\n## Clock jumps, drift, queues\n\n");
        md.append("| VM | mean jump | max jump | max drift | final drift | mean queue | max queue | final queue | mean wait (ms) | max wait (ms) | mean wait (ticks) | max wait (ticks) |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (VmStats s : a.vms()) {
            md.append(String.format(Locale.ROOT, "| %d | %.2f | %d | %d | %d | %s | %d | %d | %.1f | %.1f | %.2f | %d |%n",
                    s.vm(), s.meanJump(), s.maxJump(), s.maxDrift(), s.finalDrift(),
                    s.meanQueue() < 0 ? "?" : String.format(Locale.ROOT, "%.2f", s.meanQueue()), s.maxQueue(),
                    s.finalQueue(), s.meanWaitMillis(), s.maxWaitMillis(), s.meanWaitTicks(), s.maxWaitTicks()));
        }
        if (a.vms().stream().anyMatch(s -> s.pauses() + s.crashes() + s.undelivered() > 0)) {
            md.append("\n## Faults\n\n| VM | pauses | crashes | messages not delivered |\n|---:|---:|---:|---:|\n");
            for (VmStats s : a.vms()) {
                md.append("| ").append(s.vm()).append(" | ").append(s.pauses()).append(" | ").append(s.crashes())
                        .append(" | ").append(s.undelivered()).append(" |\n");
            }
        }
        md.append("\nDrift: how far a VM's Lamport clock is behind the highest clock of all VMs. Jumps above 1 happen ")
                .append("only on receives, when a message carries a timestamp ahead of the receiver's clock.\n\n");
        md.append("## Jump sizes\n\n| jump | events | of which receives |\n|---:|---:|---:|\n");
        for (Map.Entry<Long, Long> e : a.jumps().entrySet()) {
            md.append("| ").append(e.getKey()).append(" | ").append(e.getValue()).append(" | ")
                    .append(a.receiveJumps().getOrDefault(e.getKey(), 0L)).append(" |\n");
        }
        md.append("\n## Rule check\n\n");
        List<Violation> violations = a.violations();
        if (violations.isEmpty()) {
            md.append("0 violations: every clock rule, message match and vector clock checks out.\n");
        } else {
            md.append(violations.size()).append(" violation").append(violations.size() == 1 ? "" : "s").append(":\n\n");
            violations.stream().limit(VIOLATIONS_LISTED).forEach(v -> md.append("- `").append(v.file().getFileName())
                    .append(':').append(v.line()).append("` ").append(v.message()).append('\n'));
            if (violations.size() > VIOLATIONS_LISTED) {
                md.append("- ... and ").append(violations.size() - VIOLATIONS_LISTED).append(" more\n");
            }
        }
        if (!problems.isEmpty()) {
            md.append("\n## Lines that could not be read\n\n");
            problems.forEach(p -> md.append("- ").append(p).append('\n'));
        }
        return md.toString();
    }

    private static String rate(VmStats s) {
        return s.speed() == 1 ? Integer.toString(s.rate())
                : s.rate() + " x " + scalemodels.model.RunSettings.plain(s.speed());
    }
}
