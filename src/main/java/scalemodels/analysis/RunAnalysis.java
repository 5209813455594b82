package scalemodels.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

import scalemodels.concurrent.Parallel;
import scalemodels.event.EventType;
import scalemodels.rundata.LaneData;
import scalemodels.rundata.RecipientMask;
import scalemodels.rundata.RunModel;
import scalemodels.rundata.UnknownLinks;

/**
 * Everything the exercise asks about a run: per-VM rates, event mix and final clocks; clock jumps; drift between the
 * clocks; queue lengths and waiting times; and the rule check. Plain Java, shared by the window (live and finished
 * runs) and the command line.
 *
 * @param vms           per-VM figures
 * @param jumps         clock step between consecutive events -> how many times it happened, over all VMs
 * @param receiveJumps  the same, for receive events only (where steps above 1 happen)
 * @param clocks        Lamport clock against seconds since the start, per VM
 * @param drift         lag behind the highest clock of all VMs against seconds since the start, per VM
 * @param queues        queue length against seconds since the start, per VM
 * @param violations    every broken rule
 * @param events        events analysed (without start and stop lines)
 * @param startMicros   the run's first instant
 * @param durationSeconds from the first to the last event
 * @param unmatchedReceives receives matched to no send (their logs name neither sender nor the timestamp they carried,
 *                          or the sender's log is not here): their messages could not be checked
 */
