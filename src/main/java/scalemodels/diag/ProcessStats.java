package scalemodels.diag;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Resource figures of this JVM and of other processes, read from /proc (Linux): heap, threads, open files, resident
 * memory. A figure that cannot be read is -1.
 *
 * @param heapUsedBytes   this JVM's used heap after a GC (-1 for other processes)
 * @param threads         threads of the process
 * @param openFiles       open file descriptors
 * @param residentBytes   resident memory (RSS)
 */
public record ProcessStats(long heapUsedBytes, long threads, long openFiles, long residentBytes) {

    /** This JVM, after asking for a garbage collection so that the heap figure is what is really retained. */
    public static ProcessStats self() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heap = rt.totalMemory() - rt.freeMemory();
        long threads = ManagementFactory.getThreadMXBean().getThreadCount();
        ProcessStats proc = of(ProcessHandle.current().pid());
        return new ProcessStats(heap, threads, proc.openFiles(), proc.residentBytes());
    }

    public static ProcessStats of(long pid) {
        Path dir = Path.of("/proc", Long.toString(pid));
        long threads = -1;
        long rss = -1;
        try {
            List<String> status = Files.readAllLines(dir.resolve("status"));
            for (String line : status) {
                if (line.startsWith("Threads:")) {
                    threads = Long.parseLong(line.substring(8).strip());
                } else if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.substring(6).replace("kB", "").strip()) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process is gone or this is not Linux: the figure stays unknown
        }
        long files = -1;
        try (Stream<Path> fds = Files.list(dir.resolve("fd"))) {
            files = fds.count();
        } catch (IOException e) {
            // as above
        }
        return new ProcessStats(-1, threads, files, rss);
    }

    /** Sums of several processes' figures. */
    public static ProcessStats sum(List<ProcessStats> all) {
        return new ProcessStats(-1, all.stream().mapToLong(ProcessStats::threads).sum(),
                all.stream().mapToLong(ProcessStats::openFiles).sum(),
                all.stream().mapToLong(ProcessStats::residentBytes).sum());
    }
}
