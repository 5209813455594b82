package scalemodels.analysis;

import java.util.ArrayList;
import java.util.List;

import scalemodels.event.EventType;
import scalemodels.rundata.LaneData;
import scalemodels.rundata.RunModel;

/**
 * Checks a run against the model's rules, each violation located at its file and line:
 * <ul>
 * <li>a log opens with start at clock 0 (when it has a start line), ticks count up by one, clocks strictly
 * increase;</li>
 * <li>a send or internal event adds exactly one and is drawn only on an empty queue (where queues are logged); a
 * receive gives {@code max(clock, msg) + 1};</li>
 * <li>every receive matches the next unreceived send on its channel (per-channel FIFO) and carries its timestamp;</li>
 * <li>vector clocks: own entry +1 per event, a receive takes the element-wise max with its send's vector;</li>
 * <li>delivery: messages sent to a VM well before it stopped were received or are still in its final queue (a
 * broadcast that reaches only some of its recipients breaks this).</li>
 * </ul>
 */
public final class RuleChecker {
    private final RunModel model;
    private final List<Violation> violations = new ArrayList<>();
    private int conventionBreaks;
    private int[] firstConventionBreak;

    /** Per VM, whether some send of its log names no recipients: a receive from it tells its send by timestamp only. */
    private final boolean[] unnamedRecipients;

    private RuleChecker(RunModel model) {
        this.model = model;
        this.unnamedRecipients = new boolean[model.vms()];
        for (int vm = 0; vm < model.vms(); vm++) {
            LaneData lane = model.lane(vm);
            for (int i = 0; i < lane.size() && !unnamedRecipients[vm]; i++) {
                unnamedRecipients[vm] = lane.type(i) == EventType.SEND
                        && lane.recipientMask(i) == LaneData.UNKNOWN_RECIPIENTS;
            }
        }
    }

    public static List<Violation> check(RunModel model) {
        RuleChecker checker = new RuleChecker(model);
        for (int vm = 0; vm < model.vms(); vm++) {
            checker.checkLane(vm);
        }
        DeliveryCheck delivery = new DeliveryCheck(model, (vm, index, message) -> checker.violation(Rule.DELIVERY, vm,
                index, message));
        for (int to = 0; to < model.vms(); to++) {
            delivery.checkDelivery(to);
        }
        delivery.checkOvertaken();
        checker.reportConventionBreaks();
        return List.copyOf(checker.violations);
    }

    private void checkLane(int vm) {
        LaneData lane = model.lane(vm);
        int previous = -1;
        boolean crashed = false;
        for (int i = 0; i < lane.size(); i++) {
            EventType type = lane.type(i);
            if (type == EventType.START) {
                if (i != 0 || lane.clock(i) != 0 || lane.tick(i) != 0) {
                    violation(Rule.START, vm, i, "start must be the first line, at tick 0 and clock 0");
                }
                previous = i;
            } else if (type == EventType.STOP) {
                checkStop(vm, i, previous);
            } else if (type == EventType.RESTART) {
                if (!crashed) {
                    violation(Rule.MARK, vm, i, "restart without a crash before it");
                }
                checkUnchanged(vm, i, previous, "restart");
                crashed = false;
                previous = i;
            } else if (crashed) {
                violation(Rule.MARK, vm, i, type.word() + " after a crash, without a restart");
            } else if (type.isTick()) {
                checkTick(vm, i, previous);
                previous = i;
            } else {
                checkUnchanged(vm, i, previous, type.word());
                crashed = type == EventType.CRASH;
            }
        }
    }

    /** Lines that mark something without a tick (pause, resume, fault, crash, restart) leave tick and clock alone. */
    private void checkUnchanged(int vm, int i, int previous, String what) {
        LaneData lane = model.lane(vm);
        long clock = previous < 0 ? 0 : lane.clock(previous);
        long tick = previous < 0 ? 0 : lane.tick(previous);
        if (lane.clock(i) != clock || lane.tick(i) != tick) {
            violation(Rule.MARK, vm, i, what + " must keep tick " + tick + " and clock " + clock + ", not tick "
                    + lane.tick(i) + " and clock " + lane.clock(i));
        }
        if (what.equals("restart") && previous >= 0 && lane.hasVectorClocks()
                && !java.util.Arrays.equals(lane.vectorClock(previous), lane.vectorClock(i))) {
            violation(Rule.VECTOR_CLOCK, vm, i, "restart must carry on with the vector clock "
                    + csv(lane.vectorClock(previous)));
        }
    }

