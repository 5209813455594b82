package scalemodels.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import scalemodels.event.EventDetail;
import scalemodels.event.EventType;
import scalemodels.event.LogEvent;
import scalemodels.model.RunSettings;
import scalemodels.sim.Simulator;

/**
 * Logs of the exercise as other implementations write them, made here from a simulated run (nothing copied from
 * anyone): each style renders the same events, so what an import reads can be compared with what happened.
 */
final class ForeignLogs {
    /** Simulated times moved to 2025-03-04, so that epoch numbers look like a real run's. */
    static final long SHIFT_MICROS = LocalDateTime.of(2025, 3, 4, 17, 28).toEpochSecond(ZoneOffset.UTC) * 1_000_000L
            - Simulator.VIRTUAL_EPOCH_MICROS;

    /** What a run's VMs did, per VM: the truth an import is checked against. */
    record Truth(int[] receives, int[] sends, int[] internals, long[] finalClocks, int[] maxQueues, long[] maxJumps,
                 int[] rates) {
    }

    final List<List<LogEvent>> lanes = new ArrayList<>();
    final Truth truth;

    ForeignLogs(int vms, long seed, double seconds) {
        this(vms, seed, seconds, 10);
    }

    /** @param maxValue the draw's upper bound: 3 to 10, the smaller the more of the events are messages */
    ForeignLogs(int vms, long seed, double seconds, int maxValue) {
        RunSettings settings = new RunSettings(vms, seed, 1, 6, maxValue, 1, seconds);
        for (int vm = 0; vm < vms; vm++) {
            lanes.add(new ArrayList<>());
        }
        new Simulator(settings, 3_000).run(e -> lanes.get(e.vm()).add(e));
        int[] r = new int[vms];
        int[] s = new int[vms];
        int[] i = new int[vms];
        long[] clocks = new long[vms];
        int[] queues = new int[vms];
        long[] jumps = new long[vms];
        int[] rates = new int[vms];
        for (int vm = 0; vm < vms; vm++) {
            long previous = 0;
            for (LogEvent e : lanes.get(vm)) {
                switch (e.type()) {
                    case RECEIVE -> r[vm]++;
                    case SEND -> s[vm]++;
                    case INTERNAL -> i[vm]++;
                    case START -> rates[vm] = ((EventDetail.Start) e.detail()).rate();
                    default -> {
                    }
                }
                if (e.type().isTick()) {
                    jumps[vm] = Math.max(jumps[vm], e.clock() - previous);
                    previous = e.clock();
                    clocks[vm] = e.clock();
                    queues[vm] = Math.max(queues[vm], e.queue());
                }
            }
        }
        truth = new Truth(r, s, i, clocks, queues, jumps, rates);
    }

    /** The tick events of one VM (what foreign logs hold: no start or stop lines). */
    List<LogEvent> ticks(int vm) {
        return lanes.get(vm).stream().filter(e -> e.type().isTick()).toList();
    }

    /** Writes one file per VM, named by {@code name}, each line made by {@code line} (null: no line). */
    void write(Path dir, Function<Integer, String> name, Function<Integer, List<String>> header,
               Function<LogEvent, List<String>> line) throws IOException {
        for (int vm = 0; vm < lanes.size(); vm++) {
            List<String> out = new ArrayList<>(header.apply(vm));
            for (LogEvent e : ticks(vm)) {
                out.addAll(line.apply(e));
            }
            Files.write(dir.resolve(name.apply(vm)), out, StandardCharsets.UTF_8);
        }
    }

    static long micros(LogEvent e) {
        return e.timeMicros() + SHIFT_MICROS;
    }

    static String dateTime(LogEvent e, String pattern) {
        long micros = micros(e);
        return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).format(LocalDateTime.ofInstant(
                Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1000), ZoneOffset.UTC));
    }

    static String epochSeconds(LogEvent e) {
        return String.format(Locale.ROOT, "%.6f", micros(e) / 1e6);
    }

    static int[] to(LogEvent e) {
        return ((EventDetail.Send) e.detail()).to();
    }

    static EventDetail.Receive receive(LogEvent e) {
        return (EventDetail.Receive) e.detail();
    }

    static boolean is(LogEvent e, EventType type) {
        return e.type() == type;
    }

    /**
     * An implementation whose messages carry the sender's clock from before its send's increment, simulated: VMs
     * tick in turn at their rates, a message arrives before the receiver's next tick. Lines are
     * {@code <seconds> <VERB> ... clock=<c>}, one file per VM.
     */
    static void writePreIncrement(Path dir, long seed) throws IOException {
        java.util.Random random = new java.util.Random(seed);
        int vms = 3;
        int[] rates = {1 + random.nextInt(6), 1 + random.nextInt(6), 1 + random.nextInt(6)};
        long[] clocks = new long[vms];
        List<java.util.ArrayDeque<long[]>> queues = new ArrayList<>();
        List<List<String>> out = new ArrayList<>();
        for (int vm = 0; vm < vms; vm++) {
            queues.add(new java.util.ArrayDeque<>());
            out.add(new ArrayList<>());
        }
        for (int step = 0; step < 60 * 6; step++) {
            double now = step / 6.0;
            for (int vm = 0; vm < vms; vm++) {
                if (step % (6 / gcd(6, rates[vm])) != 0 && rates[vm] != 6) {
                    continue;
                }
                String t = String.format(Locale.ROOT, "%.3f", now + vm * 0.01);
                long[] m = queues.get(vm).poll();
                if (m != null) {
                    clocks[vm] = Math.max(clocks[vm], m[1]) + 1;
                    out.get(vm).add(t + " RECV from=" + m[0] + " msg=" + m[1] + " clock=" + clocks[vm]);
                    continue;
                }
                int value = 1 + random.nextInt(10);
                if (value <= 3) {
                    long carried = clocks[vm];
                    clocks[vm]++;
                    int[] to = value == 1 ? new int[] {(vm + 1) % vms} : value == 2 ? new int[] {(vm + 2) % vms}
                            : new int[] {(vm + 1) % vms, (vm + 2) % vms};
                    for (int r : to) {
                        queues.get(r).add(new long[] {vm, carried});
                    }
                    out.get(vm).add(t + " SEND to=" + Arrays.stream(to).mapToObj(Integer::toString)
                            .collect(java.util.stream.Collectors.joining(",")) + " clock=" + clocks[vm]);
                } else {
                    clocks[vm]++;
                    out.get(vm).add(t + " INTERNAL clock=" + clocks[vm]);
                }
            }
        }
        for (int vm = 0; vm < vms; vm++) {
            Files.write(dir.resolve("p" + vm + ".log"), out.get(vm), StandardCharsets.UTF_8);
        }
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
