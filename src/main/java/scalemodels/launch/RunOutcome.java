package scalemodels.launch;

import java.util.List;

import scalemodels.log.RunFolder;
import scalemodels.model.VmStatus;

/**
 * How a run ended.
 *
 * @param folder         where its logs are
 * @param rates          the rate each VM drew (0 for a VM that never said hello)
 * @param statuses       each VM's final status
 * @param eventsReceived event lines streamed to the supervisor, per VM
 * @param stoppedEarly   whether a stop was requested before the duration ended
 * @param problems       what went wrong, one sentence each; empty for a clean run
 */
public record RunOutcome(RunFolder folder, int[] rates, VmStatus[] statuses, long[] eventsReceived,
                         boolean stoppedEarly, List<String> problems) {

    public boolean clean() {
        for (VmStatus status : statuses) {
            if (status != VmStatus.STOPPED) {
                return false;
            }
        }
        return problems.isEmpty();
    }

    public long totalEventsReceived() {
        long total = 0;
        for (long n : eventsReceived) {
            total += n;
        }
        return total;
    }
}
