package scalemodels.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import scalemodels.rundata.RunModel;
import scalemodels.ui.run.FaultMenus;
import scalemodels.ui.run.RunState;
import scalemodels.ui.run.RunViewModel;
import scalemodels.ui.timeline.TimelineView;

/** The Faults toolbar menu and the timeline's context menu, both built fresh from the run's current VM states. */
final class FaultsMenuBinder {
    private FaultsMenuBinder() {
    }

    static void bind(MenuButton faultsButton, TimelineView timeline, RunViewModel run) {
        faultsButton.disableProperty().bind(run.stateProperty().isNotEqualTo(RunState.RUNNING));
        faultsButton.setOnShowing(e -> {
            RunModel model = run.modelProperty().get();
            faultsButton.getItems().clear();
            if (model == null) {
                return;
            }
            for (int vm = 0; vm < model.vms(); vm++) {
                Menu vmMenu = new Menu("VM " + vm + " (" + model.status(vm).name().toLowerCase(java.util.Locale.ROOT) + ")");
                vmMenu.setId("faults-vm-" + vm);
                vmMenu.getItems().setAll(FaultMenus.forVm(vm, model, run.live()));
                faultsButton.getItems().add(vmMenu);
            }
        });
        timeline.setContextMenuSource((lane, channel) -> {
            RunModel model = run.modelProperty().get();
            if (model == null || !run.live().canInjectFaults()) {
                return List.of();
            }
            List<MenuItem> items = new ArrayList<>();
            if (channel != null) {
                Menu arrow = new Menu("This channel: VM " + channel[0] + " -> VM " + channel[1]);
                arrow.getItems().setAll(FaultMenus.forChannel(channel[0], channel[1], run.live()));
                items.add(arrow);
                items.add(new SeparatorMenuItem());
            }
            items.addAll(FaultMenus.forVm(lane, model, run.live()));
            return items;
        });
    }
}
