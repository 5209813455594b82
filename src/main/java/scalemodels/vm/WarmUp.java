package scalemodels.vm;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;

import scalemodels.log.LogLineFormat;
import scalemodels.log.Timestamps;
import scalemodels.model.RunSettings;
import scalemodels.model.VmLogic;
import scalemodels.wire.ControlCodec;
import scalemodels.wire.MalformedMessageException;
import scalemodels.wire.PeerCodec;
import scalemodels.wire.ToVm;
import scalemodels.wire.VmArguments;

/**
 * What a standby VM does while it waits for a run: everything a VM's start-up would otherwise spend on loading and
 * first running its classes (reading its arguments, the model, log formatting, loopback sockets), with no side effect
 * and no log line (the diagnostics file is only known once a run claims the process).
 */
final class WarmUp {
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

    static void run() {
        try {
            VmArguments.decode(new VmArguments(0, RunSettings.defaults(1), 1, Path.of("."), false).encode()
                    .toArray(String[]::new));
            lines();
            ControlCodec.decodeToVm(ControlCodec.encode(new ToVm.Go(1, 0)));
            PeerCodec.decode(PeerCodec.encode(new scalemodels.model.Message(0, 1, new long[] {1, 0})), 0, 2);
            Class.forName(VmRuntime.class.getName());
            Class.forName(PeerMesh.class.getName());
            Class.forName(ControlLink.class.getName());
            try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                 Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                 Socket accepted = server.accept()) {
                client.getOutputStream().write('\n');
                accepted.getInputStream().read();
            }
        } catch (IOException | ReflectiveOperationException | MalformedMessageException | RuntimeException e) {
            // Warming up is only an optimisation: the run itself reports any real problem.
        }
    }
}
