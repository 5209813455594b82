package scalemodels.experiment;

/** Progress of an experiment, called from the thread that runs it. */
public interface ExperimentListener {
    /**
     * @param done    runs finished so far
     * @param total   runs in the plan
     * @param message what just happened, one line
     */
    void onProgress(int done, int total, String message);
}
