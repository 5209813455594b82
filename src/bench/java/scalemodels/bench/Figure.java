package scalemodels.bench;

/**
 * One line of the benchmark table.
 *
 * @param what     what is measured
 * @param how      how it was measured
 * @param value    the figure, as text
 * @param target   the target, as text
 * @param baseline what it is compared with
 * @param met      whether it meets the target; null when not measured
 * @param note     what limits it or what was not measured
 */
public record Figure(String what, String how, String value, String target, String baseline, Boolean met,
                     String note) {
}
