package scalemodels.rundata;

import scalemodels.event.EventDetail;
import scalemodels.event.EventType;
import scalemodels.event.LogEvent;

/**
 * How what only one kind of event carries goes into a lane's columns and comes back out: both are exhaustive switches
 * over the event kinds, so a new kind does not compile until it has its place in a lane.
 */
final class LaneDetails {
    private LaneDetails() {
    }

    /**
     * Stores what only this kind of event carries (drawn value, recipients, sender, fault) and returns its
     * {@code aux} entry. An exhaustive switch: a new kind does not compile until its columns are decided here.
     */
    static int store(LaneData lane, int i, EventDetail detail) {
        LaneColumns c = lane.c;
        return switch (detail.type()) {
            case SEND -> {
                EventDetail.Send send = (EventDetail.Send) detail;
                c.msg[i] = send.value();
                c.lost[i] = RecipientMask.of(send.failed()) | (RecipientMask.of(send.dropped()) << 16);
                if (send.delayed().length > 0) {
                    lane.rare.put(i, send);
                }
                yield send.to() == null ? RecipientMask.UNKNOWN : RecipientMask.of(send.to());
            }
            case RECEIVE -> {
                EventDetail.Receive receive = (EventDetail.Receive) detail;
                c.msg[i] = receive.msg();
                yield receive.from();
            }
            case INTERNAL -> {
                c.msg[i] = ((EventDetail.Internal) detail).value();
                yield 0;
            }
            case FAULT -> {
                lane.rare.put(i, detail);
                yield ((EventDetail.Fault) detail).to();
            }
            case RECONNECT -> ((EventDetail.Reconnect) detail).to();
            case START -> {
                lane.rate = ((EventDetail.Start) detail).rate();
                lane.speed = ((EventDetail.Start) detail).speed();
                yield 0;
            }
            case RESTART -> {
                lane.rate = ((EventDetail.Restart) detail).rate();
                lane.speed = ((EventDetail.Restart) detail).speed();
                yield 0;
            }
            case STOP, PAUSE, RESUME, CRASH -> 0;
        };
    }

    /** The event at {@code i} of {@code lane} as a log event again. */
    static LogEvent toEvent(LaneData lane, int vm, int i) {
        LaneColumns c = lane.c;
        int vms = lane.vms;
        EventType t = lane.type(i);
        EventDetail detail = switch (t) {
            case START -> new EventDetail.Start(lane.rate, lane.speed, 0, vms);
            case RESTART -> new EventDetail.Restart(lane.rate, lane.speed, 0, vms);
            case INTERNAL -> new EventDetail.Internal((int) c.msg[i]);
            case SEND -> lane.rare.get(i) instanceof EventDetail.Send send ? send
                    : new EventDetail.Send((int) c.msg[i],
                    c.aux[i] == RecipientMask.UNKNOWN ? null : RecipientMask.ids(c.aux[i]),
                    RecipientMask.ids(lane.failedMask(i)), RecipientMask.ids(lane.droppedMask(i)), new int[0]);
            case RECEIVE -> new EventDetail.Receive(c.aux[i], c.msg[i]);
            case STOP -> new EventDetail.Stop();
            case PAUSE -> new EventDetail.Pause();
            case RESUME -> new EventDetail.Resume();
            case CRASH -> new EventDetail.Crash();
            case FAULT -> lane.rare.get(i);
            case RECONNECT -> new EventDetail.Reconnect(c.aux[i]);
        };
        long[] vector = !t.carriesVectorClock() || !lane.hasVectorClocks() ? null : lane.vectorClock(i);
        return new LogEvent(c.time[i], vm, c.tick[i], c.clock[i], c.queue[i], detail, vector);
    }
}
