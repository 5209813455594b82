package scalemodels.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import scalemodels.analysis.Rule;
import scalemodels.analysis.RunAnalysis;
import scalemodels.analysis.Violation;

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
        md.append(VmTable.markdown(a.vms()));
        md.append("Drift: how far a VM's Lamport clock is behind the highest clock of all VMs. Jumps above 1 happen ")
                .append("only on receives, when a message carries a timestamp ahead of the receiver's clock.\n\n");
        md.append("## Jump sizes\n\n| jump | events | of which receives |\n|---:|---:|---:|\n");
        for (Map.Entry<Long, Long> e : a.jumps().entrySet()) {
            md.append("| ").append(e.getKey()).append(" | ").append(e.getValue()).append(" | ")
                    .append(a.receiveJumps().getOrDefault(e.getKey(), 0L)).append(" |\n");
        }
        md.append("\n## Rule check\n\n");
        List<Violation> violations = a.violations();
        if (violations.isEmpty()) {
            md.append(a.noViolations()).append(".\n");
        } else {
            md.append(violations.size()).append(" violation").append(violations.size() == 1 ? "" : "s").append(":\n\n");
            if (violations.size() > 1) {
                md.append("By rule: ").append(Rule.summary(violations)).append(".\n\n");
            }
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
}
