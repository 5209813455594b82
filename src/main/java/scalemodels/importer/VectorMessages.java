package scalemodels.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import scalemodels.event.EventDetail;
import scalemodels.event.EventType;
import scalemodels.event.LogEvent;

/**
 * In logs that carry only vector clocks (ShiViz), messages are not written down: an event whose entry for another
 * process grew received a message from that process's event with that entry, as ShiViz infers it. That event becomes
 * a receive carrying the entry (the sender's own count, its clock here), and the sender's event a send; the run model
 * then pairs them by that timestamp exactly, whatever order the channel kept.
 */
final class VectorMessages {
    private VectorMessages() {
    }

    /**
     * Rewrites receives and their sends in place.
     *
     * @param events  every event of the import, each lane's in its own order
     * @param derived per event, whether its clock is its own vector entry (no Lamport clock logged)
     * @return how many receives were inferred
     */
    static int infer(List<LogEvent> events, boolean[] derived, int vms) {
        Map<Long, Integer> byOwnEntry = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            LogEvent e = events.get(i);
            if (derived[i] && e.vc() != null) {
                byOwnEntry.put(key(e.vm(), e.vc()[e.vm()]), i);
            }
        }
        if (byOwnEntry.isEmpty()) {
            return 0;
        }
        long[][] previous = new long[vms][vms];
        int inferred = 0;
        for (int i = 0; i < events.size(); i++) {
            LogEvent e = events.get(i);
            if (!derived[i] || e.vc() == null || !e.type().isTick()) {
                continue;
            }
            int h = e.vm();
            int from = senderAmongGrown(e.vc(), previous[h], h, byOwnEntry, events, vms);
            previous[h] = e.vc();
            if (from < 0) {
                continue;
            }
            long carried = e.vc()[from];
            events.set(i, new LogEvent(e.timeMicros(), h, e.tick(), e.clock(), e.queue(),
                    new EventDetail.Receive(from, carried), e.vc()));
            Integer send = byOwnEntry.get(key(from, carried));
            if (send != null && events.get(send).type() != EventType.SEND) {
                LogEvent s = events.get(send);
                events.set(send, new LogEvent(s.timeMicros(), s.vm(), s.tick(), s.clock(), s.queue(),
                        new EventDetail.Send(-1, null), s.vc()));
            }
            inferred++;
        }
        return inferred;
    }

    private static long key(int vm, long ownEntry) {
        return ((long) vm << 40) | ownEntry;
    }

    /**
     * The process whose message an event received, or -1 when no other entry grew: of the entries that grew, the one
     * whose event (by its own entry) accounts for all the growth; the first that grew when none does (a corrupted
     * vector, which the rule check then reports).
     */
    private static int senderAmongGrown(long[] vc, long[] previous, int h, Map<Long, Integer> byOwnEntry,
                                        List<LogEvent> events, int vms) {
        int first = -1;
        for (int k = 0; k < vms; k++) {
            if (k == h || vc[k] <= previous[k]) {
                continue;
            }
            first = first < 0 ? k : first;
            Integer send = byOwnEntry.get(key(k, vc[k]));
            if (send == null) {
                continue;
            }
            long[] sent = events.get(send).vc();
            boolean explains = true;
            for (int j = 0; j < vms && explains; j++) {
                explains = j == h || Math.max(previous[j], sent[j]) == vc[j];
            }
            if (explains) {
                return k;
            }
        }
        return first;
    }
}
