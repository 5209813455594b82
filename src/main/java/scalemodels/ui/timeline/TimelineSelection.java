package scalemodels.ui.timeline;

import java.util.List;

import scalemodels.analysis.Violation;
import scalemodels.rundata.CausalExplanation;
import scalemodels.rundata.CausalOrder;
import scalemodels.rundata.EventInspector;
import scalemodels.rundata.EventRef;
import scalemodels.rundata.RunModel;
import scalemodels.timeline.Highlights;

/**
 * What is marked on the timeline's events: the rule violations found, and what is selected: one event (a click)
 * with its message partners and its causal cone, and perhaps a second event (Shift+click) to compare with it. Keeps
 * the run's {@link CausalOrder} current as a live run grows: at once where the lanes log vector clocks (taking it
 * costs nothing), at most twice a second where they must be derived (a pass over the run).
 */
public final class TimelineSelection {
    static final String HINT = "Click an event to see its details, its message partner and its causal past and "
            + "future; Shift+click a second event to see how the two are related; C places a cut at the pointer; "
            + "Esc clears.";
    private static final long DERIVE_EVERY_NANOS = 500_000_000L;

    private final javafx.scene.control.Label details;
    private final CutTool cut;
    private RunModel model;
    private EventRef first;
    private EventRef second;
    private List<EventRef> partners = List.of();
    private List<EventRef> chain = List.of();
    private CausalOrder order;
    private CausalOrder.Cone cone;
    private long orderVersion = -1;
    private long orderNanos;
    private List<Violation> violations = List.of();
    private boolean violationsChanged;

    /**
     * @param details where the selection is told in words (outside the canvas)
     * @param cut     the cut across the lanes, which tells of itself in the same place
     */
    TimelineSelection(javafx.scene.control.Label details, CutTool cut) {
        this.details = details;
        this.cut = cut;
        details.setText(HINT);
    }

    void setModel(RunModel newModel) {
        model = newModel;
        cut.clear();
        clear();
    }

    /** The cut across the lanes (C places it, S snaps it, Esc clears it). */
    public CutTool cut() {
        return cut;
    }

    /** Esc: no selection, no cone. */
    void clear() {
        details.setText(HINT);
        first = null;
        second = null;
        partners = List.of();
        chain = List.of();
        cone = null;
        order = null;
        orderVersion = -1;
    }

    /** Selects one event (or none), dropping any second one, and tells its details, partners and cone. */
    void select(EventRef event) {
        first = event;
        second = null;
        chain = List.of();
        partners = event == null ? List.of() : EventInspector.partners(model, event);
        cone = null;
        follow(System.nanoTime());
        details.setText(details());
    }

    /** The event to compare with the first; with no first yet, it becomes the first. */
    void selectSecond(EventRef event) {
        if (event == null) {
            return; // Shift+click beside every event changes nothing
        }
        if (first == null) {
            select(event);
            return;
        }
        second = event.equals(first) ? null : event;
        cone = null; // the chain is taken with the cone
        follow(System.nanoTime());
        details.setText(details());
    }

    /** Once per frame: when the run grew, the order, cone and chain follow it. True when anything changed. */
    boolean update(long nowNanos) {
        boolean marks = violationsChanged;
        violationsChanged = false;
        return follow(nowNanos) || marks;
    }

    private boolean follow(long nowNanos) {
        if (model == null || first == null) {
            return false;
        }
        boolean stale = order == null || model.version() != orderVersion;
        boolean due = order == null || order.logged() || nowNanos - orderNanos >= DERIVE_EVERY_NANOS
                || !order.covers(first) || (second != null && !order.covers(second));
        if (stale && due) {
            order = CausalOrder.of(model);
            orderVersion = model.version();
            orderNanos = nowNanos;
            cone = null;
        }
        if (cone == null) {
            cone = order.cone(first);
            chain = second == null ? List.of() : chainBetween(first, second);
            return true;
        }
        return false;
    }

    private List<EventRef> chainBetween(EventRef a, EventRef b) {
        return switch (order.relation(a, b)) {
            case BEFORE -> order.chain(a, b);
            case AFTER -> order.chain(b, a);
            case SAME, CONCURRENT -> List.of();
        };
    }

    /** Rule violations to mark on the lanes (indices into the lanes of the shown run). */
    public void setViolations(List<Violation> found) {
        violationsChanged |= !found.equals(violations);
        violations = found;
    }

    /** What the renderer marks this frame: the selection, its cone and chain, the violations and the cut. */
    Highlights highlights() {
        return new Highlights(first, second, partners, chain, cone, violations, cut.cut(), cut.crossings());
    }

    /** The rule check's sentences about one event (empty for most, and for none). */
    List<String> brokenRules(EventRef event) {
        return event == null ? List.of() : violations.stream()
                .filter(v -> v.vm() == event.lane() && v.index() == event.index()).map(Violation::message).toList();
    }

    /** What the details pane says: the relation of two events, or one event's details and partners. */
    String details() {
        if (first == null) {
            return "No event there. " + HINT;
        }
        String one = EventInspector.describeSelection(model, first, brokenRules(first), partners);
        if (second == null) {
            return order == null ? one : one + CausalExplanation.ofCone(order);
        }
        return "Two events (Shift+click another to change b, click to start again)\n"
                + CausalExplanation.of(model, order, first, second);
    }

    public EventRef first() {
        return first;
    }

    public EventRef second() {
        return second;
    }

    List<EventRef> partners() {
        return partners;
    }

    /** The send and receive pairs linking the two selected events (empty unless one happened before the other). */
    List<EventRef> chain() {
        return chain;
    }

    /** The first event's causal cone, or null. */
    public CausalOrder.Cone cone() {
        return cone;
    }
}
