package scalemodels.analysis;

import scalemodels.event.EventType;
import scalemodels.rundata.LaneData;
import scalemodels.rundata.LostMessage;
import scalemodels.rundata.RunModel;
import scalemodels.rundata.UnreceivedSends;

/**
 * The rule check's delivery part: a message that never arrived though a later one on its channel did is lost, and
 * messages sent to a VM well before its last event with a logged queue were received or are still in that queue (a
 * broadcast that reaches only some of its recipients breaks this), but for receives that name neither sender nor
 * timestamp and so may be any of them. What may still have been on the wire, what died with a crashed sender or
 * receiver, and what a delay fault holds back are not counted.
 */
final class DeliveryCheck {
    /**
     * Messages sent this close to the receiver's last event, plus the longest time any message of the run took, may
     * still have been on the wire; they are not counted as lost.
     */
    static final long IN_FLIGHT_GRACE_MICROS = 50_000;

    /** Where a finding goes: the event it is reported at and its sentence. */
    interface Sink {
        void add(int vm, int index, String message);
    }

    private final RunModel model;
    private final Sink sink;

    DeliveryCheck(RunModel model, Sink sink) {
        this.model = model;
        this.sink = sink;
    }

    /** A message that never arrived though a later one on its channel did: lost, whatever the stop lines say. */
    void checkOvertaken() {
        for (LostMessage lost : model.overtaken()) {
            sink.add(lost.from(), lost.sendIndex(), "the message sent at clock "
                    + model.lane(lost.from()).clock(lost.sendIndex()) + " to VM " + lost.to()
                    + " never arrived, though a later message on the same channel did");
        }
    }

    /**
     * Messages sent to a VM well before its last event with a known queue (its stop line, or in logs without one
     * the last line that logs the queue) were received or are in that queue.
     */
    void checkDelivery(int to) {
        LaneData receiver = model.lane(to);
        int last = receiver.size() - 1;
        while (last >= 0 && receiver.queue(last) < 0) {
            last--;
        }
        if (last < 0 || everCrashed(receiver)) {
            return;
        }
        long deadline = receiver.time(last) - IN_FLIGHT_GRACE_MICROS - model.maxLatencyMicros();
        boolean stopped = receiver.type(last) == EventType.STOP;
        int missing = 0;
        int firstFrom = -1;
        int firstIndex = -1;
        for (int from = 0; from < model.vms(); from++) {
            UnreceivedSends unreceived = model.unreceived(from, to);
            for (int k = 0; k < unreceived.size(); k++) {
                int send = unreceived.get(k);
                // Before the receiver's stop, a message held back by a delay fault may still be on its way.
                boolean mayBeDelayed = !stopped && model.lane(from).delayedTo(send, to);
                if (model.lane(from).time(send) < deadline && !model.mayHaveDiedWithSender(from, send, to)
                        && !mayBeDelayed) {
                    missing++;
                    if (firstFrom < 0) {
                        firstFrom = from;
                        firstIndex = send;
                    }
                }
            }
        }
        int queued = receiver.queue(last);
        if (missing > queued + anonymousReceives(receiver)) {
            sink.add(firstFrom, firstIndex, missing + " message" + (missing == 1 ? "" : "s") + " sent to VM " + to
                    + (stopped ? " before it stopped never arrived: it received none of them and stopped with "
                    : " well before its last logged event never arrived: it received none of them and had ") + queued
                    + " in its queue");
        }
    }

    /**
     * Receives that name neither their sender nor the timestamp they carried and so were matched to no send: each
     * may be one of the messages that seem missing (logs that record neither cannot tell which).
     */
    private static int anonymousReceives(LaneData lane) {
        int anonymous = 0;
        for (int i = 0; i < lane.size(); i++) {
            if (lane.type(i) == EventType.RECEIVE && lane.partner(i) < 0 && lane.sender(i) < 0
                    && lane.messageTimestamp(i) < 0) {
                anonymous++;
            }
        }
        return anonymous;
    }

    /** A VM that crashed lost its queue: what was sent to it says nothing about delivery. */
    private static boolean everCrashed(LaneData lane) {
        for (int i = 0; i < lane.size(); i++) {
            if (lane.type(i) == EventType.CRASH) {
                return true;
            }
        }
        return false;
    }
}
