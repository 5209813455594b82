package scalemodels.rundata;

/**
 * A message that never arrived although a later one on the same channel did: FIFO channels do not reorder, so it
 * was lost.
 *
 * @param from      the sending VM
 * @param sendIndex its send event, in the sender's lane
 * @param to        the VM that never received it
 */
public record LostMessage(int from, int sendIndex, int to) {
}
