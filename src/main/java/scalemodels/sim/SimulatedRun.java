package scalemodels.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;

import scalemodels.log.EventLogWriter;
import scalemodels.log.RunFolder;
import scalemodels.log.RunManifest;
import scalemodels.log.Timestamps;
import scalemodels.model.RunSettings;

/** A simulation written as a run folder in the same log format as a live run (manifest mode {@code simulated}). */
public final class SimulatedRun {
    private SimulatedRun() {
    }

    /** A written simulation: its folder, the rate each VM drew and the lines each VM's log holds. */
    public record Written(RunFolder folder, int[] rates, long[] lines) {
    }

    /** Runs the simulation and writes its run folder under {@code logsRoot}. */
    public static RunFolder write(RunSettings settings, long delayMicros, Path logsRoot) throws IOException {
        return writeCounted(settings, delayMicros, logsRoot).folder();
    }

    /** Runs the simulation, writes its run folder under {@code logsRoot} and says what it wrote. */
    public static Written writeCounted(RunSettings settings, long delayMicros, Path logsRoot) throws IOException {
        Simulator simulator = new Simulator(settings, delayMicros);
        RunFolder folder = RunFolder.create(logsRoot, Instant.now(), settings);
        RunManifest manifest = RunManifest.of(folder, settings, "simulated")
                .put("network_delay_ms", RunSettings.plain(delayMicros / 1000.0))
                .put("rerun", RunManifest.rerunCommand(settings) + " --simulate --network-delay "
                        + RunSettings.plain(delayMicros / 1000.0))
                .put("started_at", Timestamps.format(Simulator.VIRTUAL_EPOCH_MICROS));
        EventLogWriter[] writers = new EventLogWriter[settings.vms()];
        int[] rates = new int[settings.vms()];
        long[] lines = new long[settings.vms()];
        try {
            for (int vm = 0; vm < writers.length; vm++) {
                writers[vm] = new EventLogWriter(folder.vmLog(vm), false);
            }
            simulator.run(event -> {
                try {
                    writers[event.vm()].write(event);
                    lines[event.vm()]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (event.detail() instanceof scalemodels.event.EventDetail.Start start) {
                    rates[event.vm()] = start.rate();
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            for (EventLogWriter writer : writers) {
                if (writer != null) {
                    writer.close();
                }
            }
        }
        StringBuilder rateList = new StringBuilder();
        for (int vm = 0; vm < rates.length; vm++) {
            rateList.append(vm == 0 ? "" : ",").append(rates[vm]);
        }
        manifest.put("rates", rateList.toString()).recordEnd(Simulator.VIRTUAL_EPOCH_MICROS
                + Math.round(settings.durationSeconds() * 1e6), false, 0, java.util.List.of(), true);
        manifest.write(folder.manifest());
        return new Written(folder, rates, lines);
    }
}
