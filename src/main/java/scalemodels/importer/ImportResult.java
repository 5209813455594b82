package scalemodels.importer;

import java.util.List;

import scalemodels.rundata.RunModel;

/**
 * Logs read through a {@link LogFormat}.
 *
 * @param model    the run, ready for the timeline, the analysis and the rule check
 * @param format   the format used
 * @param problems lines that could not be read, each "file:line: reason" (the rest was imported)
 * @param notes    what was inferred or detected about the logs, once each ("VM ids are 1-based: ...")
 * @param executions how many executions (or runs told apart by file name) the logs hold, of which one was read
 */
public record ImportResult(RunModel model, LogFormat format, List<String> problems, List<String> notes,
                           int executions) {
}
