package scalemodels.supervisor;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.tinylog.Logger;

import scalemodels.event.LogEvent;
import scalemodels.log.LogWriteException;
import scalemodels.log.RunFolder;
import scalemodels.model.VmStatus;

/**
 * Waits for each VM process to exit, lets its stream drain, and records how it ended: a clean stop, a failure the VM
 * explained, or a crash, for which it appends the crash line to the VM's log.
 */
final class ChildWatcher {
    /**
     * How long the stream of a dead process may take to deliver what it still holds. The process is gone, so its
     * socket ends as soon as the reader has caught up; only a reader stuck for good takes this long. It was 2 s, and
     * on a loaded machine a reader that had not caught up by then let the crash line overtake the VM's last events,
     * which the rule check then saw as events after a crash.
     */
    private static final Duration STREAM_DRAIN = Duration.ofSeconds(30);

    private final RunFolder folder;
    private final Children children;
    private final RunReport report;
    private final Runnable onAllEnded;
    private final StartLines startLines;

    /**
     * @param startLines whether the clocks have started (before that, the start-up reports what went wrong), and
     *                   each VM's start line as it would have written it, for a VM killed before it did
     * @param onAllEnded runs when the last current process has ended
     */
    ChildWatcher(RunFolder folder, Children children, RunReport report, StartLines startLines, Runnable onAllEnded) {
        this.folder = folder;
        this.children = children;
        this.report = report;
        this.onAllEnded = onAllEnded;
        this.startLines = startLines;
    }

    /** Runs on the child's own watcher thread. */
    void watch(VmChild child) {
        int code;
        try {
            code = child.process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (child.control == null) {
            child.streamEnded.complete(null);
        }
        try {
            child.streamEnded.get(STREAM_DRAIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            Logger.warn("control stream of VM {} did not end after its process exited", child.id);
        }
        boolean clean = code == 0 && child.saidBye;
        if (!clean && startLines.started()) {
            reportCrash(child, code);
        }
        Logger.info("VM {} exited with code {}", child.id, code);
        ChildLauncher.deleteIfEmpty(folder.vmConsole(child.id));
        VmStatus end = clean ? VmStatus.STOPPED : VmStatus.CRASHED;
        if (children.isCurrent(child)) {
            report.status(child, end);
            if (children.allFinal()) {
                onAllEnded.run();
            }
        } else {
            child.status = end; // an earlier process of a restarted VM: the window shows the new one
        }
    }

    private void reportCrash(VmChild child, int code) {
        if (child.failure == null) {
            report.problem(child.killRequested ? "VM " + child.id + " was killed on request (crash injected)"
                    : "VM " + child.id + " ended without a clean stop (exit code " + code + "); see "
                    + folder.vmDiagnostics(child.id).getFileName());
        }
        try {
            CrashLine.Written written = CrashLine.append(folder.vmLog(child.id), child.lastLine, child.lastEvent,
                    startLines.apply(child.id));
            for (LogEvent missed : written.unstreamed()) {
                child.eventsReceived.incrementAndGet();
                report.event(missed);
            }
            written.crash().ifPresent(crash -> {
                child.eventsReceived.incrementAndGet();
                report.event(crash);
            });
        } catch (LogWriteException e) {
            if (child.failure == null) {
                report.problem("The crash of VM " + child.id + " is not in its log: " + e.getMessage());
            } else { // the VM said why it stopped (its log cannot be written): the same cause, told once
                Logger.warn("the crash of VM {} is not in its log: {}", child.id, e.getMessage());
            }
        }
    }
}
