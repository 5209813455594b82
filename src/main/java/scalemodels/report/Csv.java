package scalemodels.report;

import org.apache.commons.csv.CSVFormat;

/** The one CSV dialect the project writes (events.csv, the experiment tables): RFC 4180 with LF line ends. */
public final class Csv {
    public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private Csv() {
    }
}
