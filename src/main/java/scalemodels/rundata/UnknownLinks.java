package scalemodels.rundata;

import scalemodels.event.EventType;

/**
 * Receives whose send is not known: their log names neither the sender nor the timestamp the message carried, or
 * the send is in no log. Each is a link between two VMs that the logs do not show, so whatever is judged from the
 * matched messages alone (a rule check of messages, happened-before from derived vector clocks, whether a cut is
 * consistent) is judged without it, and says so in the words of {@link #sentence()}.
 *
 * @param receives  every receive counted
 * @param unmatched those of them matched to no send
 */
public record UnknownLinks(long receives, long unmatched) {
    /** Whether event {@code i} of {@code lane} is a receive matched to no send (not yet, in a live run). */
    public static boolean unmatched(LaneData lane, int i) {
        return lane.type(i) == EventType.RECEIVE && lane.partner(i) < 0;
    }

    /** Over the first {@code sizes[vm]} events of each lane of {@code model}. */
    static UnknownLinks in(RunModel model, int[] sizes) {
        long receives = 0;
        long unmatched = 0;
        for (int vm = 0; vm < sizes.length; vm++) {
            LaneData lane = model.lane(vm);
            for (int i = 0; i < sizes[vm]; i++) {
                receives += lane.type(i) == EventType.RECEIVE ? 1 : 0;
                unmatched += unmatched(lane, i) ? 1 : 0;
            }
        }
        return new UnknownLinks(receives, unmatched);
    }

    public boolean any() {
        return unmatched > 0;
    }

    /** "23 of 23 receives could not be matched to their send (the logs do not say which it was)". */
    public String sentence() {
        return unmatched + " of " + receives + " receive" + (receives == 1 ? "" : "s") + " could not be matched to "
                + "their send (the logs do not say which it was)";
    }
}
