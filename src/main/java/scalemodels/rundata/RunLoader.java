package scalemodels.rundata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import scalemodels.log.EventType;
import scalemodels.log.LogEvent;
import scalemodels.log.LogParseException;
import scalemodels.log.RunFolder;
import scalemodels.log.VmLog;
import scalemodels.supervisor.VmStatus;

/** Builds a {@link RunModel} from a finished run folder, for the timeline to show it. */
public final class RunLoader {

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
        for (VmLog log : logs) {
            for (LogEvent e : log.events()) {
                vms = Math.max(vms, e.vm() + 1);
            }
        }
        RunModel model = new RunModel(vms);
        // Each log is in time order already: merge them (earliest next event first, ties by file order) as they
        // arrived live, without sorting every event.
        int[] next = new int[logs.size()];
        while (true) {
            int best = -1;
            long earliest = Long.MAX_VALUE;
            for (int k = 0; k < logs.size(); k++) {
                List<LogEvent> events = logs.get(k).events();
                if (next[k] < events.size() && events.get(next[k]).timeMicros() < earliest) {
                    earliest = events.get(next[k]).timeMicros();
                    best = k;
                }
            }
            if (best < 0) {
                break;
            }
            VmLog log = logs.get(best);
            int i = next[best]++;
            model.add(log.events().get(i), log.lineOf(i));
        }
        for (VmLog log : logs) {
            if (log.vm() >= 0) {
                model.setSource(log.vm(), log.file());
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
