package scalemodels.ui.run;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

import scalemodels.rundata.ReplayCursor;
import scalemodels.rundata.RunModel;

/**
 * Replay of an opened run: play/pause, playback speed and seeking, advanced once per frame. It puts the model as of
 * the replay's position into the window's model property. FX thread only.
 */
public final class ReplayPlayer {
    private final ObjectProperty<RunModel> shown;
    private final BooleanProperty playing = new SimpleBooleanProperty();
    private final DoubleProperty speed = new SimpleDoubleProperty(1);
    private final DoubleProperty position = new SimpleDoubleProperty();
    private final DoubleProperty length = new SimpleDoubleProperty();
    private ReplayCursor cursor;
    private long lastFrameNanos;

    ReplayPlayer(ObjectProperty<RunModel> shown) {
        this.shown = shown;
    }

    /** Loads a finished run, positioned at its end, paused. */
    void load(RunModel full) {
        cursor = new ReplayCursor(full);
        playing.set(false);
        length.set((cursor.endMicros() - cursor.startMicros()) / 1e6);
        position.set(length.get());
        shown.set(cursor.view());
    }

    void unload() {
        cursor = null;
        playing.set(false);
    }

    boolean loaded() {
        return cursor != null;
    }

    /** Plays from where the replay stands (from the start when it stands at the end). */
    public void play() {
        if (cursor == null) {
            return;
        }
        if (cursor.atEnd()) {
            seek(0);
        }
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
    }

    /** Moves to {@code seconds} after the run's start. */
    public void seek(double seconds) {
        if (cursor == null) {
            return;
        }
        cursor.seek(cursor.startMicros() + Math.round(seconds * 1e6));
        publish();
    }

    /** Pauses and moves on to {@code epochMicros} if the replay has not reached it yet (stepping to an event). */
    public void reach(long epochMicros) {
        if (cursor != null && cursor.position() < epochMicros) {
            playing.set(false);
            cursor.seek(epochMicros);
            publish();
        }
    }

    /** Once per frame: moves on by the frame's time times the playback speed. */
    void advance(long nowNanos, boolean active) {
        long elapsed = lastFrameNanos == 0 ? 0 : nowNanos - lastFrameNanos;
        lastFrameNanos = nowNanos;
        if (cursor == null || !playing.get() || !active) {
            return;
        }
        cursor.seek(cursor.position() + Math.round(elapsed / 1000.0 * speed.get()));
        if (cursor.atEnd()) {
            playing.set(false);
        }
        publish();
    }

    /** Where "now" is in the replay, epoch microseconds. */
    long nowMicros() {
        return cursor.position();
    }

    boolean atEnd() {
        return cursor == null || cursor.atEnd();
    }

    /** The whole run, not only what the replay has reached. */
    RunModel full() {
        return cursor.full();
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    /** Playback speed: 1 is real time. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    /** Seconds since the run's start where the replay stands. */
    public DoubleProperty positionProperty() {
        return position;
    }

    /** Seconds from the run's first to its last event. */
    public DoubleProperty lengthProperty() {
        return length;
    }

    private void publish() {
        if (shown.get() != cursor.view()) {
            shown.set(cursor.view());
        }
        position.set((cursor.position() - cursor.startMicros()) / 1e6);
    }
}
