package scalemodels.rundata;

import java.util.Locale;

/**
 * Why an event's Lamport clock has its value, in the rule's own terms: "receive: max(local 102, message 101) + 1 =
 * 103". A receive also says how long its message was on the way and how long it waited in the queue; an event whose
 * logged clock is not what the rule gives says so.
 */
public final class ClockExplanation {
    private ClockExplanation() {
    }

    /** One or two lines, each ending in a line break; empty for an event that does not move the clock. */
    public static String of(RunModel model, EventRef ref) {
        LaneData lane = model.lane(ref.lane());
        int i = ref.index();
        long clock = lane.clock(i);
        long local = i == 0 ? 0 : lane.clock(i - 1);
        // An exhaustive switch: a new kind does not compile until it says what it does to the clock.
        return switch (lane.type(i)) {
            case INTERNAL -> rule("internal: " + local + " + 1 = " + (local + 1), local + 1, clock, model, ref.lane());
            case SEND -> rule("send: " + local + " + 1 = " + (local + 1) + ", carried to VM "
                    + RecipientMask.text(lane.recipientMask(i), ',').replace(",", " and VM "), local + 1, clock,
                    model, ref.lane());
            case RECEIVE -> receive(model, ref, lane, local, clock);
            case START -> "start: the clock begins at " + clock + "\n";
            case RESTART -> "restart: the clock carries on from the log at " + clock + "\n";
            case STOP, PAUSE, RESUME, CRASH, FAULT, RECONNECT -> "";
        };
    }

    private static String receive(RunModel model, EventRef ref, LaneData lane, long local, long clock) {
        int i = ref.index();
        long message = lane.messageTimestamp(i);
        long expected = Math.max(local, message) + 1;
        String text = rule("receive: max(local " + local + ", message " + message + ") + 1 = " + expected, expected,
                clock, model, ref.lane());
        int from = lane.sender(i);
        int send = lane.partner(i);
        if (from < 0 || send < 0) {
            return text;
        }
        long total = lane.time(i) - model.lane(from).time(send);
        long transit = Math.min(total, model.transitMicros(from, ref.lane()));
        return text + String.format(Locale.ROOT, "sent %s before: about %s on the way (the channel's quickest message),"
                + " %s waiting in the queue%n", millis(total), millis(transit), millis(total - transit));
    }

    /** The rule's sum, and what the log says instead when it differs (only where the log's clocks are Lamport's). */
    private static String rule(String sum, long expected, long logged, RunModel model, int vm) {
        if (logged == expected || !model.lamportKnown(vm) || model.carriedOffset() != 0) {
            return sum + "\n";
        }
        return sum + ", but the log says " + logged + "\n";
    }

    private static String millis(long micros) {
        return String.format(Locale.ROOT, "%.1f ms", micros / 1000.0);
    }
}
