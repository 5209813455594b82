package scalemodels.bench.jmh;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import scalemodels.event.LogEvent;
import scalemodels.rundata.CausalOrder;
import scalemodels.rundata.EventRef;
import scalemodels.rundata.RunModel;
import scalemodels.sim.Simulator;

/**
 * What a click on an event costs the window in a run of about a million events: taking the causal order and the
 * cone of an event in the middle of the run (what the FX thread does on a click and, in a live run, each frame),
 * and classifying a screenful of events against it. With logged vector clocks and with derived ones (an imported
 * log; the derivation is a pass over the run, done once, and not part of a frame).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CausalConeBenchmark {
    /** Events classified per frame: a full screen of glyphs on 3 lanes. */
    public static final int ON_SCREEN = 3 * 400;

    private RunModel logged;
    private CausalOrder derived;
    private EventRef middle;

    @Setup(Level.Trial)
    public void build() {
        logged = new RunModel(SimulationBenchmark.SETTINGS.vms());
        RunModel bare = new RunModel(SimulationBenchmark.SETTINGS.vms());
        new Simulator(SimulationBenchmark.SETTINGS, 1_000).run(e -> {
            logged.add(e);
            bare.add(new LogEvent(e.timeMicros(), e.vm(), e.tick(), e.clock(), e.queue(), e.detail(), null));
        });
        middle = new EventRef(1, logged.lane(1).size() / 2);
        derived = CausalOrder.of(bare);
    }

    @Benchmark
    public long coneLogged() {
        return screenful(CausalOrder.of(logged).cone(middle));
    }

    @Benchmark
    public long coneDerived() {
        return screenful(derived.cone(middle));
    }

    /** The cone's class of each event in a screenful around the selected one, as the window rings them. */
    private long screenful(CausalOrder.Cone cone) {
        long sum = 0;
        for (int lane = 0; lane < 3; lane++) {
            int from = Math.max(0, middle.index() - ON_SCREEN / 6);
            for (int i = from; i < from + ON_SCREEN / 3; i++) {
                CausalOrder.Relation r = cone.of(lane, i);
                sum += r == null ? 0 : r.ordinal();
            }
        }
        return sum;
    }
}
