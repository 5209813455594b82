package scalemodels.launch;

import scalemodels.event.FaultKind;

/** Faults injected into a live run: each changes what the VMs do, and each is logged by the VM it affects. */
public interface FaultControls {
    /** Stops VM {@code vm}'s ticks; messages keep arriving and pile up in its queue. */
    void pause(int vm);

    void resume(int vm);

    /**
     * A fault on the messages VM {@code from} sends VM {@code to}.
     *
     * @param forMillis how long it lasts; 0 until cleared
     * @throws IllegalArgumentException when there is no such channel or a time is negative
     */
    void fault(int from, int to, FaultKind kind, long delayMillis, long forMillis);

    /** Kills VM {@code vm}'s process for real; its log gets a crash line. */
    void crash(int vm);

    /** A new process for a crashed VM, carrying on from its log; slow (a JVM boots), so not on a UI thread. */
    void restart(int vm) throws LaunchException;
}
