package scalemodels.ui.timeline;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;

import scalemodels.rundata.RunModel;
import scalemodels.timeline.HitTester;
import scalemodels.timeline.MessageLayer;
import scalemodels.timeline.TimelineGeometry;

/**
 * The timeline's right-click menus: of a lane (its header or its band) and of the in-flight arrow under the
 * pointer, built on demand by whoever knows what can be done to a VM (the faults, in the window).
 */
public final class LaneMenus {
    /** Builds the right-click menu for a lane, and for the channel of the in-flight arrow under the pointer. */
    public interface Source {
        /** @param channel {from, to} of the in-flight arrow clicked, or null */
        List<MenuItem> itemsFor(int lane, int[] channel);
    }

    /** Opens a lane's menu at a point of the screen. */
    interface Opener {
        void open(int lane, double screenX, double screenY);
    }

    private final ContextMenu contextMenu = new ContextMenu();
    private Source source = (lane, channel) -> List.of();

    void setSource(Source source) {
        this.source = source;
    }

    /** A secondary click on the lane's header opens its menu. */
    void attach(Node header, int lane, Opener opener) {
        // Secondary click rather than the context-menu event, which not every platform (Monocle) sends.
        header.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                opener.open(lane, e.getScreenX(), e.getScreenY());
            }
        });
    }

    /**
     * A right click on the canvas: the menu of the dashed in-flight arrow under the point (of its channel), else of
     * the lane there.
     */
    void showAt(Node owner, RunModel shown, TimelineGeometry g, long nowMicros, double x, double y, double screenX,
                double screenY) {
        if (shown == null) {
            return;
        }
        int[] channel = HitTester.pendingArrowAt(shown, g, nowMicros, MessageLayer.pendingPerChannel(shown.vms()), x,
                y);
        int lane = channel != null ? channel[0] : g.laneAt(y);
        if (lane >= 0) {
            show(owner, shown.vms(), lane, channel, screenX, screenY);
        }
    }

    /** Shows the menu of {@code lane} (of {@code lanes}) at a point of the screen, if it has any items. */
    void show(Node owner, int lanes, int lane, int[] channel, double screenX, double screenY) {
        if (lane < 0 || lane >= lanes) {
            return;
        }
        List<MenuItem> items = source.itemsFor(lane, channel);
        if (!items.isEmpty()) {
            contextMenu.getItems().setAll(items);
            contextMenu.show(owner, screenX, screenY);
        }
    }
}
