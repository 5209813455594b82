package scalemodels.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Lines over a real loopback socket: split across reads, CRLF, the length limit to the byte, the end. */
@Timeout(30)
class LineConnectionTest {

    @Test
    void linesComeBackWholeHoweverTheBytesArriveAndTheLimitHoldsToTheByte() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
             Socket accepted = server.accept()) {
            LineConnection reader = new LineConnection(accepted);
            OutputStream out = client.getOutputStream();
            String longest = "x".repeat(LineConnection.MAX_LINE_BYTES);
            out.write("first\r\nsec".getBytes(StandardCharsets.UTF_8));
            out.flush();
            assertEquals("first", reader.readLine());
            out.write("ond\n\n".getBytes(StandardCharsets.UTF_8));
            out.write((longest + "\n").getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 2_000; i++) {
                out.write(("line " + i + "\n").getBytes(StandardCharsets.UTF_8));
            }
            out.write(("é" + "\n").getBytes(StandardCharsets.UTF_8));
            out.write((longest + "y\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            assertEquals("second", reader.readLine());
            assertEquals("", reader.readLine());
            assertEquals(longest, reader.readLine(), "a line of exactly the limit is accepted");
            for (int i = 0; i < 2_000; i++) {
                assertEquals("line " + i, reader.readLine());
            }
            assertEquals("é", reader.readLine());
            assertThrows(LineTooLongException.class, reader::readLine, "one byte more is refused");
        }
    }

    @Test
    void aLastLineWithoutItsBreakIsReturnedThenTheEnd() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
             Socket accepted = server.accept()) {
            LineConnection reader = new LineConnection(accepted);
            client.getOutputStream().write("BYE\nunfinished".getBytes(StandardCharsets.UTF_8));
            client.shutdownOutput();
            assertEquals("BYE", reader.readLine());
            assertEquals("unfinished", reader.readLine());
            assertNull(reader.readLine());
        }
    }
}
