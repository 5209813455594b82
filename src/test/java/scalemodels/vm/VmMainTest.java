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

    @Test
    void aStandbysWarmUpRehearsesAWholeRunUnlessARunClaimedItMeanwhile() {
        AtomicInteger asked = new AtomicInteger();
        // A whole run of VM 0 of two in this JVM, over real loopback sockets, against a stand-in supervisor.
        assertTrue(WarmUp.run(() -> asked.incrementAndGet() > 1), "the rehearsal ran to its end (exit code 0)");
        assertEquals(1, asked.get());
        assertFalse(WarmUp.run(() -> true), "claimed: no rehearsal");
    }
}
