package scalemodels.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import scalemodels.event.EventDetail;
import scalemodels.model.RunSettings;
import scalemodels.sim.Simulator;

/**
 * A simulated run as another implementation logs it (a real one's style): tab-separated seconds, event, "Logical
 * Clock: 4", "Queue Length: 0", and the peers, receives naming nothing ("From Network"); one file per VM.
 */
final class FromNetworkLogs {
    private FromNetworkLogs() {
    }

    /** Writes the run's files into {@code dir}, VM {@code vm}'s named {@code fileName(vm)}; returns its events. */
    static long write(Path dir, RunSettings settings, IntFunction<String> fileName) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        for (int vm = 0; vm < settings.vms(); vm++) {
            lines.add(new ArrayList<>());
        }
        new Simulator(settings, 1_000).run(e -> {
            if (!e.type().isTick()) {
                return;
            }
            String seconds = String.format(Locale.ROOT, "%.3f",
                    (e.timeMicros() - Simulator.VIRTUAL_EPOCH_MICROS) / 1e6);
            String peers = e.detail() instanceof EventDetail.Send send ? Arrays.stream(send.to())
                    .mapToObj(Integer::toString).collect(Collectors.joining(", ")) : "";
            lines.get(e.vm()).add(seconds + "\t" + switch (e.type()) {
                case RECEIVE -> "Receive";
                case SEND -> "Send";
                default -> "Internal";
            } + "\tLogical Clock: " + e.clock() + "\tQueue Length: " + e.queue() + "\t" + switch (e.type()) {
                case RECEIVE -> "From Network";
                case SEND -> peers.contains(",") ? "To VMs [" + peers + "]" : "To VM " + peers;
                default -> "No external communication";
            });
        });
        long events = 0;
        for (int vm = 0; vm < lines.size(); vm++) {
            Files.write(dir.resolve(fileName.apply(vm)), lines.get(vm));
            events += lines.get(vm).size();
        }
        return events;
    }
}
