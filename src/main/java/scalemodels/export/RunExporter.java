package scalemodels.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a run folder into a zip (logs, manifest, diagnostics), under the run id as the top folder. The zip is built
 * in a temporary file beside the target and moved into place, so a failure never leaves half an archive under the
 * chosen name.
 */
public final class RunExporter {
    private RunExporter() {
    }

    /** @return the number of files written into the zip */
    public static int exportZip(Path runDir, Path zip) throws IOException {
        if (!Files.isDirectory(runDir)) {
            throw new IOException(runDir + " is not a run folder");
        }
        Path target = zip.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        int count = 0;
        try {
            List<Path> files;
            try (Stream<Path> list = Files.list(runDir)) {
                files = list.filter(Files::isRegularFile).sorted().toList();
            }
            String top = runDir.getFileName().toString() + "/";
            try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream zipOut = new ZipOutputStream(out)) {
                for (Path file : files) {
                    zipOut.putNextEntry(new ZipEntry(top + file.getFileName()));
                    Files.copy(file, zipOut);
                    zipOut.closeEntry();
                    count++;
                }
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return count;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
