package scalemodels.ui.timeline;

import javafx.scene.canvas.Canvas;

import scalemodels.rundata.LogicalLayout;
import scalemodels.rundata.RunModel;
import scalemodels.timeline.Highlights;
import scalemodels.timeline.TimelineGeometry;
import scalemodels.timeline.TimelineRenderer;

/** The timeline's canvas as the renderer draws it each frame, and what the last frame drew. */
final class CanvasFrame {
    private final TimelineRenderer renderer = new TimelineRenderer();
    private final FxPainter painter;
    private TimelineRenderer.FrameStats last = new TimelineRenderer.FrameStats(0, 0, 0, 0, false);

    CanvasFrame(Canvas canvas) {
        painter = new FxPainter(canvas.getGraphicsContext2D());
    }

    void setAxis(LogicalLayout.Axis axis) {
        renderer.setAxis(axis);
    }

    void draw(RunModel shown, TimelineGeometry geometry, long nowMicros, boolean live, Highlights highlights) {
        painter.setTransform(geometry.scale(), 0, 0); // presentation mode: all of it larger
        last = renderer.draw(painter, shown, geometry, nowMicros, live, highlights);
    }

    TimelineRenderer.FrameStats last() {
        return last;
    }
}
