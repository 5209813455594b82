package scalemodels.wire;

/**
 * What a VM tells the supervisor on its control connection, one line each ({@link ControlCodec} writes and reads
 * them). A new message is a compile error in every {@link Visitor}.
 */
public sealed interface ToSupervisor {
    <R> R accept(Visitor<R> visitor);

    /** One method per message, so that no receiver can forget one. */
    interface Visitor<R> {
        R hello(Hello hello);

        R ready(Ready ready);

        R event(Event event);

        R bye(Bye bye);

        R fail(Fail fail);
    }

    /** The first line: the run secret (hex), who it is, where its peers reach it and its drawn rate. */
    record Hello(String secretHex, int vm, int peerPort, int rate) implements ToSupervisor {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.hello(this);
        }

        @Override
        public String toString() {
            return "Hello[vm=" + vm + ", peerPort=" + peerPort + ", rate=" + rate + "]"; // never the secret
        }
    }

    /** Every channel to and from the peers is up. */
    record Ready() implements ToSupervisor {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.ready(this);
        }
    }

    /** One event, as the very line the VM wrote to its log (the log contract, read by {@code LogLineFormat}). */
    record Event(String logLine) implements ToSupervisor {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.event(this);
        }
    }

    /** The last line of a clean stop. */
    record Bye() implements ToSupervisor {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.bye(this);
        }
    }

    /** The VM cannot go on (its log cannot be written), and says why in one sentence. */
    record Fail(String sentence) implements ToSupervisor {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.fail(this);
        }
    }
}
