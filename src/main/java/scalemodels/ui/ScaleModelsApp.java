package scalemodels.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import scalemodels.ui.settings.SettingsStore;

/** The JavaFX application: one main window. */
public final class ScaleModelsApp extends Application {
    static final String TITLE = "Scale Models - Lamport clocks lab";
    /** The window's icon, also the app image's and the Debian package's menu entry's (a constant: read without FX). */
    public static final String ICON = "/scalemodels/ui/icon.png";
    private static volatile GuiOptions options = GuiOptions.plain(Path.of("vm_logs"));
    private MainWindowView window;

    /** Opens the window and returns when it is closed. */
    public static void launchWith(GuiOptions guiOptions) {
        options = guiOptions;
        Application.launch(ScaleModelsApp.class);
    }

    @Override
    public void start(Stage stage) {
        window = open(stage, options.logsRoot(), SettingsStore.standard());
        window.apply(options);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.shutdown();
        }
    }

    /** Builds the main window into {@code stage} and shows it; the TestFX tests open it the same way. */
    public static MainWindowView open(Stage stage, Path logs, SettingsStore store) {
        return open(stage, CompositionRoot.standard(logs, store));
    }

    static MainWindowView open(Stage stage, CompositionRoot services) {
        FXMLLoader loader = new FXMLLoader(ScaleModelsApp.class.getResource("MainWindow.fxml"));
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the main window layout", e);
        }
        MainWindowView view = loader.getController();
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(ScaleModelsApp.class.getResource("app.css").toExternalForm());
        stage.setTitle(TITLE);
        stage.getIcons().setAll(new Image(ScaleModelsApp.class.getResource(ICON).toExternalForm()));
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        view.init(stage, services);
        view.installShortcuts(scene);
        stage.show();
        return view;
    }
}
