package scalemodels.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import scalemodels.log.LogLineFormat;
import scalemodels.log.MalformedLineException;
import scalemodels.rundata.RunModel;

/** The rule check against hand-built logs: one correct run and each kind of break. */
class RuleCheckerTest {
    private static final String T = "time=2026-11-24T17:23:4";

    static final String[] VM0 = {
        T + "0.000000Z vm=0 tick=0 event=start clock=0 queue=0 rate=2 speed=1 seed=1 vms=2 vc=0,0",
        T + "0.500000Z vm=0 tick=1 event=send clock=1 queue=0 value=1 to=1 vc=1,0",
        T + "1.000000Z vm=0 tick=2 event=internal clock=2 queue=0 value=9 vc=2,0",
        T + "2.000000Z vm=0 tick=3 event=receive clock=6 queue=0 from=1 msg=5 vc=3,5",
        T + "2.000000Z vm=0 tick=3 event=stop clock=6 queue=0",
    };
    static final String[] VM1 = {
        T + "0.000000Z vm=1 tick=0 event=start clock=0 queue=0 rate=3 speed=1 seed=2 vms=2 vc=0,0",
        T + "0.333333Z vm=1 tick=1 event=internal clock=1 queue=0 value=4 vc=0,1",
        T + "0.666666Z vm=1 tick=2 event=receive clock=2 queue=0 from=0 msg=1 vc=1,2",
        T + "1.000000Z vm=1 tick=3 event=internal clock=3 queue=0 value=8 vc=1,3",
        T + "1.333333Z vm=1 tick=4 event=internal clock=4 queue=0 value=8 vc=1,4",
        T + "1.666666Z vm=1 tick=5 event=send clock=5 queue=0 value=2 to=0 vc=1,5",
        T + "2.000000Z vm=1 tick=5 event=stop clock=5 queue=0",
    };

    @Test
    void aCorrectRunHasNoViolations() throws MalformedLineException {
        assertEquals(List.of(), RuleChecker.check(model(VM0, VM1)));
    }

    @Test
    void aReceiveThatDoesNotAdvanceTheClockIsCaught() throws MalformedLineException {
        String[] broken = VM0.clone();
        broken[3] = broken[3].replace("clock=6", "clock=4");
        broken[4] = broken[4].replace("clock=6", "clock=4");
        List<Violation> violations = RuleChecker.check(model(broken, VM1));
        assertEquals(1, violations.size(), violations.toString());
        assertEquals(4, violations.get(0).line());
        assertEquals(Path.of("vm_0.log"), violations.get(0).file());
        assertTrue(violations.get(0).message().contains("max(2, 5) + 1 = 6, not 4"), violations.toString());
        assertEquals(Rule.RECEIVE_CLOCK, violations.get(0).rule());
    }

    /**
     * An implementation that logs each receive with the message's timestamp as its clock (and keeps the real one):
     * one habit, hundreds of lines; the check sums it up by rule, the rule broken most first.
     */
    @Test
    void aHabitBrokenOnEveryReceiveIsSummedUpByRule() {
        RunModel model = new RunModel(3);
        int[] receives = {0};
        new scalemodels.sim.Simulator(new scalemodels.model.RunSettings(3, 5, 1, 6, 5, 1, 30), 2_000).run(e -> {
            boolean receive = e.type() == scalemodels.event.EventType.RECEIVE;
            receives[0] += receive ? 1 : 0;
            model.add(receive ? new scalemodels.event.LogEvent(e.timeMicros(), e.vm(), e.tick(),
                    ((scalemodels.event.EventDetail.Receive) e.detail()).msg(), e.queue(), e.detail(), e.vc()) : e);
        });
        List<Violation> violations = RuleChecker.check(model);
        java.util.Map<Rule, Integer> byRule = Rule.count(violations);
        assertEquals(receives[0], byRule.get(Rule.RECEIVE_CLOCK), "every receive, once: " + byRule);
        assertTrue(byRule.get(Rule.ADD_ONE) > 0, "the events after them seem to jump: " + byRule);
        assertTrue(receives[0] > byRule.get(Rule.ADD_ONE), byRule.toString());
        String summary = Rule.summary(violations);
        assertTrue(summary.startsWith("receive clock not max(clock, msg) + 1: " + receives[0]
                + "; send or internal event not adding exactly 1: " + byRule.get(Rule.ADD_ONE)), summary);
    }

