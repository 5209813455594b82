package scalemodels.archfixture.high;

import scalemodels.archfixture.low.Low;

/** Uses {@link Low}, which uses it back: the cycle ArchitectureRulesTest expects the rule to catch. */
public final class High {
    public Low down() {
        return new Low();
    }
}
