package scalemodels.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The least a VM process does before its first tick, and nothing of ours: it listens on loopback, tells a registry
 * (the benchmark, standing in for the supervisor) its number and port, gets every peer's port, connects to each and
 * greets it, and leaves once every peer's greeting arrived, each on a reader thread of its own. Started {@code count} at a time, one
 * JVM each, it measures what a mesh of JVMs costs this machine before any code of Scale Models runs.
 *
 * <p>Arguments: the process's number, how many there are, the registry's port.
 */
public final class MeshFloor {
    private MeshFloor() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int self = Integer.parseInt(args[0]);
        int count = Integer.parseInt(args[1]);
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (ServerSocket listener = new ServerSocket(0, 50, loopback);
             Socket registry = new Socket(loopback, Integer.parseInt(args[2]))) {
            CountDownLatch greeted = new CountDownLatch(count - 1);
            Thread acceptor = new Thread(() -> accept(listener, count - 1, greeted), "accept");
            acceptor.setDaemon(true);
            acceptor.start();
            send(registry.getOutputStream(), self + " " + listener.getLocalPort());
            String[] ports = reader(registry).readLine().split(",");
            List<Socket> peers = new ArrayList<>();
            for (int peer = 0; peer < count; peer++) {
                if (peer != self) {
                    Socket channel = new Socket(loopback, Integer.parseInt(ports[peer]));
                    send(channel.getOutputStream(), "hello " + self);
                    peers.add(channel);
                }
            }
            greeted.await();
            for (Socket peer : peers) {
                peer.close();
            }
        }
    }

    private static void accept(ServerSocket listener, int peers, CountDownLatch greeted) {
        try {
            for (int i = 0; i < peers; i++) {
                Socket channel = listener.accept();
                Thread reader = new Thread(() -> {
                    try (BufferedReader in = reader(channel)) {
                        if (in.readLine() != null) {
                            greeted.countDown();
                        }
                    } catch (IOException e) {
                        // the process is leaving
                    }
                }, "peer-in");
                reader.setDaemon(true);
                reader.start();
            }
        } catch (IOException e) {
            // the process is leaving
        }
    }

    private static BufferedReader reader(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
    }

    private static void send(OutputStream out, String line) {
        PrintWriter writer = new PrintWriter(out, false, StandardCharsets.US_ASCII);
        writer.print(line + "\n");
        writer.flush();
    }
}
