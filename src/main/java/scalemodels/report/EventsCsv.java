package scalemodels.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import scalemodels.event.EventType;
import scalemodels.log.Timestamps;
import scalemodels.rundata.LaneData;
import scalemodels.rundata.RunModel;

/**
 * {@code events.csv}: one row per event with every field, ready for pandas or a spreadsheet. Unknown values are
 * empty; lists (recipients, vector clock) are space-separated inside their cell.
 */
public final class EventsCsv {
    static final String HEADER = "vm,index,line,time,time_us,tick,event,clock,queue,value,to,from,msg,vc,"
            + "send_vm,send_index,extra";

    private EventsCsv() {
    }

    public static void write(RunModel model, Path file) throws IOException {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            write(model, out);
        }
    }

    static void write(RunModel model, Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
        StringBuilder row = new StringBuilder(160);
        for (int vm = 0; vm < model.vms(); vm++) {
            LaneData lane = model.lane(vm);
            for (int i = 0; i < lane.size(); i++) {
                row.setLength(0);
                EventType type = lane.type(i);
                row.append(vm).append(',').append(i).append(',').append(lane.line(i)).append(',');
                Timestamps.appendTo(row, lane.time(i));
                row.append(',').append(lane.time(i)).append(',').append(lane.tick(i)).append(',').append(type.word())
                        .append(',').append(lane.clock(i)).append(',');
                if (lane.queue(i) >= 0) {
                    row.append(lane.queue(i));
                }
                row.append(',');
                if (lane.drawnValue(i) >= 0) {
                    row.append(lane.drawnValue(i));
                }
                row.append(',').append(lane.recipientList(i, ' ')).append(',');
                if (type == EventType.RECEIVE) {
                    if (lane.sender(i) >= 0) {
                        row.append(lane.sender(i));
                    }
                    row.append(',');
                    if (lane.messageTimestamp(i) >= 0) {
                        row.append(lane.messageTimestamp(i));
                    }
                } else {
                    row.append(',');
                }
                row.append(',');
                if (lane.hasVectorClocks() && type != EventType.STOP) {
                    long[] vc = lane.vectorClock(i);
                    for (int k = 0; k < vc.length; k++) {
                        row.append(k == 0 ? "" : " ").append(vc[k]);
                    }
                }
                row.append(',');
                if (type == EventType.RECEIVE && lane.partner(i) >= 0) {
                    row.append(lane.sender(i)).append(',').append(lane.partner(i));
                } else {
                    row.append(',');
                }
                row.append(',');
                if (lane.extra(i) != null) {
                    // The one free-text cell: quoted as CSV needs (the numbers and lists around it never need it).
                    Csv.FORMAT.print(lane.extra(i), row, true);
                }
                row.append('\n');
                out.append(row);
            }
        }
    }

}
