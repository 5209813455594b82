package scalemodels.ui.timeline;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.ObservableList;
import javafx.scene.Node;

import scalemodels.rundata.RunModel;
import scalemodels.timeline.TimelineGeometry;

/** The headers beside the lanes: made per run, refreshed when the run changed, each as tall as its lane. */
final class LaneHeaders {
    private final List<LaneHeader> headers = new ArrayList<>();
    private long version = -1;

    /**
     * Replaces the headers among {@code children}, just above the canvas (below the hover card, which must never
     * hide behind them); a right click on one opens its lane's menu.
     */
    void rebuild(ObservableList<Node> children, RunModel model, LaneMenus menus, LaneMenus.Opener opener) {
        children.removeAll(headers);
        headers.clear();
        version = -1;
        if (model != null) {
            for (int vm = 0; vm < model.vms(); vm++) {
                LaneHeader header = new LaneHeader(vm);
                menus.attach(header, vm, opener);
                headers.add(header);
            }
            children.addAll(1, headers);
        }
    }

    /** Once per frame: the clocks, states and queues, when the run changed. */
    void update(RunModel model) {
        if (model.version() != version) {
            headers.forEach(h -> h.update(model));
            version = model.version();
        }
    }

    /** Each header beside its lane, in pixels (the geometry's units times its presentation scale). */
    void layout(TimelineGeometry g, double width) {
        double s = g.scale();
        for (LaneHeader header : headers) {
            header.fit(g.laneHeight() * s);
            header.resizeRelocate(0, g.laneTop(header.vm()) * s, width, g.laneHeight() * s);
        }
    }
}
