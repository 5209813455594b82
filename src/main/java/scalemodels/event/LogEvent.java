package scalemodels.event;

/**
 * One line of a VM log, as written and as parsed back.
 *
 * @param timeMicros system wall-clock time, microseconds since the Unix epoch (UTC)
 * @param vm         the VM that logged it
 * @param tick       tick number, 1-based; 0 on start; the last tick on stop
 * @param clock      Lamport clock after the event
 * @param queue      messages still waiting in the VM's queue after the event
 * @param detail     the fields of this kind of event
 * @param vc         vector clock after the event; null on stop, which carries none
 */
public record LogEvent(long timeMicros, int vm, long tick, long clock, int queue, EventDetail detail, long[] vc) {

    public EventType type() {
        return detail.type();
    }
}
