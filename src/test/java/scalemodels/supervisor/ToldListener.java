package scalemodels.supervisor;

import java.util.concurrent.ConcurrentLinkedQueue;

import scalemodels.launch.RunListener;

/** A run listener for tests: keeps what the run said, problems and notices apart (extended by tests that keep more). */
public class ToldListener implements RunListener {
    public final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    public final ConcurrentLinkedQueue<String> notices = new ConcurrentLinkedQueue<>();

    @Override
    public void onProblem(String message) {
        problems.add(message);
    }

    @Override
    public void onNotice(String message) {
        notices.add(message);
    }
}
