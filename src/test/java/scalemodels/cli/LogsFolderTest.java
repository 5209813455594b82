package scalemodels.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Where run folders go without {@code --logs}: the project's, the installed app's (per user), or here. */
class LogsFolderTest {
    @Test
    void runShKeepsThemInTheProjectAndTheInstalledAppInTheUsersDataFolder() {
        assertEquals(Path.of("/work/project/vm_logs"), RunOptions.defaultLogsFolder("/work/project", true, null,
                "/home/ada"), "run.sh's project folder comes first");
        assertEquals(Path.of("vm_logs"), RunOptions.defaultLogsFolder(null, false, "/data", "/home/ada"),
                "a plain copy or a bare java: here");
        assertEquals(Path.of("/home/ada/.local/share/scale-models/vm_logs"),
                RunOptions.defaultLogsFolder(null, true, null, "/home/ada"));
        assertEquals(Path.of("/data/scale-models/vm_logs"),
                RunOptions.defaultLogsFolder(null, true, "/data", "/home/ada"), "$XDG_DATA_HOME when set");
        assertEquals(Path.of("/home/ada/.local/share/scale-models/vm_logs"),
                RunOptions.defaultLogsFolder(null, true, "relative/data", "/home/ada"),
                "a relative $XDG_DATA_HOME is invalid (XDG) and ignored");
        assertEquals(Path.of("/home/ada/.local/share/scale-models/vm_logs"),
                RunOptions.defaultLogsFolder(null, true, " ", "/home/ada"));
    }
}
