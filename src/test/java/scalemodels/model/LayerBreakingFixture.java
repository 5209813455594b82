package scalemodels.model;

import scalemodels.launch.RunListener;

/**
 * A planted mistake for ArchitectureRulesTest, in test code only: the model layer reaching up into the supervisor.
 * Main code must never do this; the layer rule must say so when it does.
 */
final class LayerBreakingFixture {
    private LayerBreakingFixture() {
    }

    static RunListener reachesUp() {
        return RunListener.NONE;
    }
}
