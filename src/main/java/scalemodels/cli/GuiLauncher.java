package scalemodels.cli;

import java.nio.file.Path;

import scalemodels.model.RunSettings;
import scalemodels.ui.GuiOptions;
import scalemodels.ui.ScaleModelsApp;

/** Opens the window; the only place the command line touches the ui package. */
final class GuiLauncher {
    private GuiLauncher() {
    }

    /**
     * @param preset settings given on the command line, or null to use the ones remembered from last time
     */
    static int launch(Path logs, RunSettings preset, boolean startNow, Path screenshot, double screenshotAfter) {
        ScaleModelsApp.launchWith(new GuiOptions(logs, preset, startNow, screenshot, screenshotAfter));
        return 0;
    }
}
