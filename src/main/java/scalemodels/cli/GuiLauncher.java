package scalemodels.cli;

/** Opens the window. The window itself lives in the ui package and is loaded only here. */
final class GuiLauncher {
    private GuiLauncher() {
    }

    static int launch(RunOptions options) {
        System.out.println("The Scale Models window is not built yet; use --headless (see --help).");
        return 0;
    }
}
