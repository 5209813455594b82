package scalemodels.wire;

import java.util.Arrays;

import scalemodels.event.FaultKind;

/**
 * What the supervisor tells a VM on its control connection, one line each ({@link ControlCodec} writes and reads
 * them). A new message is a compile error in every {@link Visitor}: the codec and each VM-side handler.
 */
public sealed interface ToVm {
    <R> R accept(Visitor<R> visitor);

    /** One method per message, so that no receiver can forget one. */
    interface Visitor<R> {
        R peers(Peers peers);

        R go(Go go);

        R stop(Stop stop);

        R pause(Pause pause);

        R resume(Resume resume);

        R fault(Fault fault);

        R peerBack(PeerBack peerBack);
    }

    /** Every VM's peer port by VM id (0 where a VM is down), sent once all said hello. */
    record Peers(int[] ports) implements ToVm {
        public Peers {
            ports = ports.clone();
        }

        @Override
        public int[] ports() {
            return ports.clone();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.peers(this);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Peers p && Arrays.equals(ports, p.ports);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(ports);
        }

        @Override
        public String toString() {
            return "Peers" + Arrays.toString(ports);
        }
    }

    /** The common start instant and the run's end, epoch microseconds (end 0: until STOP). */
    record Go(long startEpochMicros, long endEpochMicros) implements ToVm {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.go(this);
        }
    }

    /** Finish the tick, write stop, say BYE and exit. */
    record Stop() implements ToVm {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.stop(this);
        }
    }

    /** Stop ticking (messages keep arriving and queue up) until resumed. */
    record Pause() implements ToVm {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.pause(this);
        }
    }

    record Resume() implements ToVm {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.resume(this);
        }
    }

    /** A fault on the channel to VM {@code to}; {@code forMillis} 0 lasts until cleared. */
    record Fault(int to, FaultKind kind, long delayMillis, long forMillis) implements ToVm {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.fault(this);
        }
    }

    /** A restarted VM is back, listening on {@code port}. */
    record PeerBack(int vm, int port) implements ToVm {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.peerBack(this);
        }
    }
}
