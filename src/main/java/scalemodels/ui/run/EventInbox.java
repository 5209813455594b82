package scalemodels.ui.run;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

import scalemodels.event.LogEvent;
import scalemodels.launch.RunListener;
import scalemodels.launch.RunOutcome;
import scalemodels.model.VmStatus;

/**
 * The one bridge into the FX thread: the supervisor's reader threads (and the window's background tasks) only
 * {@code offer} here; the frame timer drains it once per frame. Never one {@code Platform.runLater} per event.
 */
final class EventInbox implements RunListener {
    /** Something other than an event line, for the FX thread to act on. */
    sealed interface Notice {
    }

    record StatusChanged(int vm, VmStatus status) implements Notice {
    }

    record Problem(String message) implements Notice {
    }

    /** Told in the status line, changing nothing about the run (a stranger refused). */
    record Told(String message) implements Notice {
    }

    record Ended(RunOutcome outcome) implements Notice {
    }

    /** Work done off the FX thread whose result must be applied on it. */
    record Completion(Runnable onFxThread) implements Notice {
    }

    private final ConcurrentLinkedQueue<Object> items = new ConcurrentLinkedQueue<>();

    @Override
    public void onEvent(LogEvent event) {
        items.offer(event);
    }

    @Override
    public void onVmStatus(int vm, VmStatus status) {
        items.offer(new StatusChanged(vm, status));
    }

    @Override
    public void onProblem(String message) {
        items.offer(new Problem(message));
    }

    @Override
    public void onNotice(String message) {
        items.offer(new Told(message));
    }

    @Override
    public void onRunEnded(RunOutcome outcome) {
        items.offer(new Ended(outcome));
    }

    void complete(Runnable onFxThread) {
        items.offer(new Completion(onFxThread));
    }

    /**
     * Hands at most {@code max} items to the consumers, in arrival order.
     *
     * @return how many were drained
     */
    int drain(int max, Consumer<LogEvent> events, Consumer<Notice> notices) {
        int n = 0;
        Object item;
        while (n < max && (item = items.poll()) != null) {
            n++;
            if (item instanceof LogEvent event) {
                events.accept(event);
            } else {
                notices.accept((Notice) item);
            }
        }
        return n;
    }
}
