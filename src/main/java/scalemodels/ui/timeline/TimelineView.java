package scalemodels.ui.timeline;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

import scalemodels.analysis.Violation;
import scalemodels.rundata.EventRef;
import scalemodels.rundata.LogicalLayout;
import scalemodels.rundata.RunModel;
import scalemodels.timeline.AxisLayouts;
import scalemodels.timeline.HitTester;
import scalemodels.timeline.TimelineGeometry;

/**
 * The space-time diagram: lane headers on the left, a {@link Canvas} that shows real time left to right, a hover
 * card and a "Live" button. Follows live by default; wheel or pinch zooms, drag pans, click selects.
 * {@link #refresh} is called once per animation frame and redraws only when something changed.
 */
public final class TimelineView extends Region implements TimelineInput.Target {
    static final double HEADER_WIDTH = 168;
    private static final double HIT_RADIUS = 7;

    private final Canvas canvas = new Canvas();
    private final HoverCard hoverCard = new HoverCard();
    private final ViewControls viewControls = new ViewControls(this::fitWholeRun, this::returnToLive, this::setAxis);
    private final TimelineGeometry geometry = new TimelineGeometry();
    private final TimelineRenderer renderer = new TimelineRenderer();
    private final List<LaneHeader> laneHeaders = new ArrayList<>();
    private final AxisLayouts axes = new AxisLayouts();
    /** The run, and the run as drawn: itself, or laid out on a logical axis (same lanes, same indices). */
    private RunModel model;
    private RunModel shown;
    private long drawnVersion = -1;
    private long headerVersion = -1;
    private boolean dirty = true;
    private boolean live;
    private long nowMicros;
    private final TimelineSelection selection;
    private TimelineRenderer.FrameStats lastFrame = new TimelineRenderer.FrameStats(0, 0, 0, 0, false);
    private final LaneMenus menus = new LaneMenus();

    /** What the right-click menus of lanes and in-flight arrows offer. */
    public void setContextMenuSource(LaneMenus.Source source) {
        menus.setSource(source);
    }

    /** @param selectionDetails where the selected event's details are shown (outside the canvas) */
    public TimelineView(Label selectionDetails) {
        this.selection = new TimelineSelection(selectionDetails, new CutTool(selectionDetails, geometry, () -> shown,
                () -> model));
        getStyleClass().add("timeline");
        setId("timeline");
        canvas.setId("timeline-canvas");
        getChildren().addAll(canvas, hoverCard, viewControls);
        setMinSize(300, 150);
        setPrefSize(900, 600);
        TimelineInput.install(canvas, this, this, selection.cut());
    }

    /** Shows another run (or none); resets the view to follow live. */
    public void setModel(RunModel newModel) {
        model = newModel;
        axes.setSource(newModel);
        shown = axes.shown(System.nanoTime());
        selection.setModel(newModel);
        hoverCard.hide();
        getChildren().removeAll(laneHeaders);
        laneHeaders.clear();
        if (model != null) {
            for (int vm = 0; vm < model.vms(); vm++) {
                LaneHeader header = new LaneHeader(vm);
                menus.attach(header, vm, (lane, screenX, screenY) -> menus.show(this, lanes(), lane, null, screenX,
                        screenY));
                laneHeaders.add(header);
            }
            // Headers sit below the hover card so that the card is never hidden behind them.
            getChildren().addAll(1, laneHeaders);
            geometry.setLanes(model.vms());
        }
        geometry.reset();
        drawnVersion = -1;
        headerVersion = -1;
        dirty = true;
        requestLayout();
    }

    /** Once per frame: moves "now", updates lane headers and redraws if anything changed. */
    public void refresh(long now, boolean isLive) {
        if (model == null) {
            if (dirty) {
                draw();
            }
            return;
        }
        long frameNanos = System.nanoTime();
        boolean morphing = axes.morphing(frameNanos);
        shown = axes.shown(frameNanos);
        // On a logical axis there is no "now": the run's last position stands for it.
        boolean realTime = axes.axis() == LogicalLayout.Axis.REAL_TIME;
        long at = realTime || shown.isEmpty() ? now : shown.lastEventMicros();
        boolean nowMoved = at != nowMicros;
        nowMicros = at;
        live = isLive && realTime;
        if (!shown.isEmpty()) {
            geometry.limitTo(shown.startMicros(), Math.max(at, shown.lastEventMicros()));
        }
        if (geometry.followsLive() && nowMoved && !morphing) {
            geometry.followNow(at, shown.isEmpty() ? at : shown.startMicros());
            dirty = true;
        }
        dirty |= morphing;
        if (model.version() != headerVersion) {
            laneHeaders.forEach(h -> h.update(model));
            headerVersion = model.version();
        }
        if (hoverCard.viewMovedUnderPointer(geometry)) {
            hover(hoverCard.pointerX(), hoverCard.pointerY());
        }
        dirty |= selection.update(frameNanos);
        if (dirty || model.version() != drawnVersion) {
            draw();
        }
        viewControls.update(!model.isEmpty(), geometry.followsLive(), isLive);
    }

    /** Rule violations to mark on the lanes (indices into the lanes of the shown run). */
    public void setViolations(List<Violation> found) {
        dirty |= selection.setViolations(found);
    }

