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

import scalemodels.AppCommand;

/** The app itself (the window, headless under Monocle, in its own JVM) killed with SIGKILL leaves no VM behind. */
@Timeout(120)
class LifecycleTest {
    @TempDir
    Path home;

    @Test
    void killingTheAppLeavesNoVmAliveAfterTwoSeconds() throws Exception {
        Process app = startApp("--start", "--seed", "3", "--speed", "5", "--duration", "0");
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

    @Test
    void killingTheAppEndsItsWarmStandbyVmsToo() throws Exception {
        Process app = startApp("--vms", "3");
        List<ProcessHandle> standby = List.of();
        try {
            // Without --start the window boots one standby VM per VM for the first Start.
            await().atMost(Duration.ofSeconds(60)).until(() -> standbys(app).size() == 3);
            standby = standbys(app);
            app.destroyForcibly().waitFor();
            List<ProcessHandle> left = standby;
            // A standby leaves when its standard input ends; one still booting first finishes booting.
            await().atMost(Duration.ofSeconds(15)).until(() -> left.stream().noneMatch(ProcessHandle::isAlive));
        } finally {
            app.destroyForcibly();
            standby.forEach(ProcessHandle::destroyForcibly);
        }
    }

    /** Without a run every process under the app is a standby VM (their long command lines are not always readable). */
    private static List<ProcessHandle> standbys(Process app) {
        return app.toHandle().descendants().toList();
    }

    private Process startApp(String... options) throws java.io.IOException {
        List<String> command = new ArrayList<>(AppCommand.of(List.of("-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k", "-Dtestfx.headless=true",
                "-Dscalemodels.settings=" + home.resolve("settings.properties")), options));
        command.addAll(List.of("--logs", home.resolve("logs").toString()));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve("app-output.txt").toFile()).start();
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
