package scalemodels.analysis;

/**
 * What one VM did in a run.
 *
 * @param vm                VM id
 * @param rate              drawn tick rate (ticks per second at speed 1); 0 when the log does not say
 * @param speed             speed multiplier
 * @param measuredTickRate  ticks per second measured from the log's own times
 * @param ticks             ticks made
 * @param receives          receive events
 * @param sends             send events
 * @param internals         internal events
 * @param finalClock        Lamport clock at the end
 * @param meanJump          mean clock step between consecutive events
 * @param maxJump           largest clock step
 * @param maxDrift          largest lag behind the highest clock of all VMs at any moment
 * @param finalDrift        lag behind the highest clock at the end
 * @param clockMinusTicks   final clock minus ticks made: how far messages pushed this clock beyond its own ticking
 * @param meanQueue         mean queue length after an event (-1 when the log has no queue lengths)
 * @param maxQueue          longest queue after an event
 * @param finalQueue        queue at the end
 * @param meanWaitMillis    mean time a received message spent between its send and its receive
 * @param maxWaitMillis     longest such time
 * @param meanWaitTicks     mean number of this VM's ticks a message waited
 * @param maxWaitTicks      most ticks a message waited
 * @param pauses            times it was paused by fault injection
 * @param crashes           times its process died
 * @param undelivered       messages it sent that did not reach a recipient (peer gone, or dropped by a fault); a fault
 * @param sentAfterStop     messages it sent to a VM whose log had already ended (the run's end reaches VMs a few
 *                          milliseconds apart): they could not be delivered, and that is no fault
 */
public record VmStats(int vm, int rate, double speed, double measuredTickRate, long ticks, long receives, long sends,
                      long internals, long finalClock, double meanJump, long maxJump, long maxDrift, long finalDrift,
                      long clockMinusTicks, double meanQueue, int maxQueue, int finalQueue, double meanWaitMillis,
                      double maxWaitMillis, double meanWaitTicks, long maxWaitTicks, long pauses, long crashes,
                      long undelivered, long sentAfterStop) {

    public long events() {
        return receives + sends + internals;
    }

    public double share(long count) {
        return events() == 0 ? 0 : count / (double) events();
    }
}
