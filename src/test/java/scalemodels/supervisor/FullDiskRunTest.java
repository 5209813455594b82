package scalemodels.supervisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import scalemodels.analysis.RuleChecker;
import scalemodels.importer.LoadedRun;
import scalemodels.importer.RunOpener;
import scalemodels.launch.RunListener;
import scalemodels.launch.RunOutcome;
import scalemodels.log.RunManifest;
import scalemodels.model.RunSettings;

/**
 * A run whose disk fills up, on a small tmpfs (mounting one needs root; skipped with the reason where it cannot be
 * done): each VM says why it stopped in one sentence, and only that; every log ends in a whole line; the manifest
 * records how the run ended and no temporary file is left; the run reads back without a damaged line or a broken
 * rule.
 */
@Timeout(120)
class FullDiskRunTest {
    @TempDir
    Path mountPoint;
    private boolean mounted;

    @BeforeEach
    void mountASmallDisk() throws Exception {
        String said;
        try {
            Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=420k", "tmpfs",
                    mountPoint.toString()).redirectErrorStream(true).start();
            said = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            mounted = mount.waitFor() == 0;
        } catch (IOException noMountCommand) {
            said = noMountCommand.getMessage();
        }
        assumeTrue(mounted, "cannot mount a small tmpfs here (it needs root and the mount command): " + said);
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            new ProcessBuilder("umount", mountPoint.toString()).start().waitFor();
        }
    }

    @Test
    void aFullDiskIsSaidOnceInASentenceAndTheRunFolderStaysWhole() throws Exception {
        // A run with an end that would not fit is refused before it starts (the log budget knows the free space)...
        scalemodels.launch.LaunchException refused = org.junit.jupiter.api.Assertions.assertThrows(
                scalemodels.launch.LaunchException.class, () -> new Supervisor(new RunSettings(3, 3, 4, 6, 10, 50, 20),
                        mountPoint, RunListener.NONE).start());
        assertTrue(refused.getMessage().contains("free where its logs go"), refused.getMessage());
        // ...so the disk fills under a run until stopped (or under anything else writing there).
        RunSettings fast = new RunSettings(3, 3, 4, 6, 10, 50, 0);
        RunOutcome outcome;
        try (Supervisor supervisor = new Supervisor(fast, mountPoint, RunListener.NONE)) {
            supervisor.start();
            outcome = supervisor.awaitEnd(Duration.ofSeconds(60));
        }
        assertNotNull(outcome, "the run ended");
        assertFalse(outcome.clean());
        List<String> problems = outcome.problems();
        assertFalse(problems.isEmpty());
        for (String problem : problems) {
            assertTrue(problem.matches("VM \\d stopped: cannot write vm_\\d\\.log \\(.*\\): No space left on device"),
                    "one sentence with the cause, nothing else: " + problems);
        }
        Path dir = outcome.folder().dir();
        assertFalse(Files.exists(dir.resolve("manifest.properties.tmp")), "no temporary file left");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().startsWith(".space-")).toList(),
                    "the reserved room given back");
        }
        RunManifest manifest = RunManifest.read(outcome.folder().manifest());
        assertEquals("problems", manifest.get("outcome"));
        assertNotNull(manifest.get("ended_at"));
        assertTrue(manifest.get("first_problem").endsWith("No space left on device"), manifest.get("first_problem"));
        for (int vm = 0; vm < 3; vm++) {
            byte[] log = Files.readAllBytes(dir.resolve("vm_" + vm + ".log"));
            assertEquals('\n', log[log.length - 1], "vm_" + vm + ".log ends in a whole line");
        }
        LoadedRun loaded = RunOpener.open(dir, null);
        assertEquals(List.of(), loaded.problems(), "no damaged line");
        assertEquals(List.of(), RuleChecker.check(loaded.model()));
    }
}
