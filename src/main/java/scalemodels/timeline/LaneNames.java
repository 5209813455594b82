package scalemodels.timeline;

import scalemodels.rundata.RunModel;

/**
 * The column left of an exported picture's lanes: each VM's name in its colour and, where the log says, its tick
 * rate (the window shows the same in its lane headers, which are controls, not drawing).
 */
final class LaneNames {
    private static final Typeface NAME = Typeface.bold(13);
    private static final Typeface RATE = Typeface.regular(11);

    private LaneNames() {
    }

    static void draw(Painter p, TimelineGeometry g, RunModel model, double width) {
        p.setFill(Palette.BACKGROUND);
        p.fillRect(0, 0, width, g.height());
        p.setTextAlign(Painter.Align.LEFT);
        for (int vm = 0; vm < model.vms(); vm++) {
            if (vm % 2 == 1) {
                p.setFill(Palette.LANE_ALTERNATE);
                p.fillRect(0, g.laneTop(vm), width, g.laneHeight());
            }
            p.setFill(Palette.lane(vm));
            p.fillRect(6, g.laneTop(vm) + 6, 4, g.laneHeight() - 12);
            p.setFont(NAME);
            p.setTextBaseline(Painter.Baseline.BOTTOM);
            p.fillText("VM " + vm, 16, g.eventY(vm));
            int rate = model.lane(vm).rate();
            if (rate > 0) {
                p.setFill(Palette.TEXT);
                p.setFont(RATE);
                p.setTextBaseline(Painter.Baseline.TOP);
                p.fillText(rate + " ticks/s", 16, g.eventY(vm) + 2);
            }
        }
    }
}
