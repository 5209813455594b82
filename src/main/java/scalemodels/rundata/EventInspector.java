package scalemodels.rundata;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import scalemodels.event.EventType;
import scalemodels.log.Timestamps;

/** What the window says about one event: its details for hover and selection, and its message partners. */
public final class EventInspector {
    private EventInspector() {
    }

    /** Several lines: type and VM, time, tick, clock, queue, peer and message timestamp, vector clock. */
    public static String describe(RunModel model, EventRef ref) {
        return describe(model, ref, List.of());
    }

    /**
     * The same, with why the clock has its value ({@link ClockExplanation}) and the rules the event breaks.
     *
     * @param broken the rule check's sentences about this event, in its own words
     */
    public static String describe(RunModel model, EventRef ref, List<String> broken) {
        LaneData lane = model.lane(ref.lane());
        int i = ref.index();
        EventType type = lane.type(i);
        StringBuilder text = new StringBuilder();
        text.append(capitalized(type.word())).append(" on VM ").append(ref.lane()).append('\n');
        long sinceStart = lane.time(i) - model.startMicros();
        text.append("time ").append(Timestamps.format(lane.time(i)))
                .append(String.format(" (+%.3f s)", sinceStart / 1e6)).append('\n');
        text.append("tick ").append(lane.tick(i)).append("   clock ").append(lane.clock(i))
                .append("   queue ").append(lane.queue(i) < 0 ? "?" : Integer.toString(lane.queue(i))).append('\n');
        text.append(ClockExplanation.of(model, ref));
        broken.forEach(rule -> text.append("breaks: ").append(rule).append('\n'));
        // An exhaustive switch: a new kind does not compile until it says what its details are.
        text.append(switch (type) {
            case SEND -> "value " + orUnknown(lane.drawnValue(i)) + "   to VM "
                    + (lane.recipientMask(i) == LaneData.UNKNOWN_RECIPIENTS ? "? (not logged)"
                    : lane.recipientList(i, ',')) + undelivered(lane, i) + "\n";
            case RECEIVE -> "from VM " + orUnknown(lane.sender(i)) + "   message timestamp "
                    + orUnknown(lane.messageTimestamp(i)) + (lane.sender(i) < 0 && lane.messageTimestamp(i) < 0
                    ? " (not logged)" : "") + "\n";
            case INTERNAL -> "value " + orUnknown(lane.drawnValue(i)) + "\n";
            case START, RESTART -> "rate " + lane.rate() + " ticks/s\n";
            case FAULT -> faultText(lane.fault(i));
            case RECONNECT -> "new channel to VM " + lane.reconnectedTo(i) + "\n";
            case STOP, PAUSE, RESUME, CRASH -> "";
        });
        if (lane.extra(i) != null) {
            text.append("extra ").append(lane.extra(i)).append('\n');
        }
        if (type != EventType.STOP && lane.hasVectorClocks()) {
            StringJoiner vc = new StringJoiner(",");
            for (long entry : lane.vectorClock(i)) {
                vc.add(Long.toString(entry));
            }
            text.append("vector clock ").append(vc);
        }
        return text.toString().strip();
    }

    private static String faultText(scalemodels.event.EventDetail.Fault fault) {
        if (fault == null) {
            return "";
        }
        String lasting = fault.forMillis() == 0 ? " until cleared" : " for " + fault.forMillis() + " ms";
        return switch (fault.kind()) {
            case DROP -> "dropping messages to VM " + fault.to() + lasting + "\n";
            case DELAY -> "delaying messages to VM " + fault.to() + " by " + fault.delayMillis() + " ms" + lasting
                    + "\n";
            case CLEAR -> "messages to VM " + fault.to() + " go through again\n";
        };
    }

    /** An event's details ({@link #describe(RunModel, EventRef, List)}) and then its message partners. */
    public static String describeSelection(RunModel model, EventRef ref, List<String> broken, List<EventRef> partners) {
        return describe(model, ref, broken) + (partners.isEmpty() ? "" : "\nmessage partner"
                + (partners.size() > 1 ? "s" : "") + ": " + describeAll(model, partners))
                + (byArrivalOrder(model, ref, partners) ? "\n(paired by arrival order: the receiver's log does not say"
                + " which message a receive took)" : "");
    }

