package scalemodels.archfixture.low;

import scalemodels.archfixture.high.High;

/** A planted mistake for ArchitectureRulesTest: a lower package that reaches up (a cycle with {@link High}). */
public final class Low {
    public High up() {
        return new High();
    }
}
