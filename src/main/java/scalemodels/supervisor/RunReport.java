package scalemodels.supervisor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.tinylog.Logger;

import scalemodels.event.LogEvent;
import scalemodels.launch.RunListener;
import scalemodels.model.VmStatus;

/** What the supervisor's threads tell the run's listener, and the problems kept for the run's outcome. */
final class RunReport {
    private final RunListener listener;
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private volatile Runnable onProblem = () -> { };

    RunReport(RunListener listener) {
        this.listener = listener;
    }

    /** Runs at every problem, before it is logged (the run folder's reserved room is given back at the first). */
    void onProblem(Runnable action) {
        onProblem = action;
    }

    void event(LogEvent event) {
        listener.onEvent(event);
    }

    void status(VmChild child, VmStatus status) {
        child.status = status;
        listener.onVmStatus(child.id, status);
    }

    void problem(String message) {
        onProblem.run();
        Logger.warn(message);
        problems.add(message);
        listener.onProblem(message);
    }

    /** Told, never kept among the problems (a refused stranger). */
    void notice(String message) {
        Logger.warn(message);
        listener.onNotice(message);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    RunListener listener() {
        return listener;
    }
}
