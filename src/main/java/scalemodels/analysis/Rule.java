package scalemodels.analysis;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The rules a run is checked against ({@link RuleChecker}), each named once: a violation says which it breaks, so a
 * log that breaks one rule hundreds of times (an implementation's habit, not hundreds of accidents) is summed up by
 * rule before it is listed line by line.
 */
public enum Rule {
    START("start line not first, at tick 0 and clock 0"),
    STOP("stop line not last, or not keeping the last tick and clock"),
    MARK("pause, resume, fault, crash or restart line out of place or changing tick or clock"),
    TICKS("ticks not counting up by one"),
    DRAW_WHILE_QUEUED("draw made while messages waited"),
    RECEIVE_CLOCK("receive clock not max(clock, msg) + 1"),
    CLOCK_INCREASE("clock not increasing"),
    ADD_ONE("send or internal event not adding exactly 1"),
    CLOCK_CONDITION("receive not later than its send"),
    MESSAGE_MATCH("receive matching no send"),
    VECTOR_CLOCK("vector clock off the rules"),
    DELIVERY("message that never arrived");

    private final String name;

    Rule(String name) {
        this.name = name;
    }

    /** What a violation of it is, in a few words. */
    public String describe() {
        return name;
    }

    /** How many violations break each rule, rules in their order. */
    public static Map<Rule, Integer> count(List<Violation> violations) {
        Map<Rule, Integer> counts = new EnumMap<>(Rule.class);
        violations.forEach(v -> counts.merge(v.rule(), 1, Integer::sum));
        return counts;
    }

    /**
     * "receive clock not max(clock, msg) + 1: 239; send or internal event not adding exactly 1: 130", the most broken
     * rule first.
     */
    public static String summary(List<Violation> violations) {
        StringJoiner out = new StringJoiner("; ");
        count(violations).entrySet().stream()
                .sorted(Map.Entry.<Rule, Integer>comparingByValue().reversed())
                .forEach(e -> out.add(e.getKey().describe() + ": " + e.getValue()));
        return out.toString();
    }
}
