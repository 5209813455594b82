package scalemodels.supervisor;

import java.nio.file.Path;

import scalemodels.log.DiskReserve;

/**
 * The room a run folder keeps for the run's last words on a disk that fills up: one reserve for the crash lines and
 * diagnostics, given back at the first problem (a VM that cannot write its log), and one for the manifest that says
 * how the run ended, given back at the end, since VMs still logging by then may have eaten the first.
 */
final class LastWords {
    private final DiskReserve crashLines;
    private final DiskReserve manifest;

    private LastWords(Path dir) {
        crashLines = DiskReserve.take(dir, ".space-for-crash-lines", DiskReserve.FOR_CRASH_LINES);
        manifest = DiskReserve.take(dir, ".space-for-manifest", DiskReserve.FOR_MANIFEST);
    }

    static LastWords keep(Path dir) {
        return new LastWords(dir);
    }

    /** A problem came: crash lines may follow. */
    void problemCame() {
        crashLines.release();
    }

    /** The run ends (or never started): all the room back, for the manifest. */
    void due() {
        crashLines.release();
        manifest.release();
    }
}
