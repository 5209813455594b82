package scalemodels.ui.timeline;

import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

import scalemodels.rundata.EventRef;
import scalemodels.rundata.LogicalLayout;
import scalemodels.rundata.RunModel;
import scalemodels.timeline.AxisLayouts;
import scalemodels.timeline.HitTester;
import scalemodels.timeline.TimelineGeometry;
import scalemodels.timeline.TimelinePicture;
import scalemodels.timeline.TimelineRenderer;

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
    private final ViewControls viewControls = new ViewControls(this::fitWholeRun, this::returnToLive, this::setAxis,
            this::hold, () -> this.geometry.scale());
    private final TimelineGeometry geometry = new TimelineGeometry();
    private final CanvasFrame frame = new CanvasFrame(canvas);
    private final LaneHeaders laneHeaders = new LaneHeaders();
    private final AxisLayouts axes = new AxisLayouts();
    /** The run, and the run as drawn: itself, or laid out on a logical axis (same lanes, same indices). */
    private RunModel model;
    private RunModel shown;
    private long drawnVersion = -1;
    private boolean dirty = true;
    private boolean live;
    private long nowMicros;
    private final TimelineSelection selection;
    private final LaneMenus menus = new LaneMenus();
    private final HeldMoment held = new HeldMoment();
    private Stepper stepper = (forward, sameVm) -> { };

    public void setStepper(Stepper stepper) {
        this.stepper = stepper;
    }

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
        getChildren().addAll(canvas, hoverCard, viewControls, new CanvasColours(this::viewChanged));
        setMinSize(300, 150);
        setPrefSize(900, 600);
        TimelineInput.install(canvas, this, this, selection.cut(), viewControls::toggleLegend);
    }

    /** Shows another run (or none); resets the view to follow live. */
    public void setModel(RunModel newModel) {
        model = newModel;
        held.release();
        axes.setSource(newModel);
        shown = axes.shown(System.nanoTime());
        selection.setModel(newModel);
        hoverCard.hide();
        laneHeaders.rebuild(getChildren(), model, menus,
                (lane, x, y) -> menus.show(this, model == null ? 0 : model.vms(), lane, null, x, y));
        if (model != null) {
            geometry.setLanes(model.vms());
        }
        geometry.reset();
        drawnVersion = -1;
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
        long at = held.held() ? held.at() : realTime || shown.isEmpty() ? now : shown.lastEventMicros();
        boolean nowMoved = at != nowMicros;
        nowMicros = at;
        live = isLive && realTime;
        if (!shown.isEmpty()) { // a held view cannot be moved past its moment
            geometry.limitTo(shown.startMicros(), held.held() ? held.at() : Math.max(at, shown.lastEventMicros()));
        }
        if (geometry.followsLive() && nowMoved && !morphing) {
            geometry.followNow(at, shown.isEmpty() ? at : shown.startMicros());
            dirty = true;
        }
        dirty |= morphing;
        laneHeaders.update(model);
        if (hoverCard.viewMovedUnderPointer(geometry)) {
            hover(hoverCard.pointerX(), hoverCard.pointerY());
        }
        dirty |= selection.update(frameNanos);
        if (dirty || model.version() != drawnVersion) {
            draw();
        }
        viewControls.update(!model.isEmpty(), geometry.followsLive(), isLive, held.held());
    }

    /** Centres the view on an event, at most 4 s wide, and selects it (from the Summary's violation list). */
    public void reveal(int lane, int index) {
        bringIntoView(new EventRef(lane, index), true);
    }

    /** Selects a stepped-to event, its explanation in Event details, panning only when it is out of view. */
    public void showStep(EventRef e) {
        bringIntoView(e, false);
    }

    /** Selects this very event (even where another is drawn on top of it) and shows it; a held view moves up to it. */
    private void bringIntoView(EventRef e, boolean centre) {
        if (shown == null || e.lane() >= shown.vms() || e.index() >= shown.lane(e.lane()).size()) {
            return;
        }
        long t = shown.lane(e.lane()).time(e.index());
        held.reach(t);
        long span = centre ? Math.min(geometry.span(), 4_000_000) : geometry.span();
        if (centre || geometry.x(t) < 24 || geometry.x(t) > geometry.width() - 24) {
            geometry.show(t - span / 2, span);
        }
        selection.select(e);
        dirty = true;
    }

    @Override
    public TimelineGeometry geometry() {
        return geometry;
    }

    /** What is selected: the event, a second one to compare, the first one's causal cone. */
    public TimelineSelection selection() {
        return selection;
    }

    /** What the last frame drew: glyphs, density columns, arrows. */
    public TimelineRenderer.FrameStats lastFrame() {
        return frame.last();
    }

    /** Follows "now" again (after a run's end: its last moments), at once, not only when "now" next moves. */
    public void returnToLive() {
        held.release();
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
            held.release(); // a moment in logged time means nothing on a logical axis
            shown = axes.settled(nanos); // fit where the morph ends
            live &= axis == LogicalLayout.Axis.REAL_TIME;
            nowMicros = live || shown.isEmpty() ? nowMicros : shown.lastEventMicros();
            fitWholeRun();
            frame.setAxis(axis);
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

    /** Save view (Ctrl+Shift+S): the canvas as it is now, to be drawn again as a picture (an SVG document). */
    public TimelinePicture savedView() {
        return new TimelinePicture(shown, geometry, nowMicros, live, selection.highlights(), axis(), false);
    }

    /** Presentation mode: glyphs, lines and the canvas's text this many times larger (1 normally). */
    public void setPresentationScale(double scale) {
        geometry.setScale(scale);
        dirty = true;
        requestLayout();
    }

    /** Selects the event at canvas coordinates, or clears the selection. */
    @Override
    public void selectAt(double x, double y) {
        selection.select(hit(x, y));
    }

    /** Picks the event at canvas coordinates as the second one, to compare with the selected one. */
    @Override
    public void selectSecondAt(double x, double y) {
        selection.selectSecond(hit(x, y));
    }

    @Override
    public void step(boolean forward, boolean sameVm) {
        stepper.step(forward, sameVm);
    }

    /** H: holds a live run's view at this moment; the run goes on recording; Back to live (Ctrl+L) lets go. */
    @Override
    public void hold() {
        if (live && !held.held()) {
            held.hold(nowMicros);
            geometry.show(geometry.viewStart(), geometry.span()); // no longer following
        }
    }

    /** Esc: no selection, no cone. */
    @Override
    public void clearSelection() {
        selection.clear();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double headerWidth = HEADER_WIDTH * geometry.scale();
        double canvasWidth = Math.max(1, w - headerWidth);
        if (canvas.getWidth() != canvasWidth || canvas.getHeight() != h) {
            canvas.setWidth(canvasWidth);
            canvas.setHeight(h);
            geometry.setSize(canvasWidth, h);
            dirty = true;
        }
        canvas.relocate(headerWidth, 0);
        laneHeaders.layout(geometry, headerWidth);
        viewControls.autosize();
        viewControls.relocate(w - viewControls.getWidth() - 12, TimelineGeometry.AXIS_HEIGHT * geometry.scale() + 6);
    }

    private void draw() {
        frame.draw(shown, geometry, nowMicros, live, selection.highlights());
        drawnVersion = model == null ? -1 : model.version();
        dirty = false;
    }

    /** Draws again on the next frame (also for the benchmarks, which time full redraws). */
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
        menus.showAt(this, shown, geometry, nowMicros, x, y, screenX, screenY);
    }

    @Override
    public void hover(double x, double y) {
        hoverCard.pointerAt(x, y);
        EventRef hit = hit(x, y);
        double s = geometry.scale();
        hoverCard.follow(model, hit, selection.brokenRules(hit), (HEADER_WIDTH + x) * s, y * s, getWidth(), getHeight());
    }

    /** The event drawn nearest the canvas point, within reach of it, or null. */
    private EventRef hit(double x, double y) {
        return shown == null ? null : HitTester.find(shown, geometry, x, y, HIT_RADIUS);
    }
}
