package scalemodels.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import scalemodels.wire.LaunchArguments;
import scalemodels.wire.MeshStaging;
import scalemodels.wire.Secret;

/** A VM process given bad arguments says which and exits 2; a standby claimed while warming up stops warming up. */
class VmMainTest {
    @Test
    void aVmProcessWithAMissingArgumentNamesItAndExitsWithTwo() throws Exception {
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), VmMain.class.getName(), "--id", "0"))
                .redirectErrorStream(true).start();
        try {
            process.getOutputStream().close();
            String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS));
            assertEquals(VmMain.BAD_ARGUMENTS, process.exitValue(), said);
            assertEquals("scale-models-vm: missing VM argument --vms", said);
        } finally {
            process.destroyForcibly();
        }
    }

    /**
     * A standby meshing with a member that never connects back (here a socket that accepts and says nothing) waits
     * for it up to 20 s; told to leave meanwhile (the app changed the VM count), it exits at once.
     */
    @Test
    void aStandbyWaitingForItsMembersLeavesWhenTold() throws Exception {
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), VmMain.class.getName(),
                LaunchArguments.STANDBY)).start();
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress());
             java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(
                     process.getInputStream(), StandardCharsets.US_ASCII))) {
            java.io.Writer in = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.US_ASCII);
            assertEquals(LaunchArguments.WARM, out.readLine());
            in.write(MeshStaging.join(new MeshStaging.Join(0, 2, Secret.generate())) + "\n");
            in.flush();
            int port = MeshStaging.readListening(out.readLine());
            assertTrue(port > 0);
            in.write(MeshStaging.peers(new int[] {port, silent.getLocalPort()}) + "\n");
            in.flush();
            silent.accept(); // its channel to the silent member is open: now it waits for one back
            long asked = System.nanoTime();
            in.write(MeshStaging.leave() + "\n");
            in.flush();
            assertTrue(process.waitFor(10, TimeUnit.SECONDS), "left");
            assertEquals(0, process.exitValue());
            assertTrue(System.nanoTime() - asked < TimeUnit.SECONDS.toNanos(10), "without waiting out the 20 s");
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void aStandbysWarmUpRehearsesAWholeRunUnlessARunClaimedItMeanwhile() {
        AtomicInteger asked = new AtomicInteger();
        // A whole run of VM 0 of two in this JVM, over real loopback sockets, against a stand-in supervisor.
        assertTrue(WarmUp.run(() -> asked.incrementAndGet() > 1), "the rehearsal ran to its end (exit code 0)");
        assertEquals(1, asked.get());
        assertFalse(WarmUp.run(() -> true), "claimed: no rehearsal");
    }
}
