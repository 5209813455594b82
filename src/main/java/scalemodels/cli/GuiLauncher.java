package scalemodels.cli;

import scalemodels.ui.GuiOptions;
import scalemodels.ui.ScaleModelsApp;

/** Opens the window; the only place the command line touches the ui package. */
final class GuiLauncher {
    private GuiLauncher() {
    }

    static int launch(GuiOptions options) {
        ScaleModelsApp.launchWith(options);
        return 0;
    }
}
