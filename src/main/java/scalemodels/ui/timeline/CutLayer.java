package scalemodels.ui.timeline;

import javafx.scene.canvas.GraphicsContext;

import scalemodels.rundata.ConsistentCut;
import scalemodels.rundata.RunModel;
import scalemodels.timeline.TimelineGeometry;

/**
 * The cut: a line down the lanes through each VM's point (green and solid when consistent, red and dashed when
 * not), a square handle on each lane's event row, and each message that crosses it backwards as a bold red arrow.
 */
final class CutLayer {
    private CutLayer() {
    }

    static void draw(GraphicsContext gc, TimelineGeometry g, RunModel shown, CutTool tool) {
        ConsistentCut cut = tool.cut();
        if (cut == null || shown == null || shown.vms() != cut.frontier().length) {
            return;
        }
        boolean consistent = cut.consistent();
        gc.setStroke(consistent ? Palette.CUT : Palette.NOW);
        gc.setLineWidth(2.5);
        if (consistent) {
            gc.setLineDashes();
        } else {
            gc.setLineDashes(8, 5);
        }
        double previousX = Double.NaN;
        for (int lane = 0; lane < shown.vms(); lane++) {
            double x = tool.x(lane);
            double top = g.laneTop(lane);
            double bottom = top + g.laneHeight();
            if (!Double.isNaN(previousX)) {
                gc.strokeLine(previousX, top, x, top);
            }
            gc.strokeLine(x, top, x, bottom);
            previousX = x;
        }
        gc.setLineDashes();
        for (int lane = 0; lane < shown.vms(); lane++) {
            double x = tool.x(lane);
            double y = g.eventY(lane);
            gc.setFill(consistent ? Palette.CUT : Palette.NOW);
            gc.fillRect(x - 4, y - 4, 8, 8);
        }
        gc.setLineWidth(3);
        for (ConsistentCut.Crossing c : cut.crossings(50)) {
            MessageLayer.arrow(gc, Palette.NOW, g.x(shown.lane(c.send().lane()).time(c.send().index())),
                    g.eventY(c.send().lane()), g.x(shown.lane(c.receive().lane()).time(c.receive().index())),
                    g.eventY(c.receive().lane()));
        }
    }
}
