package scalemodels.rundata;

/** An event on the timeline: its lane (VM id) and its index in that lane. */
public record EventRef(int lane, int index) {
}