    private void checkStop(int vm, int i, int previous) {
        LaneData lane = model.lane(vm);
        if (i != lane.size() - 1) {
            violation(Rule.STOP, vm, i, "events follow the stop line");
        }
        long clock = previous < 0 ? 0 : lane.clock(previous);
        long tick = previous < 0 ? 0 : lane.tick(previous);
        if (lane.clock(i) != clock) {
            violation(Rule.STOP, vm, i, "stop reports clock " + lane.clock(i) + " but the last event left it at "
                    + clock);
        }
        if (lane.tick(i) != tick) {
            violation(Rule.STOP, vm, i, "stop reports tick " + lane.tick(i) + " but the last tick was " + tick);
        }
    }

    private void checkTick(int vm, int i, int previous) {
        LaneData lane = model.lane(vm);
        long prevClock = previous < 0 ? 0 : lane.clock(previous);
        long prevTick = previous < 0 ? 0 : lane.tick(previous);
        long clock = lane.clock(i);
        if (lane.tick(i) != prevTick + 1) {
            violation(Rule.TICKS, vm, i, "tick " + lane.tick(i) + " follows tick " + prevTick);
        }
        if (lane.type(i) != EventType.RECEIVE && lane.queue(i) > 0) {
            // Only for logs that record the queue (-1 is unknown): the exercise draws only when nothing waits.
            violation(Rule.DRAW_WHILE_QUEUED, vm, i, lane.type(i).word() + " drawn while " + lane.queue(i) + " message"
                    + (lane.queue(i) == 1 ? "" : "s") + " waited: a VM draws only when its queue is empty");
        }
        if (!model.lamportKnown(vm)) {
            if (lane.type(i) == EventType.RECEIVE) {
                checkMatch(vm, i);
            }
            checkVector(vm, i, previous);
            return;
        }
        if (lane.type(i) == EventType.RECEIVE) {
            long msg = lane.messageTimestamp(i);
            if (msg < 0 && lane.partner(i) >= 0 && model.lamportKnown(lane.sender(i))) {
                // Not logged by the receiver, but its send says what the message carried.
                msg = model.lane(lane.sender(i)).clock(lane.partner(i)) - model.carriedOffset();
            }
            long expected = Math.max(prevClock, msg) + 1;
            // One violation per broken event: the most specific rule that it breaks.
            if (msg >= 0 && clock != expected) {
                violation(Rule.RECEIVE_CLOCK, vm, i, "receive of msg " + msg + " at clock " + prevClock
                        + " must give max(" + prevClock + ", " + msg + ") + 1 = " + expected + ", not " + clock);
            } else if (clock <= prevClock) {
                violation(Rule.CLOCK_INCREASE, vm, i, "clock " + clock + " does not increase (was " + prevClock + ")");
            } else {
                checkClockCondition(vm, i);
            }
            checkMatch(vm, i);
        } else if (clock != prevClock + 1) {
            violation(Rule.ADD_ONE, vm, i, lane.type(i).word() + " must add exactly 1 to the clock: " + prevClock
                    + " -> " + clock);
        }
        checkVector(vm, i, previous);
    }

    /**
     * Lamport's clock condition: a receive's clock is above the clock of its send. Under the convention that messages
     * carry the clock from before the send's increment it fails wherever the receiver was behind: that is one finding
     * about the implementation, reported once with its count (see {@link #reportConventionBreaks()}).
     */
    private void checkClockCondition(int vm, int i) {
        LaneData lane = model.lane(vm);
        int send = lane.partner(i);
        if (send >= 0 && model.lamportKnown(lane.sender(i))
                && lane.clock(i) <= model.lane(lane.sender(i)).clock(send)) {
            if (model.carriedOffset() > 0) {
                if (conventionBreaks++ == 0) {
                    firstConventionBreak = new int[] {vm, i};
                }
                return;
            }
            violation(Rule.CLOCK_CONDITION, vm, i, "receive at clock " + lane.clock(i)
                    + " is not later than its send at clock " + model.lane(lane.sender(i)).clock(send)
                    + " (Lamport's clock condition)");
        }
    }

