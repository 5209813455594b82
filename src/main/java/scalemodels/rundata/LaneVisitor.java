package scalemodels.rundata;

/** Receives an event as its lane and its index in that lane. */
@FunctionalInterface
public interface LaneVisitor {
    void visit(int vm, int index);
}
