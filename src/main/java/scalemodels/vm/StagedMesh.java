package scalemodels.vm;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.tinylog.Logger;

import scalemodels.wire.MeshStaging;
import scalemodels.wire.Secret;

/**
 * A standby's peer channels, opened before a run claims it ({@link MeshStaging}): its listener, then a channel to and
 * from every other member of its group. The run the group was meshed for (same VM id, VM count and secret) takes them
 * over and finds its peers connected at Start; any other run closes them and opens its own.
 */
final class StagedMesh implements AutoCloseable {
    /** How long the members may take to connect to each other (they are booted and warm by then). */
    private static final long MESH_TIMEOUT_SECONDS = 20;
    private static final long CLAIM_CHECK_MILLIS = 100;

    private final MeshStaging.Join join;
    private final InboundQueue queue = new InboundQueue();
    private final PeerMesh mesh;

    private StagedMesh(MeshStaging.Join join) throws IOException {
        this.join = join;
        this.mesh = new PeerMesh(join.vm(), join.vms(), join.secret(), queue);
    }

    /** Opens the listener of VM {@code join.vm()}; its port is for the app to pass on to the other members. */
    static StagedMesh listen(MeshStaging.Join join) throws IOException {
        return new StagedMesh(join);
    }

    int port() {
        return mesh.port();
    }

    /**
     * Connects to every other member and waits until each has connected to this one.
     *
     * @param claimed whether a run has claimed the process meanwhile: it does not wait for a member that never comes
     * @return the line that tells the app how it went
     */
    String connect(int[] ports, BooleanSupplier claimed) {
        try {
            mesh.connectAll(ports, false);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(MESH_TIMEOUT_SECONDS);
            while (!mesh.awaitInbound(CLAIM_CHECK_MILLIS, TimeUnit.MILLISECONDS)) {
                if (claimed.getAsBoolean() || System.nanoTime() - deadline > 0) {
                    return MeshStaging.unmeshed("not every member connected");
                }
            }
            return MeshStaging.meshed();
        } catch (IOException e) {
            // The run opens what is missing, as for a VM without a staged mesh.
            Logger.warn("meshing before the run failed: {}", e.getMessage());
            return MeshStaging.unmeshed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return MeshStaging.unmeshed("interrupted");
        }
    }

    /** Whether these channels are the ones of VM {@code vm} in a run of {@code vms} with this secret. */
    boolean serves(int vm, int vms, Secret secret) {
        return join.vm() == vm && join.vms() == vms && join.secret().matches(secret.hex());
    }

    PeerMesh mesh() {
        return mesh;
    }

    InboundQueue queue() {
        return queue;
    }

    @Override
    public void close() {
        mesh.close();
    }
}
