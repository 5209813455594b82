package scalemodels.experiment;

import java.nio.file.Path;

import scalemodels.analysis.RunAnalysis;
import scalemodels.analysis.VmStats;

/**
 * The figures of one run that an experiment compares, each over all VMs of the run.
 *
 * @param config         configuration name
 * @param run            run number within the configuration, 0-based
 * @param seed           master seed
 * @param folder         the run folder
 * @param meanJump       mean clock step (mean over VMs)
 * @param maxJump        largest clock step of any VM
 * @param maxDrift       largest lag of any VM behind the highest clock
 * @param meanFinalDrift mean over VMs of the lag at the end
 * @param meanQueue      mean queue length (mean over VMs)
 * @param maxQueue       longest queue of any VM
 * @param receiveShare   receives / all events
 * @param sendShare      sends / all events
 * @param internalShare  internal events / all events
 * @param meanWaitMillis mean time a message waited between send and receive (mean over VMs)
 * @param violations     rule violations found
 */
public record RunMetrics(String config, int run, long seed, Path folder, double meanJump, long maxJump,
                         long maxDrift, double meanFinalDrift, double meanQueue, int maxQueue, double receiveShare,
                         double sendShare, double internalShare, double meanWaitMillis, int violations) {

    static RunMetrics of(String config, int run, long seed, Path folder, RunAnalysis a) {
        long receives = a.vms().stream().mapToLong(VmStats::receives).sum();
        long sends = a.vms().stream().mapToLong(VmStats::sends).sum();
        long internals = a.vms().stream().mapToLong(VmStats::internals).sum();
        double all = Math.max(1, receives + sends + internals);
        return new RunMetrics(config, run, seed, folder, a.mean(VmStats::meanJump), (long) a.maxOf(VmStats::maxJump),
                (long) a.maxOf(VmStats::maxDrift), a.mean(VmStats::finalDrift), a.mean(VmStats::meanQueue),
                (int) a.maxOf(VmStats::maxQueue), receives / all, sends / all, internals / all,
                a.mean(VmStats::meanWaitMillis), a.violations().size());
    }
}
