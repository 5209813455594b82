package scalemodels.model;

import scalemodels.event.LogEvent;

/**
 * What one tick did: the event to log and, for a send, the message and who gets it.
 *
 * @param event      the line to log
 * @param outgoing   the message to send, or null when nothing is sent
 * @param recipients ids of the VMs that receive {@code outgoing}, ascending; empty when nothing is sent
 */
public record TickOutcome(LogEvent event, Message outgoing, int[] recipients) {
}
