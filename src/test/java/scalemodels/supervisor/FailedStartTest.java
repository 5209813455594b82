package scalemodels.supervisor;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import scalemodels.launch.LaunchException;
import scalemodels.launch.RunListener;
import scalemodels.model.RunSettings;

/** A run whose VM processes die while starting says so, and closing it afterwards waits for nothing. */
class FailedStartTest {
    @TempDir
    Path logs;

    @Test
    void closingARunThatFailedToStartReturnsAtOnce() {
        // Each "VM" is a shell that exits at once with code 3, before it says hello.
        Supervisor supervisor = new Supervisor(new RunSettings(3, 1, 1, 6, 10, 1, 1), logs, RunListener.NONE,
                new LocalPlacement(null, vm -> List.of("/bin/sh", "-c", "exit 3", "vm")));
        LaunchException e = assertThrows(LaunchException.class, supervisor::start);
        assertTrue(e.getMessage().contains("exit code 3"), e.getMessage());
        // Before the fix it waited out the stop grace (8 s) for an end that never comes.
        assertTimeoutPreemptively(Duration.ofSeconds(4), supervisor::close);
    }
}
