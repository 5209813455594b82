package scalemodels.model;

/**
 * What one VM sends another: the Lamport timestamp of the send event and the sender's vector clock after it.
 *
 * @param from   sending VM id
 * @param clock  Lamport clock of the send event
 * @param vector sender's vector clock after the send event
 */
public record Message(int from, long clock, long[] vector) {
}
