package scalemodels.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import scalemodels.supervisor.VmClassData;

/**
 * What a JVM per VM costs this machine before any code of Scale Models runs: the wall time of starting a number of
 * JVMs together, with the VMs' JVM options, that do nothing, or that only mesh with each other ({@link MeshFloor}).
 * Set beside the headless run's, it tells how much of 16 VMs' extra time over 3 is the machine's.
 */
final class JvmFloor {
    private JvmFloor() {
    }

    /**
     * Milliseconds from starting {@code count} JVMs at once, with the VMs' options and no main class
     * ({@code -version}), until the last has ended: the cost of a JVM per VM on this machine before any code of ours.
     */
    static double idle(int count) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(VmClassData.shared().prepared().options());
        command.add("-version");
        List<Process> processes = new ArrayList<>();
        long began = System.nanoTime();
        try {
            for (int i = 0; i < count; i++) {
                processes.add(new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
            }
            awaitAll(processes, command);
            return (System.nanoTime() - began) / 1e6;
        } finally {
            processes.forEach(Process::destroyForcibly);
        }
    }

    /**
     * Milliseconds from starting {@code count} {@link MeshFloor} JVMs at once until the last has ended; this process
     * is their registry, handing each every peer's port as the supervisor does.
     */
    static double meshing(int count) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(VmClassData.shared().plain().options());
        command.add("-cp");
        try {
            command.add(Path.of(MeshFloor.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        command.add(MeshFloor.class.getName());
        List<Process> processes = new ArrayList<>();
        List<Socket> members = new ArrayList<>();
        try (ServerSocket registry = new ServerSocket(0, count, InetAddress.getLoopbackAddress())) {
            registry.setSoTimeout((int) TimeUnit.MINUTES.toMillis(1));
            long began = System.nanoTime();
            for (int i = 0; i < count; i++) {
                List<String> one = new ArrayList<>(command);
                one.addAll(List.of(Integer.toString(i), Integer.toString(count),
                        Integer.toString(registry.getLocalPort())));
                processes.add(new ProcessBuilder(one).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
            }
            String[] ports = new String[count];
            for (int i = 0; i < count; i++) {
                Socket member = registry.accept();
                members.add(member);
                String said = new BufferedReader(new InputStreamReader(member.getInputStream(),
                        StandardCharsets.US_ASCII)).readLine();
                if (said == null) {
                    throw new IOException("a floor JVM left before it said its port");
                }
                int space = said.indexOf(' ');
                ports[Integer.parseInt(said.substring(0, space))] = said.substring(space + 1);
            }
            byte[] all = (String.join(",", ports) + "\n").getBytes(StandardCharsets.US_ASCII);
            for (Socket member : members) {
                member.getOutputStream().write(all);
            }
            awaitAll(processes, command);
            return (System.nanoTime() - began) / 1e6;
        } finally {
            for (Socket member : members) {
                member.close();
            }
            processes.forEach(Process::destroyForcibly);
        }
    }

    private static void awaitAll(List<Process> processes, List<String> command) throws IOException,
            InterruptedException {
        for (Process process : processes) {
            if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IOException("a floor JVM (" + String.join(" ", command) + ") did not end well");
            }
        }
    }
}
