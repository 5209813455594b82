package scalemodels.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import scalemodels.event.EventDetail;
import scalemodels.event.LogEvent;
import scalemodels.rundata.RunModel;

/** events.csv reads back with a standard CSV parser, whatever an imported log's extra fields hold. */
class EventsCsvTest {
    @Test
    void anExtraFieldWithCommasQuotesAndLineBreaksReadsBackWhole() throws Exception {
        RunModel model = new RunModel(2);
        int index = model.add(new LogEvent(1_000_000, 0, 1, 1, 0, new EventDetail.Internal(7), new long[] {1, 0}), 1);
        String extra = "note=a, \"quoted\" and\na second line";
        model.setExtra(0, index, extra);
        model.add(new LogEvent(1_000_500, 1, 1, 1, -1, new EventDetail.Internal(-1), new long[] {0, 1}), 1);
        StringWriter out = new StringWriter();
        EventsCsv.write(model, out);
        List<CSVRecord> rows = Csv.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertEquals(2, rows.size());
        assertEquals(17, rows.get(0).size());
        assertEquals(extra, rows.get(0).get("extra"));
        assertEquals("", rows.get(1).get("queue"), "an unknown queue is an empty cell");
        assertEquals("1 0", rows.get(0).get("vc"));
    }
}