    /** Centres the view on an event and selects it (from the Summary's violation list). */
    public void reveal(int lane, int index) {
        if (shown == null || lane >= shown.vms() || index >= shown.lane(lane).size()) {
            return;
        }
        long time = shown.lane(lane).time(index);
        geometry.show(time - Math.min(geometry.span(), 4_000_000) / 2, Math.min(geometry.span(), 4_000_000));
        selection.select(new EventRef(lane, index)); // this very event, even where another is drawn on top of it
        dirty = true;
    }

    @Override
    public TimelineGeometry geometry() {
        return geometry;
    }

    public EventRef selected() {
        return selection.first();
    }

    /** What is selected: the event, a second one to compare, the first one's causal cone. */
    public TimelineSelection selection() {
        return selection;
    }

    public int arrowsDrawn() {
        return lastFrame.arrows() + lastFrame.pendingArrows();
    }

    /** Draws again on the next refresh even if nothing changed (the benchmarks time full redraws). */
    public void requestRedraw() {
        dirty = true;
    }

    /** Follows "now" again (after a run's end: its last moments), at once, not only when "now" next moves. */
    public void returnToLive() {
        geometry.returnToLive();
        if (shown != null) {
            geometry.followNow(nowMicros, shown.isEmpty() ? nowMicros : shown.startMicros());
        }
        dirty = true;
    }

    /** Lays the run out by real time, Lamport clock or total order, morphing to it with the whole run in view. */
    public void setAxis(LogicalLayout.Axis axis) {
        long nanos = System.nanoTime();
        if (axes.setAxis(axis, nanos) && model != null) {
            shown = axes.settled(nanos); // fit where the morph ends
            live &= axis == LogicalLayout.Axis.REAL_TIME;
            nowMicros = live || shown.isEmpty() ? nowMicros : shown.lastEventMicros();
            fitWholeRun();
            renderer.setAxis(axis);
            viewControls.showAxis(axis);
        }
    }

    public LogicalLayout.Axis axis() {
        return axes.axis();
    }

    /** The run as drawn now: itself on the real-time axis, else its layout (the same lanes and indices). */
    public RunModel shownModel() {
        return shown;
    }

    /** The whole run in view, from its first event to "now" (or its last event). */
    @Override
    public void fitWholeRun() {
        if (shown != null && !shown.isEmpty()) {
            geometry.fit(shown.startMicros(), Math.max(shown.lastEventMicros(), live ? nowMicros : 0));
            dirty = true;
        }
    }

    /** Selects the event at canvas coordinates, or clears the selection. */
    @Override
    public void selectAt(double x, double y) {
        selection.select(hit(x, y));
        dirty = true;
    }

    /** Picks the event at canvas coordinates as the second one, to compare with the selected one. */
    @Override
    public void selectSecondAt(double x, double y) {
        if (hit(x, y) != null) {
            selection.selectSecond(hit(x, y));
            dirty = true;
        }
    }

    /** Esc: no selection, no cone. */
    @Override
    public void clearSelection() {
        selection.clear();
        dirty = true;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double canvasWidth = Math.max(1, w - HEADER_WIDTH);
        if (canvas.getWidth() != canvasWidth || canvas.getHeight() != h) {
            canvas.setWidth(canvasWidth);
            canvas.setHeight(h);
            geometry.setSize(canvasWidth, h);
            dirty = true;
        }
        canvas.relocate(HEADER_WIDTH, 0);
        for (LaneHeader header : laneHeaders) {
            header.fit(geometry.laneHeight());
            header.resizeRelocate(0, geometry.laneTop(header.vm()), HEADER_WIDTH, geometry.laneHeight());
        }
        viewControls.autosize();
        viewControls.relocate(w - viewControls.getWidth() - 12, TimelineGeometry.AXIS_HEIGHT + 6);
    }

    private void draw() {
        lastFrame = renderer.draw(canvas.getGraphicsContext2D(), shown, geometry, nowMicros, live, selection);
        drawnVersion = model == null ? -1 : model.version();
        dirty = false;
    }

    @Override
    public void viewChanged() {
        dirty = true;
    }

    @Override
    public void endHover() {
        hoverCard.pointerLeft();
    }

    @Override
    public void menuAt(double x, double y, double screenX, double screenY) {
        int lane = geometry.laneAt(y);
        int[] channel = pendingArrowAt(x, y);
        if (channel != null || lane >= 0) {
            menus.show(this, lanes(), channel != null ? channel[0] : lane, channel, screenX, screenY);
        }
    }

    private int lanes() {
        return model == null ? 0 : model.vms();
    }

    /** {from, to} of the dashed in-flight arrow within a few pixels of the point, or null. */
    int[] pendingArrowAt(double x, double y) {
        return shown == null ? null : HitTester.pendingArrowAt(shown, geometry, nowMicros,
                MessageLayer.pendingPerChannel(shown.vms()), x, y);
    }

    @Override
    public void hover(double x, double y) {
        hoverCard.pointerAt(x, y);
        EventRef hit = hit(x, y);
        hoverCard.follow(model, hit, selection.brokenRules(hit), HEADER_WIDTH + x, y, getWidth(), getHeight());
    }

    /** The event drawn nearest the canvas point, within reach of it, or null. */
    private EventRef hit(double x, double y) {
        return shown == null ? null : HitTester.find(shown, geometry, x, y, HIT_RADIUS);
    }
}