    @Test
    void aDoubleIncrementIsCaught() throws MalformedLineException {
        String[] broken = VM1.clone();
        broken[3] = broken[3].replace("clock=3", "clock=4");
        List<Violation> violations = RuleChecker.check(model(VM0, broken));
        assertTrue(violations.stream().anyMatch(v -> v.line() == 4 && v.message().contains("exactly 1")),
                violations.toString());
    }

    @Test
    void aBroadcastThatReachesOnePeerOnlyIsCaught() throws MalformedLineException {
        String[] sender = {
            T + "0.000000Z vm=0 tick=0 event=start clock=0 queue=0 rate=1 speed=1 seed=1 vms=3 vc=0,0,0",
            T + "1.000000Z vm=0 tick=1 event=send clock=1 queue=0 value=3 to=1,2 vc=1,0,0",
            T + "5.000000Z vm=0 tick=1 event=stop clock=1 queue=0",
        };
        String[] reached = {
            T + "0.000000Z vm=1 tick=0 event=start clock=0 queue=0 rate=1 speed=1 seed=2 vms=3 vc=0,0,0",
            T + "2.000000Z vm=1 tick=1 event=receive clock=2 queue=0 from=0 msg=1 vc=1,1,0",
            T + "5.000000Z vm=1 tick=1 event=stop clock=2 queue=0",
        };
        String[] missed = {
            T + "0.000000Z vm=2 tick=0 event=start clock=0 queue=0 rate=1 speed=1 seed=3 vms=3 vc=0,0,0",
            T + "2.000000Z vm=2 tick=1 event=internal clock=1 queue=0 value=9 vc=0,0,1",
            T + "5.000000Z vm=2 tick=1 event=stop clock=1 queue=0",
        };
        List<Violation> violations = RuleChecker.check(model(sender, reached, missed));
        assertEquals(1, violations.size(), violations.toString());
        assertEquals(Path.of("vm_0.log"), violations.get(0).file());
        assertEquals(2, violations.get(0).line());
        assertTrue(violations.get(0).message().startsWith("1 message sent to VM 2 before it stopped never arrived"),
                violations.toString());

        String[] waiting = missed.clone();
        waiting[2] = waiting[2].replace("queue=0", "queue=1");
        assertEquals(List.of(), RuleChecker.check(model(sender, reached, waiting)),
                "a message still in the final queue was delivered");
    }

    @Test
    void aReceiveWithoutItsSendIsCaught() throws MalformedLineException {
        String[] noSend = VM1.clone();
        noSend[5] = noSend[5].replace("event=send", "event=internal").replace(" to=0", "").replace("value=2", "value=5");
        List<Violation> violations = RuleChecker.check(model(VM0, noSend));
        assertTrue(violations.stream().anyMatch(v -> v.message().contains("matches no send")), violations.toString());
    }

    @Test
    void aReceiveCarryingTheWrongTimestampIsCaught() throws MalformedLineException {
        String[] wrongMsg = VM1.clone();
        wrongMsg[2] = wrongMsg[2].replace("msg=1", "msg=0");
        List<Violation> violations = RuleChecker.check(model(VM0, wrongMsg));
        assertTrue(violations.stream().anyMatch(v -> v.message().contains("was sent at clock 1")), violations.toString());
    }

    @Test
    void aWrongVectorClockIsCaught() throws MalformedLineException {
        String[] wrongVc = VM1.clone();
        wrongVc[2] = wrongVc[2].replace("vc=1,2", "vc=0,2");
        List<Violation> violations = RuleChecker.check(model(VM0, wrongVc));
        assertTrue(violations.stream().anyMatch(v -> v.message().contains("should be 1,2")), violations.toString());
    }

    /** A run model built from hand-written lines, each lane's lines numbered from 1 as in a file. */
    static RunModel model(String[]... lanes) throws MalformedLineException {
        RunModel model = new RunModel(lanes.length);
        for (String[] lines : lanes) {
            for (int i = 0; i < lines.length; i++) {
                model.add(LogLineFormat.parse(lines[i]), i + 1);
            }
        }
        return model;
    }
}