public record RunAnalysis(List<VmStats> vms, SortedMap<Long, Long> jumps, SortedMap<Long, Long> receiveJumps,
                          List<Series> clocks, List<Series> drift, List<Series> queues, List<Violation> violations,
                          long events, long startMicros, double durationSeconds, long unmatchedReceives) {
    /** Points per chart line at most (two per bucket). */
    static final int BUCKETS = 800;

    public static RunAnalysis of(RunModel model) {
        return new Analyzer(model).run();
    }

    /** Mean of a per-VM figure over the VMs. */
    public double mean(java.util.function.ToDoubleFunction<VmStats> figure) {
        return vms.stream().mapToDouble(figure).average().orElse(0);
    }

    public double maxOf(java.util.function.ToDoubleFunction<VmStats> figure) {
        return vms.stream().mapToDouble(figure).max().orElse(0);
    }

    /** What a rule check that found no violation says, without claiming messages it could not check were right. */
    public String noViolations() {
        long receives = vms.stream().mapToLong(VmStats::receives).sum();
        return unmatchedReceives == 0 ? "0 violations: every clock rule, message match and vector clock checks out"
                : "0 violations: every clock rule checks out; " + new UnknownLinks(receives, unmatchedReceives)
                .sentence() + ", so their messages were not checked";
    }

    /** Does the actual work: one pass per lane, one merged pass for drift and the rule check, side by side. */
    private static final class Analyzer {
        private final RunModel model;
        private final int n;
        private final long start;
        private final double duration;
        /** When each VM's log ended with stop, or Long.MAX_VALUE while it has not. */
        private final long[] stoppedAt;

        Analyzer(RunModel model) {
            this.model = model;
            this.n = model.vms();
            this.start = model.isEmpty() ? 0 : model.startMicros();
            this.duration = model.isEmpty() ? 0 : (model.lastEventMicros() - start) / 1e6;
            this.stoppedAt = new long[n];
            for (int vm = 0; vm < n; vm++) {
                LaneData lane = model.lane(vm);
                int last = lane.size() - 1;
                stoppedAt[vm] = last >= 0 && lane.type(last) == EventType.STOP ? lane.time(last) : Long.MAX_VALUE;
            }
        }

        RunAnalysis run() {
            // Drift walks all lanes in time order, the rule check and each lane's figures stand alone: all run at once.
            List<Parallel.Piece<Object>> pieces = new ArrayList<>();
            pieces.add(this::drift);
            pieces.add(() -> RuleChecker.check(model));
            for (int vm = 0; vm < n; vm++) {
                int lane = vm;
                pieces.add(() -> lane(lane));
            }
            List<Object> results;
            try {
                results = Parallel.all(pieces);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            long[][] driftByVm = (long[][]) results.get(0);
            @SuppressWarnings("unchecked")
            List<Violation> violations = (List<Violation>) results.get(1);
            JumpCounts jumps = new JumpCounts();
            JumpCounts receiveJumps = new JumpCounts();
            List<Series> clocks = new ArrayList<>();
            List<Series> queues = new ArrayList<>();
            List<VmStats> stats = new ArrayList<>();
            long events = 0;
            long unmatched = 0;
            for (int vm = 0; vm < n; vm++) {
                LaneFigures lane = (LaneFigures) results.get(2 + vm);
                jumps.addAll(lane.jumps);
                receiveJumps.addAll(lane.receiveJumps);
                clocks.add(lane.clock);
                queues.add(lane.queue);
                events += lane.events;
                unmatched += lane.unmatchedReceives;
                stats.add(lane.stats(driftByVm[0][vm], driftByVm[1][vm]));
            }
            List<Series> drift = new ArrayList<>();
            for (SeriesBuilder b : driftSeries) {
                drift.add(b.build());
            }
            return new RunAnalysis(List.copyOf(stats), jumps.toMap(), receiveJumps.toMap(), clocks, drift, queues,
                    violations, events, start, duration, unmatched);
        }

        /**
         * A send's recipients that did not get it: dropped by a fault, or failed because the peer was gone. A peer
         * gone because its log had already ended with stop is no fault: the run's end reaches the VMs a few
         * milliseconds apart, and a VM still ticking may send to one that has stopped.
         */
        private void countUndelivered(LaneFigures f, LaneData lane, int i) {
            f.undelivered += Integer.bitCount(lane.droppedMask(i));
            for (int to : RecipientMask.ids(lane.failedMask(i))) {
                if (to < stoppedAt.length && stoppedAt[to] <= lane.time(i)) {
                    f.sentAfterStop++;
                } else {
                    f.undelivered++;
                }
            }
        }

        /** One lane's figures, all but the drift (which needs every lane). */
        private LaneFigures lane(int vm) {
            LaneData lane = model.lane(vm);
            LaneFigures f = new LaneFigures(vm, lane);
            SeriesBuilder clock = builder("VM " + vm);
            SeriesBuilder queue = builder("VM " + vm);
            long prevClock = 0;
            for (int i = 0; i < lane.size(); i++) {
                EventType type = lane.type(i);
                double x = seconds(lane.time(i));
                int q = lane.queue(i);
                if (q >= 0) {
                    queue.add(x, q);
                    f.queueSum += q;
                    f.queueCount++;
                    f.maxQueue = Math.max(f.maxQueue, q);
                    f.lastQueue = q;
                }
                f.counts[type.ordinal()]++;
                if (type == EventType.SEND) {
                    countUndelivered(f, lane, i);
                }
                if (!type.isTick()) {
                    continue;
                }
                long jump = lane.clock(i) - prevClock;
                prevClock = lane.clock(i);
                f.jumpSum += jump;
                f.maxJump = Math.max(f.maxJump, jump);
                f.jumps.add(jump);
                if (type == EventType.RECEIVE) {
                    f.receiveJumps.add(jump);
                    f.unmatchedReceives += UnknownLinks.unmatched(lane, i) ? 1 : 0;
                }
                clock.add(x, lane.clock(i));
            }
            f.finalClock = prevClock;
            f.events = f.counts[EventType.RECEIVE.ordinal()] + f.counts[EventType.SEND.ordinal()]
                    + f.counts[EventType.INTERNAL.ordinal()];
            f.ticks = lastTick(lane);
            f.measuredRate = measuredRate(lane);
            f.waits = waits(vm);
            f.clock = clock.build();
            f.queue = queue.build();
            return f;
        }

        private SeriesBuilder[] driftSeries;

        /** Merges all lanes by time; returns {max drift per VM, final drift per VM} and fills the drift series. */
        private long[][] drift() {
            driftSeries = new SeriesBuilder[n];
            for (int vm = 0; vm < n; vm++) {
                driftSeries[vm] = builder("VM " + vm);
            }
            long[] clock = new long[n];
            long[] maxDrift = new long[n];
            long[] highest = {0};
            // Visited in place: an array of the whole run's order would be rebuilt for every analysis of a live run.
            model.forEachInTimeOrder((lane, i) -> {
                LaneData data = model.lane(lane);
                if (!data.type(i).isTick() && !data.type(i).opens()) {
                    return;
                }
                clock[lane] = data.clock(i);
                highest[0] = Math.max(highest[0], clock[lane]);
                double x = seconds(data.time(i));
                for (int vm = 0; vm < n; vm++) {
                    long lag = highest[0] - clock[vm];
                    maxDrift[vm] = Math.max(maxDrift[vm], lag);
                    driftSeries[vm].add(x, lag);
                }
            });
            long[] finalDrift = new long[n];
            for (int vm = 0; vm < n; vm++) {
                finalDrift[vm] = highest[0] - clock[vm];
            }
            return new long[][] {maxDrift, finalDrift};
        }

        /** {mean ms, max ms, mean ticks, max ticks} that received messages waited at VM {@code vm}. */
        private double[] waits(int vm) {
            LaneData lane = model.lane(vm);
            double sumMillis = 0;
            double maxMillis = 0;
            long sumTicks = 0;
            long maxTicks = 0;
            int count = 0;
            for (int i = 0; i < lane.size(); i++) {
                if (lane.type(i) != EventType.RECEIVE || lane.partner(i) < 0) {
                    continue;
                }
                long sentAt = model.lane(lane.sender(i)).time(lane.partner(i));
                double millis = (lane.time(i) - sentAt) / 1000.0;
                int before = lane.lastAtOrBefore(sentAt);
                long ticks = lane.tick(i) - (before < 0 ? 0 : lane.tick(before));
                sumMillis += millis;
                maxMillis = Math.max(maxMillis, millis);
                sumTicks += ticks;
                maxTicks = Math.max(maxTicks, ticks);
                count++;
            }
            return count == 0 ? new double[] {0, 0, 0, 0}
                    : new double[] {sumMillis / count, maxMillis, sumTicks / (double) count, maxTicks};
        }

        /** The last tick number, from the last tick event (or the start or restart line before any tick). */
        private static long lastTick(LaneData lane) {
            for (int i = lane.size() - 1; i >= 0; i--) {
                if (lane.type(i).isTick() || lane.type(i).opens()) {
                    return lane.tick(i);
                }
            }
            return 0;
        }

        /**
         * Ticks per second from the log's own times: tick intervals from the first tick to the last. Fault lines
         * (pause, crash, ...) are not ticks and do not stretch the span.
         */
        private static double measuredRate(LaneData lane) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < lane.size(); i++) {
                if (lane.type(i).isTick()) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            if (first < 0 || last <= first) {
                return 0;
            }
            double seconds = (lane.time(last) - lane.time(first)) / 1e6;
            return seconds <= 0 ? 0 : (lane.tick(last) - lane.tick(first)) / seconds;
        }

        private SeriesBuilder builder(String name) {
            return new SeriesBuilder(name, 0, Math.max(duration, 1e-6), BUCKETS);
        }

        private double seconds(long micros) {
            return (micros - start) / 1e6;
        }
    }
}
