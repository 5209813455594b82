package scalemodels.ui.timeline;

/**
 * Steps through a run from the timeline's keys (Right, Left, with Shift for one VM): finds the event to step to and
 * brings it into the run as shown (a replay moves on to it), then hands it to {@link TimelineView#showStep}.
 */
@FunctionalInterface
public interface Stepper {
    void step(boolean forward, boolean sameVm);
}
