package scalemodels.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import scalemodels.event.EventType;

/** The event words the README lists, each read as its event; broadcast words told from other sends. */
class EventWordsTest {
    @Test
    void wordsOfEachEvent() {
        for (String word : new String[] {"R", "rcv", "recv", "RECEIVED", "receive_event", "msg_received", "pop",
            "POP", "dequeue", "dequeued", "RecFrom", "ReceivedFrom", "recv_from"}) {
            assertEquals(EventType.RECEIVE, EventWords.classify(word), word);
        }
        for (String word : new String[] {"S", "S1", "SB", "SENT", "send_both", "sendboth", "sendall", "SendTo",
            "multisend", "multiCast", "Broadcast", "msg_send"}) {
            assertEquals(EventType.SEND, EventWords.classify(word), word);
        }
        for (String word : new String[] {"I", "IE", "int", "INTERNAL", "internal_event", "local", "localEvent"}) {
            assertEquals(EventType.INTERNAL, EventWords.classify(word), word);
        }
        for (String word : new String[] {"Receiver", "Sentinel", "Population", "process", "Connected"}) {
            assertNull(EventWords.classify(word), word);
        }
    }

    @Test
    void broadcastWords() {
        for (String word : new String[] {"Broadcast", "SB", "multicast", "send_all", "sendboth", "SendToAll",
            "sent_to_everyone"}) {
            assertTrue(EventWords.isBroadcast(word), word);
        }
        for (String word : new String[] {"SENT", "send1", "S2", "SendTo", "RECEIVED"}) {
            assertFalse(EventWords.isBroadcast(word), word);
        }
    }
}
