package scalemodels.bench.jmh;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import scalemodels.model.RunSettings;
import scalemodels.sim.Simulator;

/** The simulation mode's speed: one minute of 3 VMs at speed 1000 (about a million events), each event consumed. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SimulationBenchmark {
    public static final RunSettings SETTINGS = new RunSettings(3, 23, 1, 6, 10, 1000, 60);

    @Benchmark
    public long simulate(Blackhole sink) {
        return new Simulator(SETTINGS, 1_000).run(sink::consume);
    }
}
