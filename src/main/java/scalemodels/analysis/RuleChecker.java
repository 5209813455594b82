package scalemodels.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import scalemodels.log.EventDetail;
import scalemodels.log.EventType;
import scalemodels.log.LogEvent;
import scalemodels.log.VmLog;

/**
 * Checks a run's logs against the model's rules: every log opens with start and counts its ticks; clocks strictly
 * increase; a send or internal event adds exactly one, a receive gives {@code max(clock, msg) + 1}; every receive
 * matches the next unreceived send on its channel (per-channel FIFO) and carries its timestamp; vector clocks follow
 * the same rules element-wise.
 */
public final class RuleChecker {
    private final List<Violation> violations = new ArrayList<>();
    /** Sends not yet matched by a receive, per channel "from>to", in send order. */
    private final Map<String, ArrayDeque<SentMessage>> channels = new HashMap<>();

    private record SentMessage(long clock, long[] vc) {
    }

    private RuleChecker() {
    }

    /** Every violation in the run, in log order (sends are indexed first, so a log may name a later file's line). */
    public static List<Violation> check(List<VmLog> logs) {
        RuleChecker checker = new RuleChecker();
        for (VmLog log : logs) {
            checker.indexSends(log);
        }
        for (VmLog log : logs) {
            checker.checkLog(log);
        }
        return List.copyOf(checker.violations);
    }

    private void indexSends(VmLog log) {
        for (LogEvent e : log.events()) {
            if (e.detail() instanceof EventDetail.Send send) {
                for (int to : send.to()) {
                    channels.computeIfAbsent(e.vm() + ">" + to, k -> new ArrayDeque<>())
                            .add(new SentMessage(e.clock(), e.vc()));
                }
            }
        }
    }

    private void checkLog(VmLog log) {
        List<LogEvent> events = log.events();
        if (events.isEmpty()) {
            return;
        }
        LogEvent first = events.get(0);
        if (first.type() != EventType.START || first.tick() != 0 || first.clock() != 0) {
            violation(log, 0, "the log must open with a start event at tick 0 and clock 0");
        }
        for (int i = 1; i < events.size(); i++) {
            LogEvent previous = events.get(i - 1);
            LogEvent e = events.get(i);
            if (e.vm() != first.vm()) {
                violation(log, i, "line of VM " + e.vm() + " in the log of VM " + first.vm());
            }
            if (previous.type() == EventType.STOP) {
                violation(log, i, "event after stop");
            }
            if (e.type() == EventType.STOP) {
                checkStop(log, i, previous, e);
            } else {
                checkEvent(log, i, previous, e);
            }
        }
    }

    private void checkStop(VmLog log, int i, LogEvent previous, LogEvent stop) {
        if (stop.clock() != previous.clock()) {
            violation(log, i, "stop reports clock " + stop.clock() + " but the last event left it at "
                    + previous.clock());
        }
        if (stop.tick() != previous.tick()) {
            violation(log, i, "stop reports tick " + stop.tick() + " but the last tick was " + previous.tick());
        }
    }

    private void checkEvent(VmLog log, int i, LogEvent previous, LogEvent e) {
        if (e.tick() != previous.tick() + 1) {
            violation(log, i, "tick " + e.tick() + " follows tick " + previous.tick());
        }
        if (e.clock() <= previous.clock()) {
            violation(log, i, "clock " + e.clock() + " does not increase (was " + previous.clock() + ")");
        }
        long[] expectedVc = previous.vc() == null ? null : previous.vc().clone();
        if (e.detail() instanceof EventDetail.Receive receive) {
            long expected = Math.max(previous.clock(), receive.msg()) + 1;
            if (e.clock() != expected) {
                violation(log, i, "receive of msg " + receive.msg() + " at clock " + previous.clock()
                        + " must give max(" + previous.clock() + ", " + receive.msg() + ") + 1 = " + expected
                        + ", not " + e.clock());
            }
            SentMessage sent = matchSend(log, i, e.vm(), receive);
            if (sent != null && expectedVc != null && sent.vc() != null && sent.vc().length == expectedVc.length) {
                for (int k = 0; k < expectedVc.length; k++) {
                    expectedVc[k] = Math.max(expectedVc[k], sent.vc()[k]);
                }
            }
        } else if (e.clock() != previous.clock() + 1) {
            violation(log, i, e.type().word() + " must add exactly 1 to the clock: " + previous.clock() + " -> "
                    + e.clock());
        }
        checkVector(log, i, e, expectedVc);
    }

    private SentMessage matchSend(VmLog log, int i, int self, EventDetail.Receive receive) {
        ArrayDeque<SentMessage> channel = channels.get(receive.from() + ">" + self);
        SentMessage sent = channel == null ? null : channel.poll();
        if (sent == null) {
            violation(log, i, "receive from VM " + receive.from() + " matches no send on that channel");
            return null;
        }
        if (sent.clock() != receive.msg()) {
            violation(log, i, "receive carries msg " + receive.msg() + " but the next message from VM "
                    + receive.from() + " on that channel was sent at clock " + sent.clock());
        }
        return sent;
    }

    private void checkVector(VmLog log, int i, LogEvent e, long[] expected) {
        if (expected == null || e.vc() == null) {
            return;
        }
        if (e.vc().length != expected.length || e.vm() < 0 || e.vm() >= expected.length) {
            violation(log, i, "vector clock has " + e.vc().length + " entries, the run has " + expected.length
                    + " VMs");
            return;
        }
        expected[e.vm()]++;
        if (!Arrays.equals(expected, e.vc())) {
            violation(log, i, "vector clock " + csv(e.vc()) + " should be " + csv(expected));
        }
    }

    private void violation(VmLog log, int index, String message) {
        violations.add(new Violation(log.file(), log.lineOf(index), message));
    }

    private static String csv(long[] values) {
        return Arrays.toString(values).replace(" ", "").replace("[", "").replace("]", "");
    }
}
