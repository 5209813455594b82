package scalemodels;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Test inputs that ship with the tests. */
public final class TestData {
    private TestData() {
    }

    /** The sample logs of another implementation (copied from shared/data/peer-logs, MIT-licensed). */
    public static Path sampleLogs() {
        try {
            return Path.of(TestData.class.getResource("/peer-logs/sukikrishna-sim1").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
