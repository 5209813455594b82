package scalemodels.wire;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A socket that speaks LF-terminated UTF-8 lines: bounded reads (a stranger cannot make us buffer megabytes) and
 * whole-line, flushed, thread-safe writes.
 */
public final class LineConnection implements Closeable {
    /** Longest line accepted; the longest honest line is an event line of 16 VMs, well under 1 KiB. */
    public static final int MAX_LINE_BYTES = 8192;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final byte[] buffer = new byte[MAX_LINE_BYTES];

    public LineConnection(Socket socket) throws IOException {
        this.socket = socket;
        socket.setTcpNoDelay(true);
        this.in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        this.out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
    }

    /**
     * The next line without its terminator, or null at the end of the stream.
     *
     * @throws LineTooLongException when no line break comes within {@link #MAX_LINE_BYTES}
     */
    public String readLine() throws IOException {
        int length = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                return length == 0 ? null : decode(length);
            }
            if (b == '\n') {
                return decode(length);
            }
            if (length == MAX_LINE_BYTES) {
                throw new LineTooLongException(MAX_LINE_BYTES);
            }
            buffer[length++] = (byte) b;
        }
    }

    /** Reads the first line with a time limit, so a connection that never speaks cannot hold a slot forever. */
    public String readFirstLine(int timeoutMillis) throws IOException {
        socket.setSoTimeout(timeoutMillis);
        try {
            return readLine();
        } finally {
            socket.setSoTimeout(0);
        }
    }

    public synchronized void send(String line) throws IOException {
        out.write(line.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
        out.flush();
    }

    public String remote() {
        return String.valueOf(socket.getRemoteSocketAddress());
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is best effort; the socket is unusable either way
        }
    }

    private String decode(int length) {
        int end = length > 0 && buffer[length - 1] == '\r' ? length - 1 : length;
        return new String(buffer, 0, end, StandardCharsets.UTF_8);
    }
}
