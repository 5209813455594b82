package scalemodels.bench.jmh;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import scalemodels.analysis.RunAnalysis;
import scalemodels.log.LogParseException;
import scalemodels.log.RunFolder;
import scalemodels.rundata.RunLoader;

/**
 * Importing and analysing a run folder, side by side with merely reading its lines (the baseline the target is a
 * ratio to), in one JMH run. The folder is made beforehand by the simulation ({@code runDir}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AnalysisBenchmark {
    @Param("")
    public String runDir;

    /** Every line of every VM log read as text, nothing done with it. */
    @Benchmark
    public long readLines() throws IOException {
        long lines = 0;
        for (Path log : RunFolder.at(Path.of(runDir)).vmLogFiles()) {
            try (BufferedReader in = Files.newBufferedReader(log)) {
                while (in.readLine() != null) {
                    lines++;
                }
            }
        }
        return lines;
    }

    /** What opening a run for analysis does: parse, build the run model, match messages, analyse, check rules. */
    @Benchmark
    public RunAnalysis loadAndAnalyse() throws IOException, LogParseException {
        return RunAnalysis.of(RunLoader.load(Path.of(runDir)));
    }
}
