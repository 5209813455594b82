package scalemodels.rundata;

import java.util.List;
import java.util.StringJoiner;

/**
 * What the window says about two events side by side: their relation under happened-before, the vector clocks that
 * decide it, the message chain that links them, and whether Lamport's clocks order them the same way.
 */
public final class CausalExplanation {
    private CausalExplanation() {
    }

    /** Several lines about {@code a} (the first selected) and {@code b} (the second). */
    public static String of(RunModel model, CausalOrder order, EventRef a, EventRef b) {
        CausalOrder.Relation relation = order.relation(a, b);
        StringBuilder text = new StringBuilder();
        text.append("a: ").append(EventInspector.name(model, a)).append("   vector ")
                .append(vector(order.vector(a))).append('\n');
        text.append("b: ").append(EventInspector.name(model, b)).append("   vector ")
                .append(vector(order.vector(b))).append('\n');
        long clockA = model.lane(a.lane()).clock(a.index());
        long clockB = model.lane(b.lane()).clock(b.index());
        switch (relation) {
            case SAME -> text.append("a and b are the same event.");
            case BEFORE -> text.append(happenedBefore(model, order, "a -> b: a happened before b", a, b, clockA,
                    clockB));
            case AFTER -> text.append(happenedBefore(model, order, "b -> a: b happened before a", b, a, clockB,
                    clockA));
            case CONCURRENT -> text.append(concurrent(order, a, b, clockA, clockB));
        }
        if (!order.logged()) {
            text.append("\n(vector clocks derived from the matched messages: this log has none)");
        }
        return text.toString();
    }

    /**
     * What a selected event's cone leaves out, on a line of its own: where the vectors are derived and some receives
     * could not be matched, the messages those took are missing from its past and future. Empty otherwise.
     */
    public static String ofCone(CausalOrder order) {
        return !order.missesLinks() ? ""
                : "\nIts causal past and future (the shaded bands) follow the matched messages only: "
                + order.unknownLinks().sentence() + ", so events shown as concurrent with it may not be.";
    }

    private static String happenedBefore(RunModel model, CausalOrder order, String claim, EventRef first,
                                         EventRef second, long clockFirst, long clockSecond) {
        StringBuilder text = new StringBuilder(claim);
        List<EventRef> chain = order.chain(first, second);
        if (first.lane() == second.lane()) {
            text.append(", earlier on VM ").append(first.lane()).append("'s own lane.\n");
        } else if (chain.isEmpty()) {
            text.append(" (its vector has heard of it, but no matched message chain shows how).\n");
        } else {
            int messages = chain.size() / 2;
            text.append(", through ").append(messages).append(messages == 1 ? " message:\n" : " messages:\n");
            for (int k = 0; k < chain.size(); k += 2) {
                text.append("  ").append(EventInspector.name(model, chain.get(k))).append(" => ")
                        .append(EventInspector.name(model, chain.get(k + 1))).append('\n');
            }
        }
        if (clockFirst < clockSecond) {
            text.append("Lamport order agrees: clock ").append(clockFirst).append(" < ").append(clockSecond)
                    .append(", as the clock rules guarantee for every a -> b.");
        } else {
            text.append("Lamport order DISAGREES: clock ").append(clockFirst).append(" >= ").append(clockSecond)
                    .append(", which the clock rules forbid: the log breaks them (see the Summary's rule check).");
        }
        return text.toString();
    }

    private static String concurrent(CausalOrder order, EventRef a, EventRef b, long clockA, long clockB) {
        String first;
        String why;
        if (clockA != clockB) {
            boolean aFirst = clockA < clockB;
            first = aFirst ? "a" : "b";
            why = "clock " + Math.min(clockA, clockB) + " < " + Math.max(clockA, clockB);
        } else {
            boolean aFirst = a.lane() < b.lane();
            first = aFirst ? "a" : "b";
            why = "equal clocks " + clockA + ", ties broken by VM id " + Math.min(a.lane(), b.lane()) + " < "
                    + Math.max(a.lane(), b.lane());
        }
        String claim = order.missesLinks()
                ? "a || b: concurrent as far as the matched messages show. Neither vector has heard of the other "
                + "event, but " + order.unknownLinks().sentence() + ": a message the logs do not link may join them, so they may "
                + "not be concurrent.\n"
                : "a || b: concurrent. Neither vector has heard of the other event, so no message chain links them and "
                + "neither could have affected the other.\n";
        return claim + "Lamport's total order still puts " + first + " first (" + why + "): an order the clocks "
                + "choose, not one that happened.";
    }

    static String vector(long[] v) {
        StringJoiner out = new StringJoiner(",", "[", "]");
        for (long entry : v) {
            out.add(Long.toString(entry));
        }
        return out.toString();
    }
}
