package scalemodels.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ForkJoinTask;

/**
 * Runs independent pieces of one job (a VM's log, a lane's statistics) on all cores, through the common fork-join
 * pool: the calling thread works too and runs any piece no other thread has taken yet, so this never waits on a busy
 * pool and is safe to nest.
 */
public final class Parallel {

    private Parallel() {
    }

    /** A piece of work. */
    @FunctionalInterface
    public interface Piece<T> {
        T call() throws Exception;
    }

    /**
     * Runs every piece and returns their results in the order given.
     *
     * @throws Exception what the first piece (in the order given) that failed threw, unwrapped
     */
    public static <T> List<T> all(List<? extends Piece<T>> pieces) throws Exception {
        List<ForkJoinTask<T>> tasks = new ArrayList<>(pieces.size());
        for (Piece<T> piece : pieces) {
            tasks.add(ForkJoinTask.adapt(piece::call));
        }
        try {
            ForkJoinTask.invokeAll(tasks);
        } catch (RuntimeException | Error e) {
            // reported below, from the first piece that failed
        }
        List<T> results = new ArrayList<>(tasks.size());
        for (ForkJoinTask<T> task : tasks) {
            Throwable thrown = task.isCancelled() ? null : task.getException();
            if (thrown != null) {
                throw unwrapped(thrown);
            }
            if (task.isCancelled()) {
                throw new CancellationException("a piece was cancelled after another failed");
            }
            results.add(task.getRawResult());
        }
        return results;
    }

    /** ForkJoinTask.adapt wraps a checked exception in a RuntimeException; the piece's own exception is wanted. */
    private static Exception unwrapped(Throwable thrown) {
        Throwable t = thrown;
        while (t.getCause() != null
                && (t.getClass() == RuntimeException.class || t.getClass() == t.getCause().getClass())) {
            t = t.getCause();
        }
        if (t instanceof Error error) {
            throw error;
        }
        return t instanceof Exception e ? e : new IllegalStateException(t);
    }
}
