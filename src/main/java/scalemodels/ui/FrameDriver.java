package scalemodels.ui;

import java.util.function.LongConsumer;

import javafx.animation.AnimationTimer;

import org.tinylog.Logger;

/**
 * The one animation timer: once per frame it drains the event inbox and redraws what changed. An exception escaping
 * {@code handle} would silently stop all rendering in JavaFX 21 (JDK-8357157), so it is caught, logged once and
 * reported.
 */
final class FrameDriver extends AnimationTimer {
    private final LongConsumer frame;
    private final java.util.function.Consumer<String> onError;
    private boolean failedBefore;

    FrameDriver(LongConsumer frame, java.util.function.Consumer<String> onError) {
        this.frame = frame;
        this.onError = onError;
    }

    @Override
    public void handle(long now) {
        try {
            frame.accept(now);
        } catch (RuntimeException | Error e) {
            if (!failedBefore) {
                failedBefore = true;
                Logger.error(e, "drawing a frame failed");
            }
            onError.accept("Internal error while drawing (see supervisor.diag.log): " + e);
        }
    }
}
