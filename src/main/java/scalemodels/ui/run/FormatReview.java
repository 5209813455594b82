package scalemodels.ui.run;

import java.nio.file.Path;

import scalemodels.importer.LogFormat;

/**
 * A format a person should look at: the logs it is for, the format (inferred, preset or given) and why.
 *
 * @param origin the folder or file of logs
 * @param format the format to start the editor from
 * @param reason one sentence for the top of the editor
 */
public record FormatReview(Path origin, LogFormat format, String reason) {
}
