package scalemodels.ui;

import scalemodels.supervisor.StandbyVms;

/**
 * One pool of warm VM processes for every window the tests open in this JVM: the processes one test's window leaves
 * warm after its run start the next test's run, instead of each window booting JVMs only to end them when it closes.
 * None of these tests is about a fresh boot (LifecycleTest, which is, starts the app as its own process). The pool
 * ends its processes when the test JVM exits.
 */
final class SharedStandbyVms {
    private static StandbyVms pool;

    private SharedStandbyVms() {
    }

    static synchronized StandbyVms pool() {
        if (pool == null) {
            StandbyVms made = new StandbyVms();
            Runtime.getRuntime().addShutdownHook(new Thread(made::close, "shared-standby-close"));
            pool = made;
        }
        return pool;
    }
}