    /** Whether a partner of the event is one that {@link ArrivalOrder} paired rather than the logs. */
    private static boolean byArrivalOrder(RunModel model, EventRef ref, List<EventRef> partners) {
        if (!model.arrivalOrder().any()) {
            return false;
        }
        boolean receive = model.lane(ref.lane()).type(ref.index()) == EventType.RECEIVE;
        return partners.stream().anyMatch(p -> receive ? model.lane(ref.lane()).partner(ref.index()) < 0
                : model.lane(p.lane()).partner(p.index()) < 0);
    }

    /** A logged number, or "?" where the log did not give it (-1). */
    private static String orUnknown(long value) {
        return value < 0 ? "?" : Long.toString(value);
    }

    /** Events in a few words each ("receive on VM 2 at clock 9"), separated by semicolons. */
    public static String describeAll(RunModel model, List<EventRef> events) {
        StringJoiner out = new StringJoiner("; ");
        events.forEach(e -> out.add(name(model, e)));
        return out.toString();
    }

    /** One event in a few words: "receive on VM 2 at clock 15". */
    public static String name(RunModel model, EventRef e) {
        LaneData lane = model.lane(e.lane());
        return lane.type(e.index()).word() + " on VM " + e.lane() + " at clock " + lane.clock(e.index());
    }

    /** A receive's send; a send's receives (those that happened so far). */
    public static List<EventRef> partners(RunModel model, EventRef ref) {
        LaneData lane = model.lane(ref.lane());
        List<EventRef> partners = new ArrayList<>();
        if (lane.type(ref.index()) == EventType.RECEIVE) {
            int send = lane.partner(ref.index());
            EventRef guessed = model.arrivalOrder().sendOf(ref.lane(), ref.index());
            if (send >= 0 && lane.sender(ref.index()) >= 0) {
                partners.add(new EventRef(lane.sender(ref.index()), send));
            } else if (guessed != null) {
                partners.add(guessed);
            }
        } else if (lane.type(ref.index()) == EventType.SEND) {
            int mask = lane.recipientMask(ref.index());
            for (int to = 0; to < model.vms(); to++) {
                boolean candidate = mask == LaneData.UNKNOWN_RECIPIENTS ? to != ref.lane() : (mask & (1 << to)) != 0;
                if (candidate) {
                    int receive = findReceiveOf(model.lane(to), ref.lane(), ref.index(), lane.time(ref.index()));
                    if (receive < 0 && model.arrivalOrder().any()) {
                        receive = model.arrivalOrder().receiveOf(ref.lane(), ref.index(), to);
                    }
                    if (receive >= 0) {
                        partners.add(new EventRef(to, receive));
                    }
                }
            }
        }
        return partners;
    }

    /** "   failed 2   dropped 1   delayed 2" for a send that did not simply go out; empty otherwise. */
    private static String undelivered(LaneData lane, int i) {
        StringBuilder out = new StringBuilder();
        appendIds(out, "failed", RecipientMask.ids(lane.failedMask(i)));
        appendIds(out, "dropped", RecipientMask.ids(lane.droppedMask(i)));
        appendIds(out, "delayed", lane.delayed(i));
        return out.toString();
    }

    private static void appendIds(StringBuilder out, String what, int[] ids) {
        if (ids.length > 0) {
            StringJoiner list = new StringJoiner(",");
            for (int id : ids) {
                list.add(Integer.toString(id));
            }
            out.append("   ").append(what).append(' ').append(list);
        }
    }

    private static int findReceiveOf(LaneData receiver, int from, int sendIndex, long sentAt) {
        // Receives of this send can only come after it: scan forward from the send time, allowing clock skew.
        for (int i = Math.max(0, receiver.firstAtOrAfter(sentAt - 1_000_000)); i < receiver.size(); i++) {
            if (receiver.type(i) == EventType.RECEIVE && receiver.sender(i) == from && receiver.partner(i) == sendIndex) {
                return i;
            }
        }
        return -1;
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
