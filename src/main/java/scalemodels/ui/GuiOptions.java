package scalemodels.ui;

import java.nio.file.Path;

import scalemodels.model.RunSettings;

/**
 * What the command line asks of the window.
 *
 * @param logsRoot        where run folders go
 * @param initialSettings settings to put into the panel instead of the remembered ones, or null
 * @param simulate        tick the Simulate box (with {@code delayMicros} as network delay)
 * @param delayMicros     simulated network delay
 * @param startNow        press Start as soon as the window is up
 * @param openRun         a run folder or log to open for replay, or null
 * @param openFormat      how to read {@code openRun}: a preset name or format file, or null to detect or infer
 * @param openExecution   for logs holding several executions, which one to open (from 1)
 * @param screenshot      save a PNG of the window here after {@code screenshotAfter} seconds, then close; or null
 * @param screenshotAfter seconds to wait before the screenshot
 */
public record GuiOptions(Path logsRoot, RunSettings initialSettings, boolean simulate, long delayMicros,
                         boolean startNow, Path openRun, String openFormat, int openExecution, Path screenshot,
                         double screenshotAfter) {
    /** The window as {@code ./run.sh} opens it without flags. */
    public static GuiOptions plain(Path logsRoot) {
        return new GuiOptions(logsRoot, null, false, 1000, false, null, null, 1, null, 0);
    }
}
