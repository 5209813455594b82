package scalemodels.ui.run;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import scalemodels.event.FaultKind;
import scalemodels.model.VmStatus;
import scalemodels.rundata.RunModel;

/**
 * The fault-injection menu items, the same for a lane's context menu, an in-flight arrow's context menu and the
 * toolbar's Faults menu.
 */
public final class FaultMenus {
    static final long DROP_MILLIS = 5_000;
    static final long DELAY_MILLIS = 500;
    static final long DELAY_FOR_MILLIS = 10_000;

    private FaultMenus() {
    }

    /** Pause/resume, crash, restart for one VM, then a submenu per outgoing channel. */
    public static List<MenuItem> forVm(int vm, RunModel model, LiveRunViewModel run) {
        List<MenuItem> items = new ArrayList<>();
        VmStatus status = model.status(vm);
        boolean live = run.canInjectFaults();
        if (status == VmStatus.PAUSED) {
            items.add(item("Resume VM " + vm, "fault-resume-" + vm, live, () -> run.faults().resumeVm(vm)));
        } else {
            items.add(item("Pause VM " + vm + " (messages pile up)", "fault-pause-" + vm,
                    live && status == VmStatus.RUNNING, () -> run.faults().pauseVm(vm)));
        }
        if (status == VmStatus.CRASHED) {
            items.add(item("Restart VM " + vm + " (new process, same clock)", "fault-restart-" + vm, live,
                    () -> run.faults().restartVm(vm)));
        } else {
            items.add(item("Crash VM " + vm + " (kill its process)", "fault-crash-" + vm,
                    live && (status == VmStatus.RUNNING || status == VmStatus.PAUSED), () -> run.faults().crashVm(vm)));
        }
        items.add(new SeparatorMenuItem());
        for (int to = 0; to < model.vms(); to++) {
            if (to != vm) {
                Menu channel = new Menu("Messages VM " + vm + " -> VM " + to);
                channel.setId("fault-channel-" + vm + "-" + to);
                channel.getItems().setAll(forChannel(vm, to, run));
                channel.setDisable(!live);
                items.add(channel);
            }
        }
        return items;
    }

    /** Drop, delay and clear for the messages one VM sends another. */
    public static List<MenuItem> forChannel(int from, int to, LiveRunViewModel run) {
        boolean live = run.canInjectFaults();
        String id = from + "-" + to;
        return List.of(
                item("Drop for " + DROP_MILLIS / 1000 + " s", "fault-drop-" + id, live,
                        () -> run.faults().channelFault(from, to, FaultKind.DROP, 0, DROP_MILLIS)),
                item("Drop until cleared", "fault-drop-forever-" + id, live,
                        () -> run.faults().channelFault(from, to, FaultKind.DROP, 0, 0)),
                item("Delay by " + DELAY_MILLIS + " ms for " + DELAY_FOR_MILLIS / 1000 + " s", "fault-delay-" + id, live,
                        () -> run.faults().channelFault(from, to, FaultKind.DELAY, DELAY_MILLIS, DELAY_FOR_MILLIS)),
                item("Clear faults", "fault-clear-" + id, live, () -> run.faults().channelFault(from, to, FaultKind.CLEAR, 0, 0)));
    }

    private static MenuItem item(String text, String id, boolean enabled, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setDisable(!enabled);
        item.setOnAction(e -> action.run());
        return item;
    }
}
