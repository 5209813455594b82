package scalemodels.ui;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import scalemodels.Main;

/** The app itself (the window, headless under Monocle, in its own JVM) killed with SIGKILL leaves no VM behind. */
@Timeout(120)
class LifecycleTest {
    @TempDir
    Path home;

    @Test
    void killingTheAppLeavesNoVmAliveAfterTwoSeconds() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Dtestfx.headless=true", "-Dscalemodels.settings=" + home.resolve("settings.properties"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--start", "--seed", "3", "--speed", "5", "--duration", "0", "--logs", home.resolve("logs").toString()));
        Process app = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve("app-output.txt").toFile()).start();
        List<ProcessHandle> vms = List.of();
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> logsWithTicks(home.resolve("logs")) == 3);
            vms = app.toHandle().descendants().toList();
            assertEquals(3, vms.size(), "three VM processes under the app");
            app.destroyForcibly().waitFor();
            List<ProcessHandle> orphans = vms;
            // Each VM halts itself at the latest 1.5 s after its control connection closes; 2.5 s leaves room for a
            // loaded machine to schedule the exit.
            await().atMost(Duration.ofMillis(2500)).until(() -> orphans.stream().noneMatch(ProcessHandle::isAlive));
        } finally {
            app.destroyForcibly();
            vms.forEach(ProcessHandle::destroyForcibly);
        }
    }

    private static long logsWithTicks(Path logs) throws Exception {
        if (!Files.exists(logs)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(logs)) {
            return all.filter(p -> p.getFileName().toString().matches("vm_\\d+\\.log")).filter(p -> {
                try {
                    return Files.readAllLines(p).size() >= 3;
                } catch (java.io.IOException e) {
                    return false;
                }
            }).count();
        }
    }
}
