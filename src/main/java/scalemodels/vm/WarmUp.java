package scalemodels.vm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import scalemodels.diag.Diagnostics;
import scalemodels.diag.Threads;
import scalemodels.files.FileTrees;
import scalemodels.log.LogLineFormat;
import scalemodels.log.RunFolder;
import scalemodels.log.Timestamps;
import scalemodels.model.RunSettings;
import scalemodels.model.VmLogic;
import scalemodels.wire.ControlCodec;
import scalemodels.wire.LaunchArguments;
import scalemodels.wire.LineConnection;
import scalemodels.wire.MalformedMessageException;
import scalemodels.wire.MeshStaging;
import scalemodels.wire.PeerCodec;
import scalemodels.wire.Secret;
import scalemodels.wire.ToVm;
import scalemodels.wire.VmArguments;

/**
 * What a standby VM does while it waits for a run: everything a VM's start-up would otherwise spend on loading and
 * first running its classes (reading its arguments, the model, log formatting, a rehearsed run over peer and control
 * channels on loopback), with no side effect but lines in the standby's own diagnostics file, which is deleted when a
 * run claims the process, and a temporary folder it deletes itself.
 */
final class WarmUp {
    /** Not a run's: every connection the warm-up makes is between two ends in this process. */
    private static final Secret STAND_IN_SECRET = Secret.of("5ca1e0de15a5ca1e0de15a5ca1e0de15");
    /** A stand-in on loopback answers at once; this only bounds a warm-up on a machine that is starved. */
    private static final int STAND_IN_TIMEOUT_MILLIS = 2000;
    private static final long REHEARSAL_MICROS = 30_000;

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
     * A whole run the way a claimed standby runs it, between its claim and its last line: VM 0 of two with its peer
     * channels staged, a stand-in supervisor in this process (hello, peers, ready, go, a run 30 ms long, bye), its log
     * in a temporary folder. The code and classes of that path are then loaded, linked and partly compiled before a
     * run needs them: 16 VMs claimed at once each spent 3 to 5 ms of CPU on them, most of it first-time linking.
     */
    private static boolean rehearsal() throws IOException, InterruptedException {
        Path dir = Diagnostics.standbyFolder();
        StagedMesh staged = null;
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             PeerMesh peer = new PeerMesh(1, 2, STAND_IN_SECRET, new InboundQueue())) {
            staged = StagedMesh.listen(new MeshStaging.Join(0, 2, STAND_IN_SECRET));
            server.setSoTimeout(STAND_IN_TIMEOUT_MILLIS);
            peer.connect(0, staged.port());
            int[] ports = {staged.port(), peer.port()};
            staged.connect(ports, () -> false);
            Thread supervisor = Threads.start("rehearsal-supervisor", () -> standIn(server, ports));
            int code = new VmRuntime(0, new RunSettings(2, 1, 1, 1, 10, 100, 0), RunFolder.at(dir), STAND_IN_SECRET,
                    false, staged).run(server.getLocalPort());
            supervisor.join(STAND_IN_TIMEOUT_MILLIS);
            return code == 0;
        } finally {
            if (staged != null) {
                staged.close();
            }
            FileTrees.delete(dir);
        }
    }

    /**
     * The supervisor's side of the rehearsal. It reads until the VM closes the connection, never closing first: a
     * VM whose supervisor goes away ends its process (should this side fail on loopback, the standby ends so, and the
     * pool's next run starts a fresh JVM in its place).
     */
    private static void standIn(ServerSocket server, int[] ports) {
        try (LineConnection vm = new LineConnection(server.accept())) {
            vm.readLine(); // hello
            vm.send(ControlCodec.encode(new ToVm.Peers(ports)));
            vm.readLine(); // ready
            long start = Timestamps.nowMicros() + 2_000;
            vm.send(ControlCodec.encode(new ToVm.Go(start, start + REHEARSAL_MICROS)));
            while (vm.readLine() != null) {
                // its lines, until its bye and close
            }
        } catch (IOException e) {
            // the VM's end gave up first; nothing to rehearse further
        }
    }

    /**
     * @param claimed whether a run has claimed the process meanwhile: the rehearsal is then skipped (a Start right
     *                after the VM count was raised does not wait for it)
     * @return whether the rehearsal ran to its end
     */
    static boolean run(BooleanSupplier claimed) {
        try {
            List<String> arguments = new VmArguments(0, RunSettings.defaults(1), 1, Path.of("."), false).encode();
            // As a claim hands them over: on standard input, URL-encoded (its decoder is loaded nowhere else).
            VmArguments.decode(LaunchArguments.read(new BufferedReader(new StringReader(
                    LaunchArguments.encode(arguments)))));
            lines();
            ControlCodec.decodeToVm(ControlCodec.encode(new ToVm.Go(1, 0)));
            PeerCodec.decode(PeerCodec.encode(new scalemodels.model.Message(0, 1, new long[] {1, 0})), 0, 2);
            return !claimed.getAsBoolean() && rehearsal();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | MalformedMessageException | RuntimeException e) {
            // Warming up is only an optimisation: the run itself reports any real problem.
        }
        return false;
    }
}
