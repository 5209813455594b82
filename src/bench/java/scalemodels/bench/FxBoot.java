package scalemodels.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * JavaFX for the tools that drive the real window from outside (the window benchmarks, the README's screenshots):
 * headless under Monocle when there is no display, and one way onto the FX thread, like the window's own: a queue
 * drained once per frame.
 */
final class FxBoot {
    private final ConcurrentLinkedQueue<Runnable> fxTasks = new ConcurrentLinkedQueue<>();

    /** Starts the FX platform (once per JVM). */
    static FxBoot start() throws InterruptedException {
        if (System.getenv("DISPLAY") == null && System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("headless.geometry", "1600x1200-32");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
        }
        FxBoot boot = new FxBoot();
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(() -> {
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    for (Runnable task = boot.fxTasks.poll(); task != null; task = boot.fxTasks.poll()) {
                        task.run();
                    }
                }
            }.start();
            up.countDown();
        });
        up.await();
        Platform.setImplicitExit(false);
        return boot;
    }

    /** Runs {@code work} on the FX thread at the next frame and returns its result. */
    <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        fxTasks.add(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(120, TimeUnit.SECONDS);
    }
}
