package scalemodels.vm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import scalemodels.event.EventType;
import scalemodels.event.LogEvent;
import scalemodels.log.EventLogReader;
import scalemodels.log.LogParseException;
import scalemodels.model.VmLogic;

/**
 * What a restarted VM takes over from its crashed process's log: the last tick, clock and vector clock, and how many
 * values it drew (one per send or internal event), so the new process carries on as if it had only paused.
 */
record RecoveredState(long tick, long clock, long[] vector, long draws) {
    /**
     * The state to carry on from; empty when the crashed process logged nothing but crash lines (it was killed before
     * its start line: nothing happened that a new process must carry on from, so it starts afresh).
     *
     * @throws IOException when there is no log, it cannot be read, or it holds events but no vector clock
     */
    static Optional<RecoveredState> read(Path log, int vm) throws IOException {
        if (!Files.exists(log)) {
            throw new IOException("no log " + log + " to restart VM " + vm + " from");
        }
        try {
            long tick = 0;
            long clock = 0;
            long[] vector = null;
            long draws = 0;
            boolean happened = false;
            for (LogEvent e : EventLogReader.read(log).events()) {
                happened |= e.type() != EventType.CRASH;
                tick = e.tick();
                clock = e.clock();
                if (e.vc() != null) {
                    vector = e.vc();
                }
                if (e.type() == EventType.SEND || e.type() == EventType.INTERNAL) {
                    draws++;
                }
            }
            if (!happened) {
                return Optional.empty();
            }
            if (vector == null) {
                throw new IOException("log " + log + " holds no vector clock to restart from");
            }
            return Optional.of(new RecoveredState(tick, clock, vector, draws));
        } catch (LogParseException e) {
            throw new IOException("cannot restart VM " + vm + " from its log: " + e.getMessage(), e);
        }
    }

    void applyTo(VmLogic logic) {
        logic.restore(tick, clock, vector, draws);
    }
}
