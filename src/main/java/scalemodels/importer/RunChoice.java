package scalemodels.importer;

/**
 * Which of the runs that opened logs hold is shown: executions between delimiter lines in one file, or runs told apart
 * by their file names in one folder ({@link Executions}, {@link RunsByFileName}).
 *
 * @param shown the one shown, from 1
 * @param count how many there are (1: nothing to choose)
 */
public record RunChoice(int shown, int count) {
    /** Logs that hold one run. */
    public static final RunChoice ONLY = new RunChoice(1, 1);

    public boolean several() {
        return count > 1;
    }
}
