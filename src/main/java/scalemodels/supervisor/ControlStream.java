package scalemodels.supervisor;

import java.io.IOException;

import org.tinylog.Logger;

import scalemodels.event.EventType;
import scalemodels.event.LogEvent;
import scalemodels.log.LogLineFormat;
import scalemodels.log.MalformedLineException;
import scalemodels.model.VmStatus;
import scalemodels.wire.ControlCodec;
import scalemodels.wire.LineConnection;
import scalemodels.wire.MalformedMessageException;
import scalemodels.wire.ToSupervisor;

/** Reads one VM process's control stream after its hello, on the connection's own thread, until the VM closes it. */
final class ControlStream implements ToSupervisor.Visitor<Void> {
    private final VmChild child;
    private final RunReport report;
    private final Runnable onReady;

    /** @param onReady runs when a VM of the first start says all its channels are up */
    ControlStream(VmChild child, RunReport report, Runnable onReady) {
        this.child = child;
        this.report = report;
        this.onReady = onReady;
    }

    void read(LineConnection connection) {
        try {
            String line;
            while ((line = connection.readLine()) != null) {
                try {
                    ControlCodec.decodeToSupervisor(line).accept(this);
                } catch (MalformedMessageException e) {
                    Logger.warn("VM {} sent a malformed control line: {}", child.id, e.getMessage());
                }
            }
        } catch (IOException e) {
            Logger.warn("control stream of VM {} ended: {}", child.id, e.getMessage());
        } finally {
            connection.close();
            child.streamEnded.complete(null);
        }
    }

    @Override
    public Void event(ToSupervisor.Event event) {
        try {
            LogEvent parsed = LogLineFormat.parse(event.logLine());
            child.eventsReceived.incrementAndGet();
            child.lastEvent = parsed;
            child.lastLine = event.logLine();
            if (parsed.type() == EventType.PAUSE) {
                report.status(child, VmStatus.PAUSED);
            } else if (parsed.type() == EventType.RESUME || parsed.type() == EventType.RESTART) {
                // A restarted VM runs once its restart line is in its log (it writes before it streams): a crash
                // from then on follows that line, never the previous crash.
                report.status(child, VmStatus.RUNNING);
            }
            report.event(parsed);
        } catch (MalformedLineException e) {
            report.problem("VM " + child.id + " streamed a malformed event line: " + e.getMessage());
        }
        return null;
    }

    @Override
    public Void ready(ToSupervisor.Ready ready) {
        // A restarted VM is running from its rejoin on; its READY comes later and changes nothing.
        if (!child.restarting) {
            report.status(child, VmStatus.READY);
            onReady.run();
        }
        return null;
    }

    @Override
    public Void bye(ToSupervisor.Bye bye) {
        child.saidBye = true;
        return null;
    }

    @Override
    public Void fail(ToSupervisor.Fail fail) {
        child.failure = fail.sentence();
        report.problem(fail.sentence());
        return null;
    }

    @Override
    public Void hello(ToSupervisor.Hello hello) {
        Logger.warn("VM {} said hello twice; ignored", child.id);
        return null;
    }
}