    private void reportConventionBreaks() {
        if (conventionBreaks > 0) {
            violation(Rule.CLOCK_CONDITION, firstConventionBreak[0], firstConventionBreak[1], conventionBreaks
                    + " receive" + (conventionBreaks == 1 ? " is" : "s are") + " not later than their send (Lamport's "
                    + "clock condition), the first here: messages carry the clock from before the send's increment, so "
                    + "a receiver that was behind takes the send's own clock");
        }
    }

    private void checkMatch(int vm, int i) {
        LaneData lane = model.lane(vm);
        int from = lane.sender(i);
        int send = lane.partner(i);
        long msg = lane.messageTimestamp(i);
        boolean senderUnread = from >= 0 && from < model.vms() && model.lane(from).size() == 0;
        boolean sendersUnnamed = send < 0 && msg < 0 && from >= 0 && from < model.vms() && unnamedRecipients[from];
        if (send < 0 && from < 0 && msg < 0 || senderUnread || sendersUnnamed) {
            // Neither sender nor timestamp logged, the sender's log is missing or unreadable (reported as such), or
            // no timestamp while the sender's sends do not say where they went: nothing to match it by or judge.
            return;
        }
        if (send < 0) {
            violation(Rule.MESSAGE_MATCH, vm, i, from >= 0
                    ? "receive from VM " + from + " matches no send on that channel"
                    : "receive of msg " + msg + " matches no send that carried it");
            return;
        }
        long sentClock = model.lane(from).clock(send);
        if (msg >= 0 && sentClock != msg + model.carriedOffset()) {
            violation(Rule.MESSAGE_MATCH, vm, i, "receive carries msg " + msg + " but the next message from VM " + from
                    + " on that channel was sent at clock " + sentClock);
        }
    }

    private void checkVector(int vm, int i, int previous) {
        LaneData lane = model.lane(vm);
        if (!lane.hasVectorClocks()) {
            return;
        }
        LaneData sender = lane.type(i) == EventType.RECEIVE && lane.partner(i) >= 0 ? model.lane(lane.sender(i))
                : null;
        if (sender != null && !sender.hasVectorClocks()) {
            sender = null;
        }
        // A receive whose send is unknown (its sender's log is missing) merged a vector nobody logged: its other
        // entries may only have grown.
        boolean mergedUnknown = lane.type(i) == EventType.RECEIVE && sender == null;
        // Entry by entry, without an array per event: this runs for every event of a million-event run.
        for (int k = 0; k < model.vms(); k++) {
            long entry = lane.vectorEntry(i, k);
            long wanted = expectedEntry(lane, sender, vm, i, previous, k);
            if (mergedUnknown && k != vm ? entry < wanted : entry != wanted) {
                long[] expected = new long[model.vms()];
                for (int e = 0; e < expected.length; e++) {
                    expected[e] = expectedEntry(lane, sender, vm, i, previous, e);
                }
                violation(Rule.VECTOR_CLOCK, vm, i, "vector clock " + csv(lane.vectorClock(i)) + " should be "
                        + csv(expected) + (mergedUnknown ? " or more in the entries of others" : ""));
                return;
            }
        }
    }

    /** Entry {@code k} the vector clock of event {@code i} must have: the previous one, maxed with the send's, +1 own. */
    private static long expectedEntry(LaneData lane, LaneData sender, int vm, int i, int previous, int k) {
        long entry = previous < 0 ? 0 : lane.vectorEntry(previous, k);
        if (sender != null) {
            entry = Math.max(entry, sender.vectorEntry(lane.partner(i), k));
        }
        return k == vm ? entry + 1 : entry;
    }

    private void violation(Rule rule, int vm, int index, String message) {
        violations.add(new Violation(model.source(vm), model.lane(vm).line(index), vm, index, message, rule));
    }

    private static String csv(long[] values) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < values.length; k++) {
            out.append(k == 0 ? "" : ",").append(values[k]);
        }
        return out.toString();
    }
}
