package scalemodels.rundata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import scalemodels.concurrent.Parallel;
import scalemodels.event.EventType;
import scalemodels.log.EventLogReader;
import scalemodels.log.LogParseException;
import scalemodels.log.RunFolder;
import scalemodels.model.VmStatus;

/**
 * Builds a {@link RunModel} from a finished run folder, for the timeline to show it.
 *
 * <p>Each VM's log fills its own lane, so the files are parsed in parallel (on all cores); the messages are
 * then matched in one pass over the lanes in time order, as they were live.
 */
public final class RunLoader {
    /** Recipients are kept as bit masks of an int. */
    static final int MAX_LOADABLE_VMS = 31;

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
        List<Path> files = RunFolder.at(dir).vmLogFiles();
        return load(dir, files, files.isEmpty() ? 0 : RunFolder.vmIdOf(files.get(files.size() - 1)) + 1);
    }

    /**
     * Loads the given VM logs of a run of {@code vms} VMs (a caller leaves out files it cannot read, such as a FIFO;
     * their lanes stay empty).
     */
    public static RunModel load(Path dir, List<Path> files, int vms) throws IOException, LogParseException {
        return load(dir, files, vms, false, null);
    }

    /**
     * Loads the given VM logs, as {@link #load(Path, List, int)} does, with two choices for a run that is not a clean
     * finished one.
     *
     * @param settledOnly a run still being written: each log is read as it stood at one moment, its size taken before
     *                    any log is read (a last line without its line end is left out). Since a VM logs a send before
     *                    its message leaves, every receive read then has its send read too: no false "matches no
     *                    send", and messages sent in the last moments are in flight, not lost
     * @param skipped     null to fail at the first line that is not an event; else each such line is added here
     *                    ("vm_1.log:57: reason; skipped") and the rest of the log is read
     */
    public static RunModel load(Path dir, List<Path> files, int vms, boolean settledOnly, List<String> skipped)
            throws IOException, LogParseException {
        if (files.isEmpty()) {
            throw new IOException(dir + " holds no vm_<id>.log files");
        }
        if (vms > MAX_LOADABLE_VMS) {
            throw new IOException(dir + " has a log of VM " + (vms - 1) + "; at most " + MAX_LOADABLE_VMS
                    + " VMs (ids 0 to " + (MAX_LOADABLE_VMS - 1) + ") can be shown");
        }
        RunModel model = new RunModel(vms);
        java.util.Map<Path, Long> sizes = new java.util.HashMap<>();
        for (Path file : files) {
            sizes.put(file, settledOnly ? Files.size(file) : Long.MAX_VALUE); // all sizes first, then any read
        }
        List<String> damaged = skipped == null ? null : java.util.Collections.synchronizedList(new ArrayList<>());
        fillLanes(model, files, sizes, damaged);
        if (damaged != null) {
            damaged.sort(java.util.Comparator.comparing(line -> line.substring(0, line.indexOf(':')))); // by file, stably
            skipped.addAll(damaged);
        }
        model.linkLoaded();
        for (int vm = 0; vm < vms; vm++) {
            model.lane(vm).trimToSize();
        }
        for (Path file : files) {
            model.setSource(RunFolder.vmIdOf(file), file);
        }
        for (int vm = 0; vm < vms; vm++) {
            LaneData lane = model.lane(vm);
            boolean stopped = lane.size() > 0 && lane.type(lane.size() - 1) == EventType.STOP;
            // A VM of a run still going that has not stopped is running, not crashed.
            model.setStatus(vm, stopped ? VmStatus.STOPPED : settledOnly ? VmStatus.RUNNING : VmStatus.CRASHED);
        }
        return model;
    }

    /** Parses each file into its own lane, the files spread over the cores; the first failure is thrown. */
    private static void fillLanes(RunModel model, List<Path> files, java.util.Map<Path, Long> sizes,
                                  List<String> damaged) throws IOException, LogParseException {
        List<Parallel.Piece<Void>> pieces = new ArrayList<>();
        for (Path file : files) {
            pieces.add(() -> {
                fillLane(model, file, sizes.get(file), damaged);
                return null;
            });
        }
        try {
            Parallel.all(pieces);
        } catch (IOException | LogParseException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("loading " + files.get(0).getParent() + " failed: " + e, e);
        }
    }

    private static void fillLane(RunModel model, Path file, long settledBytes, List<String> damaged)
            throws IOException, LogParseException {
        int vm = RunFolder.vmIdOf(file);
        LaneData lane = model.lane(vm);
        EventLogReader.scan(file, settledBytes, damaged == null ? null
                : e -> damaged.add(file.getFileName() + ":" + e.lineNumber() + ": " + e.reason() + "; skipped"),
                (event, lineNumber) -> {
            if (event.vm() != vm) {
                throw new LogParseException(file, lineNumber, "vm=" + event.vm() + " in the log of VM " + vm);
            }
            lane.add(event, lineNumber);
        });
    }

}
