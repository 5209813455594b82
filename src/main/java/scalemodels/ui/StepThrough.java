package scalemodels.ui;

import scalemodels.rundata.EventRef;
import scalemodels.rundata.EventSteps;
import scalemodels.rundata.RunModel;
import scalemodels.timeline.TimelineGeometry;
import scalemodels.ui.run.RunState;
import scalemodels.ui.run.RunViewModel;
import scalemodels.ui.timeline.Stepper;
import scalemodels.ui.timeline.TimelineView;

/**
 * Right and Left on the timeline: the next or previous event of the whole run (Shift: of the selected event's VM),
 * from the selected event, or, when none is, the first event in view (Right) or the last (Left). A live run's view is held first (the run
 * goes on recording); a replay moves on to an event it has not reached yet. The event is selected, so Event details
 * explains its clock at every step.
 */
final class StepThrough implements Stepper {
    private final RunViewModel run;
    private final TimelineView timeline;

    StepThrough(RunViewModel run, TimelineView timeline) {
        this.run = run;
        this.timeline = timeline;
    }

    @Override
    public void step(boolean forward, boolean sameVm) {
        RunModel full = run.analysisModel();
        if (full == null || full.isEmpty()) {
            return;
        }
        if (run.stateProperty().get() == RunState.RUNNING) {
            timeline.hold();
        }
        EventRef from = timeline.selection().first();
        EventRef to;
        if (from == null || from.lane() >= full.vms() || from.index() >= full.lane(from.lane()).size()) {
            // Nothing selected: forwards from the view's left edge, backwards from its right edge.
            TimelineGeometry g = timeline.geometry();
            to = forward ? EventSteps.at(full, g.viewStart()) : EventSteps.lastAtOrBefore(full, g.viewEnd());
        } else {
            to = forward ? EventSteps.next(full, from, sameVm) : EventSteps.previous(full, from, sameVm);
        }
        if (to == null) {
            return;
        }
        if (run.stateProperty().get() == RunState.REPLAY) {
            run.replay().reach(full.lane(to.lane()).time(to.index()));
        }
        timeline.showStep(to);
    }
}
