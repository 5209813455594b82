package scalemodels.analysis;

import scalemodels.log.EventDetail;
import scalemodels.log.LogEvent;
import scalemodels.log.VmLog;

/**
 * The per-VM figures the headless run prints.
 *
 * @param vm           VM id
 * @param rate         drawn tick rate (ticks per second at speed 1), from the start line; 0 if missing
 * @param ticks        ticks made
 * @param receives     receive events
 * @param sends        send events
 * @param internals    internal events
 * @param finalClock   Lamport clock at the end
 * @param largestJump  largest clock step between two consecutive events
 * @param largestQueue longest queue seen after an event
 * @param stopped      whether the log ends with a stop line
 */
public record VmSummary(int vm, int rate, long ticks, long receives, long sends, long internals, long finalClock,
                        long largestJump, int largestQueue, boolean stopped) {

    public static VmSummary of(VmLog log) {
        int rate = 0;
        long ticks = 0;
        long receives = 0;
        long sends = 0;
        long internals = 0;
        long clock = 0;
        long largestJump = 0;
        int largestQueue = 0;
        boolean stopped = false;
        for (LogEvent e : log.events()) {
            largestJump = Math.max(largestJump, e.clock() - clock);
            clock = e.clock();
            ticks = Math.max(ticks, e.tick());
            largestQueue = Math.max(largestQueue, e.queue());
            EventDetail detail = e.detail();
            if (detail instanceof EventDetail.Start start) {
                rate = start.rate();
            } else if (detail instanceof EventDetail.Receive) {
                receives++;
            } else if (detail instanceof EventDetail.Send) {
                sends++;
            } else if (detail instanceof EventDetail.Internal) {
                internals++;
            } else if (detail instanceof EventDetail.Stop) {
                stopped = true;
            }
        }
        return new VmSummary(log.vm(), rate, ticks, receives, sends, internals, clock, largestJump, largestQueue,
                stopped);
    }
}
