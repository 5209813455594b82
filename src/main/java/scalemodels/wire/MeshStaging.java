package scalemodels.wire;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How the app meshes a group of warm standby VM processes before a run claims them, so that Start does not wait for
 * their peer channels (16 VMs open 240 of them: most of a warm start's time). One line at a time, after the standby's
 * {@link LaunchArguments#WARM} line, on its standard input and output:
 * <pre>
 *   app      join VM VMS SECRET     you are VM VM of VMS, your peers greet with SECRET: open your peer listener
 *   standby  listening PORT
 *   app      peers PORT0 PORT1 ...  every member's port, by VM id: connect to each, wait until each connected to you
 *   standby  meshed                 (or: unmeshed, and why)
 * </pre>
 * A run's claim ({@link LaunchArguments}) may come instead of any of the app's lines: a Start that does not wait for
 * the mesh. So may {@code leave}: the app lets the process go (the VM count changed), and it exits at once, even
 * while it waits for members to connect. The secret goes the same way as a run's (standard input), never on a command
 * line.
 */
public final class MeshStaging {
    private static final String JOIN = "join ";
    private static final String PEERS = "peers ";
    private static final String LISTENING = "listening ";
    private static final String MESHED = "meshed";
    private static final String UNMESHED = "unmeshed ";
    private static final String LEAVE = "leave";

    private MeshStaging() {
    }

    /** What a standby is told to join: VM {@code vm} of a run of {@code vms} whose connections show {@code secret}. */
    public record Join(int vm, int vms, Secret secret) {
    }

    public static String join(Join join) {
        return JOIN + join.vm() + " " + join.vms() + " " + join.secret().hex();
    }

    /** The join this line asks for; null when it is not a join line (a run's claim came first) or not a valid one. */
    public static Join readJoin(String line) {
        String[] parts = rest(line, JOIN);
        if (parts == null || parts.length != 3) {
            return null;
        }
        int vm = number(parts[0]);
        int vms = number(parts[1]);
        if (vm < 0 || vms < 2 || vm >= vms) {
            return null;
        }
        try {
            return new Join(vm, vms, Secret.of(parts[2]));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static String peers(int[] ports) {
        return PEERS + Arrays.stream(ports).mapToObj(Integer::toString).collect(Collectors.joining(" "));
    }

    /** The members' ports by VM id ({@code vms} of them); null when the line is not a peers line or not a valid one. */
    public static int[] readPeers(String line, int vms) {
        String[] parts = rest(line, PEERS);
        if (parts == null || parts.length != vms) {
            return null;
        }
        int[] ports = Arrays.stream(parts).mapToInt(MeshStaging::number).toArray();
        return Arrays.stream(ports).allMatch(p -> p > 0 && p <= 65_535) ? ports : null;
    }

    public static String listening(int port) {
        return LISTENING + port;
    }

    /** The port a standby listens on, or -1 when the line does not say one. */
    public static int readListening(String line) {
        String[] parts = rest(line, LISTENING);
        return parts == null || parts.length != 1 ? -1 : number(parts[0]);
    }

    public static String meshed() {
        return MESHED;
    }

    public static String unmeshed(String why) {
        return UNMESHED + why.replace('\n', ' ');
    }

    public static String leave() {
        return LEAVE;
    }

    public static boolean isLeave(String line) {
        return LEAVE.equals(line);
    }

    public static boolean isMeshed(String line) {
        return MESHED.equals(line);
    }

    public static boolean isUnmeshed(String line) {
        return line.startsWith(UNMESHED);
    }

    private static String[] rest(String line, String keyword) {
        return line == null || !line.startsWith(keyword) ? null : line.substring(keyword.length()).split(" ");
    }

    /** A small non-negative decimal number, or -1. */
    private static int number(String text) {
        if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Integer.parseInt(text);
    }
}
