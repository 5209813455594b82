package scalemodels.cli;

import java.util.List;

import scalemodels.analysis.VmStats;

/** The per-VM table a headless run ends with. */
final class SummaryTable {
    private static final String[] HEADERS = {"VM", "rate", "ticks", "receives", "sends", "internals", "final clock",
        "largest jump", "largest queue"};

    private SummaryTable() {
    }

    static String render(List<VmStats> rows) {
        String[][] cells = new String[rows.size() + 1][];
        cells[0] = HEADERS;
        for (int r = 0; r < rows.size(); r++) {
            VmStats s = rows.get(r);
            cells[r + 1] = new String[] {Integer.toString(s.vm()), Integer.toString(s.rate()), Long.toString(s.ticks()),
                Long.toString(s.receives()), Long.toString(s.sends()), Long.toString(s.internals()),
                Long.toString(s.finalClock()), Long.toString(s.maxJump()), Integer.toString(s.maxQueue())};
        }
        int[] widths = new int[HEADERS.length];
        for (String[] row : cells) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : cells) {
            for (int c = 0; c < row.length; c++) {
                out.append(c == 0 ? "" : "  ").append(" ".repeat(widths[c] - row[c].length())).append(row[c]);
            }
            out.append('\n');
        }
        return out.toString();
    }
}
