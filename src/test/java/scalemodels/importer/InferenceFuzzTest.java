package scalemodels.importer;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import scalemodels.analysis.RunAnalysis;

/**
 * Logs made of the pieces real logs are made of (times, event words with their peers, labelled and bare clocks and
 * queues, separators, brackets, headers, blank lines, names with and without numbers) in random layouts, one layout
 * per folder, plus a share of noise lines: opening them without a format either reads something and analyses it or
 * says why not (an IOException with a sentence); it never throws anything else and never hangs.
 */
class InferenceFuzzTest {
    private static final String[] RECEIVES = {"RECEIVED", "recv from %d", "RecFrom:process_%d", "POP FROM QUEUE",
        "Received message from VM %d", "receive_event"};
    private static final String[] SENDS = {"SENT", "send to %d", "Sent to machine_%d", "SEND TO B", "sendboth",
        "Broadcast to all machines", "Sent message to machine(s) %d", "send_event"};
    private static final String[] INTERNALS = {"INTERNAL", "Internal event", "internal_event", "IE"};
    private static final String[] CLOCKS = {"LC:%d", "Logical clock: %d", "clock is now %d", "%d", "clock=%d"};
    private static final String[] SEPARATORS = {" ", " | ", ", ", "/", " - ", ";", "\t"};
    private static final String[] NAMES = {"vm_%d.log", "machine_%s_log.csv", "process_%d.log", "log%d.txt",
        "%s.log", "node-%d.txt"};
    private static final int FOLDERS = 120;

    @Test
    void randomLayoutsAreReadOrRefusedWithASentence(@TempDir Path root) {
        Random random = new Random(20261203);
        int[] read = new int[1];
        for (int run = 0; run < FOLDERS; run++) {
            Path dir = root.resolve("run" + run);
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                write(dir, random);
                try {
                    LoadedRun loaded = RunOpener.open(dir, null);
                    RunAnalysis.of(loaded.model()).violations();
                    read[0]++;
                } catch (IOException refused) {
                    if (refused.getMessage() == null || refused.getMessage().isBlank()) {
                        fail("an IOException without a sentence for " + dir);
                    }
                }
            }, () -> "opening " + dir + " hung");
        }
        // The layouts are logs, not noise: most must be read, or this test would only exercise refusals.
        assertTrue(read[0] * 2 > FOLDERS, read[0] + " of " + FOLDERS + " folders read");
    }

    private static void write(Path dir, Random random) throws IOException {
        Files.createDirectories(dir);
        String separator = SEPARATORS[random.nextInt(SEPARATORS.length)];
        String clock = CLOCKS[random.nextInt(CLOCKS.length)];
        boolean clockFirst = random.nextBoolean();
        boolean queue = random.nextBoolean();
        boolean bracketed = random.nextInt(4) == 0;
        int time = random.nextInt(3);
        String name = NAMES[random.nextInt(NAMES.length)];
        int files = 1 + random.nextInt(3);
        for (int f = 0; f < files; f++) {
            List<String> lines = new ArrayList<>();
            if (random.nextBoolean()) {
                lines.add("Machine " + (f + 1) + " initialized with clock rate " + (1 + random.nextInt(6)));
            }
            long c = 0;
            for (int l = 20 + random.nextInt(100); l > 0; l--) {
                int kind = random.nextInt(10);
                String word = String.format(Locale.ROOT, kind < 3 ? RECEIVES[random.nextInt(RECEIVES.length)]
                        : kind < 5 ? SENDS[random.nextInt(SENDS.length)] : INTERNALS[random.nextInt(INTERNALS.length)],
                        1 + random.nextInt(files));
                c += kind < 3 ? 1 + random.nextInt(6) : 1;
                List<String> parts = new ArrayList<>();
                if (time == 1) {
                    parts.add(String.format(Locale.ROOT, "2025-03-04 17:%02d:%02d.%03d", l % 60, l % 60, l));
                } else if (time == 2) {
                    parts.add(String.format(Locale.ROOT, "%.3f", 1741109280 + (200 - l) * 0.2));
                }
                String clockPart = String.format(Locale.ROOT, clock, c);
                parts.add(clockFirst ? clockPart : word);
                parts.add(clockFirst ? word : clockPart);
                if (queue && kind < 3) {
                    parts.add("Queue length: " + random.nextInt(4));
                }
                String line = String.join(separator, parts);
                lines.add(bracketed ? "[" + line + "]" : line);
                if (random.nextInt(25) == 0) {
                    lines.add(random.nextBoolean() ? "" : "Connected to peer at 127.0.0.1:" + (5000 + l));
                }
            }
            String file = String.format(Locale.ROOT, name, name.contains("%s")
                    ? (Object) String.valueOf((char) ('A' + f)) : (Object) Integer.valueOf(f + 1));
            Files.write(dir.resolve(file), lines, StandardCharsets.UTF_8);
        }
    }
}
