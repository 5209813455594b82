package scalemodels.ui.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import scalemodels.importer.FormatPreview;
import scalemodels.importer.LogFormat;

/**
 * The format editor's state: the format as the text of a format file, a live preview of the first lines of a log as
 * that text reads them, and saving it as a format file. Every edit of the text refreshes the preview (a few dozen
 * lines of a 64 KiB head: cheap enough to do per keystroke).
 */
public final class FormatEditorViewModel {
    /** Lines shown in the preview. */
    static final int PREVIEW_LINES = 60;

    private final Path origin;
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty savePath = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableList<FormatPreview.Row> rows = FXCollections.observableArrayList();

    /**
     * @param origin the folder or file of logs being read
     * @param format the format to start from (the inferred one)
     * @param reason why the editor opened, shown above the text
     */
    public FormatEditorViewModel(Path origin, LogFormat format, String reason) {
        this.origin = origin;
        Path folder = Files.isDirectory(origin) ? origin : origin.toAbsolutePath().getParent();
        savePath.set(folder.resolve("scale-models-format.properties").toString());
        summary.set(reason);
        text.addListener((obs, old, now) -> refresh());
        text.set(FormatPreview.text(format));
    }

    /** Reads the text as a format and shows the first lines as it reads them, or says what is wrong. */
    void refresh() {
        try {
            LogFormat format = FormatPreview.parse(text.get());
            List<FormatPreview.Row> read = FormatPreview.rows(FormatPreview.sampleFile(origin, format), format,
                    PREVIEW_LINES);
            rows.setAll(read);
            long bad = read.stream().filter(r -> !r.fits()).count();
            error.set(bad == 0 ? "" : bad + " of the first " + read.size() + " lines do not fit");
        } catch (IllegalArgumentException | IOException e) {
            rows.clear();
            error.set(e.getMessage());
        }
    }

    /**
     * Writes the text as a format file at the save path.
     *
     * @return the file written
     * @throws IOException when it cannot be written, or the text is not a valid format
     */
    public Path save() throws IOException {
        try {
            FormatPreview.parse(text.get());
        } catch (IllegalArgumentException e) {
            throw new IOException("the format is not valid yet: " + e.getMessage());
        }
        Path file = Path.of(savePath.get().strip());
        Files.writeString(file, text.get(), StandardCharsets.UTF_8);
        return file;
    }

    public Path origin() {
        return origin;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty savePathProperty() {
        return savePath;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObservableList<FormatPreview.Row> rows() {
        return rows;
    }
}
