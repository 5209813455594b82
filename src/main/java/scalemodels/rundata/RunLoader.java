package scalemodels.rundata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import scalemodels.log.EventType;
import scalemodels.log.LogEvent;
import scalemodels.log.LogParseException;
import scalemodels.log.RunFolder;
import scalemodels.log.VmLog;
import scalemodels.supervisor.VmStatus;

/** Builds a {@link RunModel} from a finished run folder, for the timeline to show it. */
public final class RunLoader {
    private record Sourced(LogEvent event, int line, Path file) {
    }

    private RunLoader() {
    }

    /**
     * @throws IOException       when the folder holds no VM logs or cannot be read
     * @throws LogParseException naming the first malformed line
     */
    public static RunModel load(Path dir) throws IOException, LogParseException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + " is not a folder");
        }
        List<VmLog> logs = RunFolder.at(dir).readVmLogs();
        if (logs.isEmpty()) {
            throw new IOException(dir + " holds no vm_<id>.log files");
        }
        int vms = 0;
        List<Sourced> all = new ArrayList<>();
        for (VmLog log : logs) {
            for (int i = 0; i < log.events().size(); i++) {
                LogEvent e = log.events().get(i);
                vms = Math.max(vms, e.vm() + 1);
                all.add(new Sourced(e, log.lineOf(i), log.file()));
            }
        }
        // Stable sort: each VM's own order is kept; across VMs, time order is how they arrived live.
        all.sort(Comparator.comparingLong(s -> s.event().timeMicros()));
        RunModel model = new RunModel(vms);
        for (Sourced s : all) {
            model.add(s.event(), s.line());
            if (s.event().vm() >= 0) {
                model.setSource(s.event().vm(), s.file());
            }
        }
        for (int vm = 0; vm < vms; vm++) {
            LaneData lane = model.lane(vm);
            boolean stopped = lane.size() > 0 && lane.type(lane.size() - 1) == EventType.STOP;
            model.setStatus(vm, stopped ? VmStatus.STOPPED : VmStatus.CRASHED);
        }
        return model;
    }
}
