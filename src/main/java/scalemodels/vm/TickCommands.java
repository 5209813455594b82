package scalemodels.vm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.tinylog.Logger;

import scalemodels.event.EventDetail;
import scalemodels.event.FaultKind;
import scalemodels.wire.ToVm;

/**
 * The supervisor's commands that change what the tick thread does (pause, resume, channel faults, a peer back after
 * its restart). The control thread only queues them; the tick thread applies them between ticks and logs each as an
 * annotation line, so the event log keeps one writer.
 */
final class TickCommands {
    /** Writes one annotation line (and streams it). */
    interface Annotator {
        void annotate(EventDetail detail) throws IOException;
    }

    private final int self;
    private final ConcurrentLinkedQueue<ToVm> pending = new ConcurrentLinkedQueue<>();
    private final ChannelFaults faults;
    private final Runnable wake;
    private boolean paused;

    /** @param wake wakes the tick thread so that a command does not wait for the next tick */
    TickCommands(int self, int vms, Runnable wake) {
        this.self = self;
        this.faults = new ChannelFaults(vms);
        this.wake = wake;
    }

    /** From the control thread. */
    void offer(ToVm command) {
        pending.add(command);
        wake.run();
    }

    boolean paused() {
        return paused;
    }

    ChannelFaults faults() {
        return faults;
    }

    /** Ends faults that ran out, then applies every queued command in order; tick thread only. */
    void apply(PeerMesh mesh, TickSchedule schedule, long tick, Annotator annotator) throws IOException {
        for (int to : faults.expire(System.nanoTime())) {
            annotator.annotate(new EventDetail.Fault(FaultKind.CLEAR, to, 0, 0));
        }
        ToVm command;
        while ((command = pending.poll()) != null) {
            try {
                command.accept(new Applier(mesh, schedule, tick, annotator));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    private final class Applier implements ToVm.Visitor<Void> {
        private final PeerMesh mesh;
        private final TickSchedule schedule;
        private final long tick;
        private final Annotator annotator;

        Applier(PeerMesh mesh, TickSchedule schedule, long tick, Annotator annotator) {
            this.mesh = mesh;
            this.schedule = schedule;
            this.tick = tick;
            this.annotator = annotator;
        }

        @Override
        public Void pause(ToVm.Pause pause) {
            if (!paused) {
                paused = true;
                annotate(new EventDetail.Pause());
            }
            return null;
        }

        @Override
        public Void resume(ToVm.Resume resume) {
            if (paused) {
                paused = false;
                schedule.resumeAt(tick, System.nanoTime());
                annotate(new EventDetail.Resume());
            }
            return null;
        }

        @Override
        public Void fault(ToVm.Fault fault) {
            int to = fault.to();
            if (to >= faults.vms() || to == self) {
                Logger.error("ignoring a fault on the channel to VM {}, which is no peer", to);
                return null;
            }
            long until = fault.forMillis() == 0 ? Long.MAX_VALUE : System.nanoTime() + fault.forMillis() * 1_000_000;
            switch (fault.kind()) {
                case DROP -> faults.set(to, ChannelFaults.Kind.DROP, 0, until);
                case DELAY -> faults.set(to, ChannelFaults.Kind.DELAY, fault.delayMillis() * 1_000_000, until);
                case CLEAR -> faults.clear(to);
            }
            annotate(new EventDetail.Fault(fault.kind(), to, fault.delayMillis(), fault.forMillis()));
            return null;
        }

        @Override
        public Void peerBack(ToVm.PeerBack back) {
            if (back.vm() >= faults.vms() || back.vm() == self) {
                Logger.error("ignoring the return of VM {}, which is no peer", back.vm());
                return null;
            }
            try {
                mesh.connect(back.vm(), back.port());
            } catch (IOException e) {
                // Its sends then fail and say so on their lines; the run goes on.
                Logger.warn("could not reconnect to VM {} on port {}: {}", back.vm(), back.port(), e.getMessage());
                return null;
            }
            annotate(new EventDetail.Reconnect(back.vm()));
            return null;
        }

        // The control thread acts on these itself; they never reach the tick thread's queue.
        @Override
        public Void peers(ToVm.Peers peers) {
            return null;
        }

        @Override
        public Void go(ToVm.Go go) {
            return null;
        }

        @Override
        public Void stop(ToVm.Stop stop) {
            return null;
        }

        private void annotate(EventDetail detail) {
            try {
                annotator.annotate(detail);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
