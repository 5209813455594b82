package scalemodels.supervisor;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.tinylog.Logger;

/**
 * Last line of defence against orphans: when this JVM shuts down normally (window closed, Ctrl-C), every supervisor
 * still open is closed, which stops its VMs gracefully and destroys those that do not exit in time. (On SIGKILL no
 * hook runs; the VMs then exit by themselves when their control connection closes.)
 */
final class ProcessReaper {
    private static final Set<Supervisor> OPEN = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ProcessReaper::closeAll, "process-reaper"));
    }

    private ProcessReaper() {
    }

    static void register(Supervisor supervisor) {
        OPEN.add(supervisor);
    }

    static void unregister(Supervisor supervisor) {
        OPEN.remove(supervisor);
    }

    private static void closeAll() {
        for (Supervisor supervisor : OPEN) {
            try {
                supervisor.close();
            } catch (RuntimeException e) {
                Logger.error(e, "closing a supervisor at shutdown failed");
            }
        }
    }
}
