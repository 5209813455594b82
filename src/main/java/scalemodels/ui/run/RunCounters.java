package scalemodels.ui.run;

import java.util.ArrayDeque;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;

import scalemodels.rundata.RunModel;

/**
 * The status bar's numbers: events, lost, in flight, events per second over the last second, elapsed time. Refreshed
 * once per frame; reset whenever another model takes the screen. FX thread only.
 */
public final class RunCounters {
    private final RunSession session;
    private final ArrayDeque<long[]> rateSamples = new ArrayDeque<>();
    private final LongProperty events = new SimpleLongProperty();
    private final LongProperty lostEvents = new SimpleLongProperty();
    private final LongProperty inFlight = new SimpleLongProperty();
    private final DoubleProperty eventsPerSecond = new SimpleDoubleProperty();
    private final DoubleProperty elapsedSeconds = new SimpleDoubleProperty();

    RunCounters(RunSession session) {
        this.session = session;
        session.modelProperty().addListener((obs, old, now) -> reset());
    }

    private void reset() {
        rateSamples.clear();
        events.set(0);
        lostEvents.set(0);
        inFlight.set(0);
        eventsPerSecond.set(0);
        elapsedSeconds.set(0);
    }

    /**
     * @param live      whether "now" moves (the rate is 0 otherwise)
     * @param nowMicros the time at the right edge of the story
     */
    void refresh(long nowNanos, boolean live, long nowMicros) {
        RunModel m = session.modelProperty().get();
        if (m == null) {
            return;
        }
        events.set(m.events());
        lostEvents.set(m.lostEvents());
        inFlight.set(m.inFlight());
        rateSamples.addLast(new long[] {nowNanos, m.events()});
        while (rateSamples.size() > 2 && nowNanos - rateSamples.peekFirst()[0] > 1_000_000_000L) {
            rateSamples.removeFirst();
        }
        long[] oldest = rateSamples.peekFirst();
        double window = (nowNanos - oldest[0]) / 1e9;
        eventsPerSecond.set(live && window > 0.2 ? (m.events() - oldest[1]) / window : 0);
        long start = session.startMicros() != 0 ? session.startMicros() : m.startMicros();
        if (start != Long.MAX_VALUE && start != 0) {
            elapsedSeconds.set(Math.max(0, (nowMicros - start) / 1e6));
        }
    }

    public LongProperty eventsProperty() {
        return events;
    }

    public LongProperty lostEventsProperty() {
        return lostEvents;
    }

    public LongProperty inFlightProperty() {
        return inFlight;
    }

    public DoubleProperty eventsPerSecondProperty() {
        return eventsPerSecond;
    }

    public DoubleProperty elapsedSecondsProperty() {
        return elapsedSeconds;
    }
}
