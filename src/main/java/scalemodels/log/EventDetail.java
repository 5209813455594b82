package scalemodels.log;

/** The fields that only one kind of event carries. */
public sealed interface EventDetail {
    EventType type();

    /** Tick 0: what the VM drew and was given. */
    record Start(int rate, double speed, long seed, int vms) implements EventDetail {
        @Override
        public EventType type() {
            return EventType.START;
        }
    }

    /** A drawn value above 3: nothing leaves the VM. */
    record Internal(int value) implements EventDetail {
        @Override
        public EventType type() {
            return EventType.INTERNAL;
        }
    }

    /** A drawn value of 1, 2 or 3: the message carrying this event's clock goes to every id in {@code to}. */
    record Send(int value, int[] to) implements EventDetail {
        @Override
        public EventType type() {
            return EventType.SEND;
        }
    }

    /** One message taken off the queue: {@code msg} is the Lamport timestamp it carried. */
    record Receive(int from, long msg) implements EventDetail {
        @Override
        public EventType type() {
            return EventType.RECEIVE;
        }
    }

    /** The run ended for this VM. */
    record Stop() implements EventDetail {
        @Override
        public EventType type() {
            return EventType.STOP;
        }
    }
}
