package scalemodels.rundata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import scalemodels.event.EventType;
import scalemodels.log.RunFolder;

/**
 * Counts a finished run's events where they ended up: lines in each VM's log file, lines the supervisor received,
 * events the window holds. Any difference is explained where it can be: a VM killed between writing a line and
 * streaming it leaves that line in its log only.
 *
 * @param logLines     per VM, event lines in its log file
 * @param streamed     per VM, lines the supervisor received (null when not known, e.g. an opened run)
 * @param inWindow     per VM, events in the window's run model
 * @param explanations one sentence per difference; empty when every count agrees
 */
public record Reconciliation(long[] logLines, long[] streamed, long[] inWindow, List<String> explanations) {

    public static Reconciliation of(Path runDir, long[] streamed, RunModel model) {
        int vms = model.vms();
        long[] lines = new long[vms];
        long[] window = new long[vms];
        List<String> explanations = new ArrayList<>();
        for (int vm = 0; vm < vms; vm++) {
            lines[vm] = countLines(RunFolder.at(runDir).vmLog(vm));
            window[vm] = model.lane(vm).size();
            long missing = lines[vm] - window[vm];
            if (missing == 0 && (streamed == null || streamed[vm] == window[vm])) {
                continue;
            }
            boolean crashed = crashed(model.lane(vm));
            if (missing > 0 && crashed) {
                explanations.add("VM " + vm + ": " + missing + " line" + (missing == 1 ? "" : "s")
                        + " in its log never reached the window: its process was killed after writing "
                        + (missing == 1 ? "it" : "them") + " and before streaming");
            } else {
                explanations.add("VM " + vm + ": " + lines[vm] + " lines in its log, " + window[vm]
                        + " events in the window" + (streamed == null ? "" : ", " + streamed[vm] + " streamed"));
            }
        }
        return new Reconciliation(lines, streamed, window, List.copyOf(explanations));
    }

    public long totalLogLines() {
        long total = 0;
        for (long n : logLines) {
            total += n;
        }
        return total;
    }

    public long totalInWindow() {
        long total = 0;
        for (long n : inWindow) {
            total += n;
        }
        return total;
    }

    /** Every count agrees. */
    public boolean agrees() {
        return explanations.isEmpty();
    }

    public String summary() {
        return agrees() ? "Reconciled: " + totalLogLines() + " events in the logs, " + totalInWindow()
                + " in the window, 0 missing"
                : "Reconciled with differences: " + String.join("; ", explanations);
    }

    private static boolean crashed(LaneData lane) {
        for (int i = 0; i < lane.size(); i++) {
            if (lane.type(i) == EventType.CRASH) {
                return true;
            }
        }
        return false;
    }

    private static long countLines(Path log) {
        if (!Files.exists(log)) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(line -> !line.isBlank()).count();
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
    }
}
