package scalemodels.concurrent;

import scalemodels.diag.Threads;

/**
 * Runs a piece of background work (launching, loading, zipping). The app gives each its own named thread; a test can
 * run them on the calling thread and see every step in order.
 */
@FunctionalInterface
public interface TaskRunner {
    /** One named daemon thread per task, so a thread dump says what each is doing. */
    TaskRunner THREADS = Threads::start;

    /** Runs {@code task} in the background; {@code name} names the thread. */
    void run(String name, Runnable task);
}
