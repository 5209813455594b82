package scalemodels.wire;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketTimeoutException;
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
    /**
     * Bytes read and not yet returned, in {@code [start, end)}. Scanned here rather than read one at a time through a
     * BufferedInputStream: the supervisor reads tens of thousands of lines a second, and each read() takes a lock.
     */
    private final byte[] buffer = new byte[2 * MAX_LINE_BYTES];
    private int start;
    private int end;
    /** While a first line is read: by when it must have come whole ({@link System#nanoTime()}), else 0. */
    private long deadlineNanos;

    /**
     * A connection to {@code port} on this machine's loopback address, made without asking the JVM's proxy selector:
     * a plain {@code Socket} does, on every connect (a URI built and parsed, proxy settings read, a SOCKS layer), only
     * to be told that loopback goes direct. A 16-VM start opens 240 such connections on 2 cores; without the detour it
     * reached every VM's first tick about 80 ms sooner (docs/benchmarks.md).
     */
    public static LineConnection toLoopback(int port, int connectTimeoutMillis) throws IOException {
        Socket socket = new Socket(Proxy.NO_PROXY);
        try {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), connectTimeoutMillis);
            return new LineConnection(socket);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    public LineConnection(Socket socket) throws IOException {
        this.socket = socket;
        socket.setTcpNoDelay(true);
        this.in = socket.getInputStream();
        this.out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
    }

    /**
     * The next line without its terminator, or null at the end of the stream.
     *
     * @throws LineTooLongException when no line break comes within {@link #MAX_LINE_BYTES}
     */
    public String readLine() throws IOException {
        int scanned = start;
        while (true) {
            for (int i = scanned; i < end; i++) {
                if (buffer[i] == '\n') {
                    String line = decode(start, i);
                    start = i + 1;
                    return line;
                }
            }
            if (end - start > MAX_LINE_BYTES) {
                throw new LineTooLongException(MAX_LINE_BYTES);
            }
            if (end == buffer.length) {
                System.arraycopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }
            scanned = end;
            if (deadlineNanos != 0) {
                long left = deadlineNanos - System.nanoTime();
                if (left <= 0) {
                    throw new SocketTimeoutException("no whole line within the time allowed");
                }
                socket.setSoTimeout((int) Math.max(1, left / 1_000_000));
            }
            int n = in.read(buffer, end, Math.min(buffer.length - end, MAX_LINE_BYTES + 1 - (end - start)));
            if (n < 0) {
                if (end == start) {
                    return null;
                }
                String last = decode(start, end);
                start = end;
                return last;
            }
            end += n;
        }
    }

    /**
     * Reads the first line, which must come whole within {@code timeoutMillis}: a limit on the line, not on each read,
     * so a stranger sending a byte now and then cannot hold a connection (and its thread) for hours.
     *
     * @throws SocketTimeoutException when the line is not complete in time
     */
    public String readFirstLine(int timeoutMillis) throws IOException {
        deadlineNanos = System.nanoTime() + timeoutMillis * 1_000_000L;
        try {
            return readLine();
        } finally {
            deadlineNanos = 0;
            socket.setSoTimeout(0);
        }
    }

    public synchronized void send(String line) throws IOException {
        send(line, true);
    }

    /** Writes a line; unless {@code flush}, it waits in the buffer for the next flushed line. */
    public synchronized void send(String line, boolean flush) throws IOException {
        out.write(line.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
        if (flush) {
            out.flush();
        }
    }

    public synchronized void flush() throws IOException {
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

    private String decode(int from, int to) {
        int stop = to > from && buffer[to - 1] == '\r' ? to - 1 : to;
        return new String(buffer, from, stop - from, StandardCharsets.UTF_8);
    }
}
