package scalemodels.diag;

import org.tinylog.Logger;

/** Named daemon threads that log what kills them instead of dying silently. */
public final class Threads {
    private Threads() {
    }

    public static Thread start(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((t, e) -> Logger.error(e, "thread {} died", t.getName()));
        thread.start();
        return thread;
    }
}
