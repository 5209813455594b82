package scalemodels;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Awaitility's waits in every test look at their condition at once and then every {@value #INTERVAL_MILLIS} ms.
 * Its defaults (first look after 100 ms, then every 100 ms) made each wait last at least a tenth of a second even
 * when the condition already held: the fifty-kill test waits four times in each of its 25 rounds, which took 858 ms
 * a round with those defaults and 652 ms with looks every 10 ms. Not more often than every 25 ms: some conditions
 * read growing logs or event lists. Registered for the whole test session (META-INF/services), so that no test can
 * forget it.
 */
public final class QuickPolling implements LauncherSessionListener {
    static final long INTERVAL_MILLIS = 25;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        Awaitility.setDefaultPollDelay(Duration.ZERO);
        Awaitility.setDefaultPollInterval(Duration.ofMillis(INTERVAL_MILLIS));
    }
}
