package scalemodels.vm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import scalemodels.log.LogLineFormat;
import scalemodels.log.Timestamps;
import scalemodels.model.RunSettings;
import scalemodels.model.VmLogic;
import scalemodels.wire.ControlCodec;
import scalemodels.wire.LaunchArguments;
import scalemodels.wire.MalformedMessageException;
import scalemodels.wire.PeerCodec;
import scalemodels.wire.Secret;
import scalemodels.wire.ToVm;
import scalemodels.wire.VmArguments;

/**
 * What a standby VM does while it waits for a run: everything a VM's start-up would otherwise spend on loading and
 * first running its classes (reading its arguments, the model, log formatting, peer channels on loopback), with no
 * side effect but lines in the standby's own diagnostics file, which is deleted when a run claims the process.
 */
final class WarmUp {
    private static final int PEER_ROUNDS = 120;

    private WarmUp() {
    }

    /**
     * The code every tick runs (the model, formatting and parsing lines), run a few hundred times: a fresh VM does this
     * while it waits for the common start, so that its first ticks are not late by the time it takes to load and
     * first run that code (about 10 ms).
     */
    static void lines() {
        try {
            VmLogic logic = new VmLogic(0, RunSettings.defaults(1));
            LogLineFormat.format(logic.startEvent(Timestamps.nowMicros(), 1));
            for (int i = 0; i < 200; i++) {
                LogLineFormat.parse(LogLineFormat.format(logic.onTick(Timestamps.nowMicros(), null, 0).event()));
            }
        } catch (scalemodels.log.MalformedLineException | RuntimeException e) {
            // Warming up is only an optimisation.
        }
    }

    /**
     * @param peerChannels whether to warm up the peer channels too (most of a standby's CPU)
     * @param claimed      whether a run has claimed the process meanwhile: the rest of the warm-up is then skipped
     */
    static void run(boolean peerChannels, BooleanSupplier claimed) {
        try {
            List<String> arguments = new VmArguments(0, RunSettings.defaults(1), 1, Path.of("."), false).encode();
            // As a claim hands them over: on standard input, URL-encoded (its decoder is loaded nowhere else).
            VmArguments.decode(LaunchArguments.read(new BufferedReader(new StringReader(
                    LaunchArguments.encode(arguments)))));
            lines();
            ControlCodec.decodeToVm(ControlCodec.encode(new ToVm.Go(1, 0)));
            PeerCodec.decode(PeerCodec.encode(new scalemodels.model.Message(0, 1, new long[] {1, 0})), 0, 2);
            Class.forName(VmRuntime.class.getName());
            Class.forName(PeerMesh.class.getName());
            Class.forName(ControlLink.class.getName());
            if (peerChannels) {
                peers(claimed);
            }
        } catch (IOException | ReflectiveOperationException | MalformedMessageException | RuntimeException e) {
            // Warming up is only an optimisation: the run itself reports any real problem.
        }
    }

    /**
     * Two peer meshes in this process, the one opening its channel to the other {@value #PEER_ROUNDS} times: the
     * code of a channel (connect, greeting, admission, its reader thread) is then compiled before a run needs 15 of
     * them per VM. Measured with 16 warm VMs on 2 cores: Start to the common start instant 600 ms without, 330-460 ms
     * with 120 rounds, 375 ms with 250; a standby's boot takes 0.45 s of CPU with 120 rounds (0.2 s without, 1 s with
     * 250), spent between runs.
     */
    private static void peers(BooleanSupplier claimed) throws IOException {
        Secret secret = Secret.of("5ca1e0de15a5ca1e0de15a5ca1e0de15"); // not a run's: both meshes are this process's
        try (PeerMesh opener = new PeerMesh(0, 2, secret, new InboundQueue());
             PeerMesh listener = new PeerMesh(1, 2, secret, new InboundQueue())) {
            // A run that claims the process while it warms up should not wait for the rest (Start right after the
            // VM count was raised): it would cost each such VM a quarter of a second of CPU.
            for (int i = 0; i < PEER_ROUNDS && !claimed.getAsBoolean(); i++) {
                opener.connect(1, listener.port()); // each replaces (and closes) the one before
            }
        }
    }
}
