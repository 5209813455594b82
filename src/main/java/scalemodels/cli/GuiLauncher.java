package scalemodels.cli;

import scalemodels.ui.ScaleModelsApp;

/** Opens the window; the only place the command line touches the ui package. */
final class GuiLauncher {
    private GuiLauncher() {
    }

    static int launch(RunOptions options) {
        ScaleModelsApp.launchWith(options.writableLogsFolder());
        return 0;
    }
}
