package scalemodels.timeline;

import java.util.List;

import scalemodels.analysis.Violation;
import scalemodels.rundata.CausalOrder;
import scalemodels.rundata.ConsistentCut;
import scalemodels.rundata.EventRef;

/**
 * What is marked on a timeline besides the run itself: the events that break a rule, the selected event (with its
 * message partners and causal cone), a second event and the message chain to it, and a cut with the messages that
 * cross it backwards. The window takes it from its selection each frame; an exported picture from the rule check.
 *
 * @param first      the selected event, or null
 * @param second     the event compared with it (Shift+click), or null
 * @param partners   the first event's message partners
 * @param chain      send and receive pairs linking the first event to the second
 * @param cone       the first event's causal cone, or null
 * @param violations the rule check's findings, marked where they are
 * @param cut        a cut across the lanes, or null
 * @param crossings  the messages that cross the cut backwards
 */
public record Highlights(EventRef first, EventRef second, List<EventRef> partners, List<EventRef> chain,
                         CausalOrder.Cone cone, List<Violation> violations, ConsistentCut cut,
                         List<ConsistentCut.Crossing> crossings) {
    /** Nothing marked. */
    public static final Highlights NONE = violations(List.of());

    /** Only the events that break a rule (an exported picture). */
    public static Highlights violations(List<Violation> violations) {
        return new Highlights(null, null, List.of(), List.of(), null, violations, null, List.of());
    }
}
