package scalemodels.rundata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import scalemodels.event.EventDetail;
import scalemodels.event.EventType;
import scalemodels.event.LogEvent;
import scalemodels.log.LogLineFormat;
import scalemodels.log.MalformedLineException;
import scalemodels.rundata.CausalOrder.Relation;

/**
 * The causal views of a log whose receive names neither sender nor timestamp (CausalOrderTest's run, imported without
 * vector clocks, VM 1's receive from VM 0 made anonymous): they judge from the matched messages, and say that a
 * message they cannot link may change what they call concurrent or consistent.
 */
class UnknownLinksTest {
    private static final EventRef SEND_0 = new EventRef(0, 2);
    private static final EventRef RECEIVE_1 = new EventRef(1, 2);
    private static final EventRef INTERNAL_1 = new EventRef(1, 1);
    private static final EventRef INTERNAL_2 = new EventRef(2, 1);
    private static final String UNMATCHED = "1 of 2 receives could not be matched to their send (the logs do not say "
            + "which it was)";

    private static RunModel imported(boolean anonymousReceive) throws MalformedLineException {
        RunModel model = new RunModel(3);
        for (String line : CausalOrderTest.RUN) {
            LogEvent e = LogLineFormat.parse(line);
            EventDetail detail = anonymousReceive && e.vm() == 1 && e.type() == EventType.RECEIVE
                    ? new EventDetail.Receive(-1, -1) : e.detail();
            model.add(new LogEvent(e.timeMicros(), e.vm(), e.tick(), e.clock(), e.queue(), detail, null));
        }
        return model;
    }

    @Test
    void twoEventsTheMatchedMessagesDoNotLinkAreCalledConcurrentOnlyAsFarAsThoseShow() throws Exception {
        RunModel anonymous = imported(true);
        CausalOrder order = CausalOrder.of(anonymous);
        assertEquals(new UnknownLinks(2, 1), order.unknownLinks());
        assertEquals(Relation.CONCURRENT, order.relation(SEND_0, RECEIVE_1), "the send the receive took is unknown");
        String text = CausalExplanation.of(anonymous, order, SEND_0, RECEIVE_1);
        assertTrue(text.contains("a || b: concurrent as far as the matched messages show"), text);
        assertTrue(text.contains(UNMATCHED + ": a message the logs do not link may join them, so they may not be "
                + "concurrent"), text);
        assertFalse(text.contains("neither could have affected the other"), text);

        RunModel matched = imported(false);
        CausalOrder known = CausalOrder.of(matched);
        assertFalse(known.unknownLinks().any());
        assertEquals(Relation.BEFORE, known.relation(SEND_0, RECEIVE_1));
        String concurrent = CausalExplanation.of(matched, known, INTERNAL_1, INTERNAL_2);
        assertTrue(concurrent.contains("a || b: concurrent. Neither vector has heard of the other event, so no message "
                + "chain links them and neither could have affected the other."), concurrent);
    }

    @Test
    void aSelectedEventsConeSaysItFollowsTheMatchedMessagesOnlyWhereSomeAreUnknown() throws Exception {
        String cone = CausalExplanation.ofCone(CausalOrder.of(imported(true)));
        assertEquals("\nIts causal past and future (the shaded bands) follow the matched messages only: " + UNMATCHED
                + ", so events shown as concurrent with it may not be.", cone);
        assertEquals("", CausalExplanation.ofCone(CausalOrder.of(imported(false))), "every receive matched");
        assertEquals("", CausalExplanation.ofCone(CausalOrder.of(CausalOrderTest.model(true))),
                "logged vectors say what each event had heard of, matched or not");
    }

    @Test
    void aCutThatTakesAnAnonymousReceiveWithoutAnySendIsConsistentOnlyAsFarAsTheMatchedMessagesShow()
            throws Exception {
        RunModel anonymous = imported(true);
        // VM 0 before its send, VM 1 past the receive that took it: an effect without its cause, which no log links.
        ConsistentCut cut = new ConsistentCut(anonymous, new int[] {2, 3, 1});
        String text = CutExplanation.of(anonymous, CausalOrder.of(anonymous), cut);
        assertTrue(text.startsWith("Cut: consistent as far as the matched messages show: none is received before it "
                + "and sent after it. But " + UNMATCHED + ", and one of those may cross it.\n"), text);

        RunModel matched = imported(false);
        String known = CutExplanation.of(matched, CausalOrder.of(matched), new ConsistentCut(matched,
                new int[] {2, 3, 1}));
        assertTrue(known.startsWith("Cut: INCONSISTENT."), known);
        String consistent = CutExplanation.of(matched, CausalOrder.of(matched), new ConsistentCut(matched,
                new int[] {3, 3, 1}));
        assertTrue(consistent.startsWith("Cut: consistent. No message is received before it and sent after it"),
                consistent);
    }
}
