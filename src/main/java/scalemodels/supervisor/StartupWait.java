package scalemodels.supervisor;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import scalemodels.launch.LaunchException;
import scalemodels.model.VmStatus;

/** Waits for one step of the start-up (every hello, every READY), and says which VM failed it and how. */
final class StartupWait {
    private final Children children;
    private final ChildLauncher launcher;
    private final BooleanSupplier stopRequested;

    StartupWait(Children children, ChildLauncher launcher, BooleanSupplier stopRequested) {
        this.children = children;
        this.launcher = launcher;
        this.stopRequested = stopRequested;
    }

    /**
     * @param what what each VM must do, for the message ("connect to its peers")
     * @throws LaunchException when a stop came, a VM died, or the step took longer than 30 s plus 2 s per VM
     */
    void await(CountDownLatch latch, String what) throws LaunchException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30 + 2L * children.count());
        while (!latch.await(50, TimeUnit.MILLISECONDS)) {
            if (stopRequested.getAsBoolean()) {
                throw new LaunchException("Stopped before the clocks started");
            }
            for (VmChild child : children.snapshot()) {
                if (!child.alive()) {
                    throw new LaunchException("VM " + child.id + " exited while starting (exit code "
                            + ChildLauncher.exitCode(child) + ")" + launcher.consoleTail(child));
                }
            }
            if (System.nanoTime() > deadline) {
                String late = Arrays.stream(children.snapshot())
                        .filter(c -> c.status.ordinal() < VmStatus.READY.ordinal())
                        .map(c -> Integer.toString(c.id)).collect(Collectors.joining(", "));
                throw new LaunchException("VMs " + late + " did not " + what + " in time");
            }
        }
    }
}
