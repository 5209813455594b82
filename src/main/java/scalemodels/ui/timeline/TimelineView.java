package scalemodels.ui.timeline;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

import scalemodels.analysis.Violation;
import scalemodels.rundata.EventRef;
import scalemodels.rundata.RunModel;
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
    private final ViewControls viewControls = new ViewControls(this::fitWholeRun, this::returnToLive);
    private final TimelineGeometry geometry = new TimelineGeometry();
    private final TimelineRenderer renderer = new TimelineRenderer();
    private final List<LaneHeader> laneHeaders = new ArrayList<>();
    private RunModel model;
    /** Where the pointer rests on the canvas (NaN when outside), and the view the hover card was made for. */
    private double pointerX = Double.NaN;
    private double pointerY;
    private long hoveredViewStart;
    private long hoveredSpan;
    private long drawnVersion = -1;
    private long headerVersion = -1;
    private boolean dirty = true;
    private boolean live;
    private long nowMicros;
    private final TimelineSelection selection = new TimelineSelection();
    private TimelineRenderer.FrameStats lastFrame = new TimelineRenderer.FrameStats(0, 0, 0, 0, false);
    private final Label selectionDetails;
    private final LaneMenus menus = new LaneMenus();

    /** What the right-click menus of lanes and in-flight arrows offer. */
    public void setContextMenuSource(LaneMenus.Source source) {
        menus.setSource(source);
    }

    /** @param selectionDetails where the selected event's details are shown (outside the canvas) */
    public TimelineView(Label selectionDetails) {
        this.selectionDetails = selectionDetails;
        selectionDetails.setText(TimelineSelection.HINT);
        getStyleClass().add("timeline");
        setId("timeline");
        canvas.setId("timeline-canvas");
        getChildren().addAll(canvas, hoverCard, viewControls);
        setMinSize(300, 150);
        TimelineInput.install(canvas, this, this);
    }

    /** Shows another run (or none); resets the view to follow live. */
    public void setModel(RunModel newModel) {
        model = newModel;
        selection.setModel(newModel);
        hoverCard.hide();
        selectionDetails.setText(TimelineSelection.HINT);
        getChildren().removeAll(laneHeaders);
        laneHeaders.clear();
        if (model != null) {
            for (int vm = 0; vm < model.vms(); vm++) {
                LaneHeader header = new LaneHeader(vm);
                menus.attach(header, vm, (lane, screenX, screenY) -> showMenu(lane, null, screenX, screenY));
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
        boolean nowMoved = now != nowMicros;
        nowMicros = now;
        live = isLive;
        if (!model.isEmpty()) {
            geometry.limitTo(model.startMicros(), Math.max(now, model.lastEventMicros()));
        }
        if (geometry.followsLive() && nowMoved) {
            geometry.followNow(now, model.isEmpty() ? now : model.startMicros());
            dirty = true;
        }
        if (model.version() != headerVersion) {
            laneHeaders.forEach(h -> h.update(model));
            headerVersion = model.version();
        }
        if (geometry.viewStart() != hoveredViewStart || geometry.span() != hoveredSpan) {
            // The view moved under a still pointer: the card tells of what is under it now, or goes.
            hoveredViewStart = geometry.viewStart();
            hoveredSpan = geometry.span();
            if (!Double.isNaN(pointerX)) {
                hover(pointerX, pointerY);
            }
        }
        if (selection.update(System.nanoTime())) {
            dirty = true;
        }
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
        if (model == null || lane >= model.vms() || index >= model.lane(lane).size()) {
            return;
        }
        long time = model.lane(lane).time(index);
        geometry.show(time - Math.min(geometry.span(), 4_000_000) / 2, Math.min(geometry.span(), 4_000_000));
        select(new EventRef(lane, index)); // this very event, even where another is drawn on top of it
    }

    @Override
    public TimelineGeometry geometry() {
        return geometry;
    }

    public EventRef selected() {
        return selection.first();
    }

    /** The event Shift+click picked to compare with the selected one, or null. */
    public EventRef secondSelected() {
        return selection.second();
    }

    /** The selected event's causal past, future and concurrent events, or null with nothing selected. */
    public scalemodels.rundata.CausalOrder.Cone cone() {
        return selection.cone();
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
        if (model != null) {
            geometry.followNow(nowMicros, model.isEmpty() ? nowMicros : model.startMicros());
        }
        dirty = true;
    }

    /** The whole run in view, from its first event to "now" (or its last event). */
    @Override
    public void fitWholeRun() {
        if (model != null && !model.isEmpty()) {
            geometry.fit(model.startMicros(), Math.max(model.lastEventMicros(), live ? nowMicros : 0));
            dirty = true;
        }
    }

    /** Selects the event at canvas coordinates, or clears the selection. */
    @Override
    public void selectAt(double x, double y) {
        select(model == null ? null : HitTester.find(model, geometry, x, y, HIT_RADIUS));
    }

    /** Picks the event at canvas coordinates as the second one, to compare with the selected one. */
    @Override
    public void selectSecondAt(double x, double y) {
        EventRef hit = model == null ? null : HitTester.find(model, geometry, x, y, HIT_RADIUS);
        if (hit != null) {
            selection.selectSecond(hit);
            showSelection();
        }
    }

    /** Esc: no selection, no cone. */
    @Override
    public void clearSelection() {
        selection.clear();
        selectionDetails.setText(TimelineSelection.HINT);
        dirty = true;
    }

    /** Selects one event (or none) and shows its details, why its clock is what it is, its partners and cone. */
    private void select(EventRef event) {
        selection.select(event);
        showSelection();
    }

    private void showSelection() {
        selectionDetails.setText(selection.details());
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
        lastFrame = renderer.draw(canvas.getGraphicsContext2D(), model, geometry, nowMicros, live, selection);
        drawnVersion = model == null ? -1 : model.version();
        dirty = false;
    }

    @Override
    public void viewChanged() {
        dirty = true;
    }

    @Override
    public void endHover() {
        pointerX = Double.NaN;
        hoverCard.hide();
    }

    @Override
    public void menuAt(double x, double y, double screenX, double screenY) {
        int lane = geometry.laneAt(y);
        int[] channel = pendingArrowAt(x, y);
        if (channel != null || lane >= 0) {
            showMenu(channel != null ? channel[0] : lane, channel, screenX, screenY);
        }
    }

    private void showMenu(int lane, int[] channel, double screenX, double screenY) {
        if (model != null) {
            menus.show(this, model.vms(), lane, channel, screenX, screenY);
        }
    }

    /** {from, to} of the dashed in-flight arrow within a few pixels of the point, or null. */
    int[] pendingArrowAt(double x, double y) {
        return model == null ? null : HitTester.pendingArrowAt(model, geometry, nowMicros,
                MessageLayer.pendingPerChannel(model.vms()), x, y);
    }

    @Override
    public void hover(double x, double y) {
        pointerX = x;
        pointerY = y;
        EventRef hit = model == null ? null : HitTester.find(model, geometry, x, y, HIT_RADIUS);
        hoverCard.follow(model, hit, selection.brokenRules(hit), HEADER_WIDTH + x, y, getWidth(), getHeight());
    }

    @Override
    protected double computePrefWidth(double height) {
        return 900;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 600;
    }
}
