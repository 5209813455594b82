package scalemodels.supervisor;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;

import scalemodels.wire.Secret;

/**
 * Where a VM process runs. The supervisor asks its placement for each VM's process and listens where the placement
 * says its VMs can reach it; everything else (handshake, streams, faults) goes over sockets and does not care. Today
 * every VM runs on this machine ({@link LocalPlacement}); VMs on other hosts would be one more placement.
 */
public interface VmPlacement {
    /** The address the control socket listens on: one every placed VM can reach. */
    InetAddress controlAddress();

    /**
     * The secret of a run of {@code vms} VMs, asked once before its first {@link #start}: the one the processes this
     * placement prepared already share (their peer channels open with it), else a new one.
     */
    Secret runSecret(int vms);

    /** The run's VMs have all started: what was prepared for them and not taken goes (and later starts are fresh). */
    void startsDone();

    /**
     * Starts VM {@code vm}'s process with these VM arguments and hands it the run secret.
     *
     * @param console where the process's own output goes
     * @throws IOException when no process could be started; a message a user can act on
     */
    Process start(int vm, List<String> arguments, Path console, Secret secret) throws IOException;
}
