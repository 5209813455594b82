package scalemodels.event;


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

    /**
     * A drawn value of 1, 2 or 3: the message carrying this event's clock goes to every id in {@code to}.
     *
     * @param value   the value drawn, -1 when a foreign log does not say
     * @param to      recipients; null when a foreign log does not say
     * @param failed  recipients whose channel was broken (the peer is gone): the message was not delivered
     * @param dropped recipients an injected fault dropped the message for
     * @param delayed recipients an injected fault delays the message for
     */
    record Send(int value, int[] to, int[] failed, int[] dropped, int[] delayed) implements EventDetail {
        private static final int[] NONE = new int[0];

        public Send(int value, int[] to) {
            this(value, to, NONE, NONE, NONE);
        }

        @Override
        public EventType type() {
            return EventType.SEND;
        }

        /** Recipients that will not get the message: failed or dropped. */
        public boolean undelivered(int vm) {
            for (int id : failed) {
                if (id == vm) {
                    return true;
                }
            }
            for (int id : dropped) {
                if (id == vm) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Ticking stopped; messages keep arriving. */
    record Pause() implements EventDetail {
        @Override
        public EventType type() {
            return EventType.PAUSE;
        }
    }

    /** Ticking goes on, on a schedule anchored at this moment. */
    record Resume() implements EventDetail {
        @Override
        public EventType type() {
            return EventType.RESUME;
        }
    }

    /** The process died (killed or failed); messages in its queue are lost. */
    record Crash() implements EventDetail {
        @Override
        public EventType type() {
            return EventType.CRASH;
        }
    }

    /** A new process carries on with the clock, vector, tick count and draws the crashed one had logged. */
    record Restart(int rate, double speed, long seed, int vms) implements EventDetail {
        @Override
        public EventType type() {
            return EventType.RESTART;
        }
    }

    /** A new channel to VM {@code to}, which restarted after a crash. */
    record Reconnect(int to) implements EventDetail {
        @Override
        public EventType type() {
            return EventType.RECONNECT;
        }
    }

    /**
     * A channel fault on the messages this VM sends to VM {@code to}.
     *
     * @param kind        drop, delay or clear
     * @param to          the receiving VM
     * @param delayMillis with delay: how long each message is held back
     * @param forMillis   how long the fault lasts; 0 until cleared
     */
    record Fault(FaultKind kind, int to, long delayMillis, long forMillis) implements EventDetail {
        @Override
        public EventType type() {
            return EventType.FAULT;
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
