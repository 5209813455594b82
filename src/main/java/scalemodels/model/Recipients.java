package scalemodels.model;

/**
 * The exercise's rule from a drawn value to the VMs that receive a message.
 *
 * <p>1 sends to {@code (id+1) mod N}, 2 to {@code (id+2) mod N} (the only peer when N = 2), 3 to all other VMs;
 * anything else is an internal event and has no recipients.
 */
public final class Recipients {
    private static final int[] NONE = new int[0];

    private Recipients() {
    }

    /** Recipients in ascending id order; empty for an internal event. */
    public static int[] forValue(int value, int id, int vms) {
        switch (value) {
            case 1:
                return new int[] {(id + 1) % vms};
            case 2:
                return new int[] {vms == 2 ? (id + 1) % vms : (id + 2) % vms};
            case 3:
                int[] all = new int[vms - 1];
                for (int peer = 0, i = 0; peer < vms; peer++) {
                    if (peer != id) {
                        all[i++] = peer;
                    }
                }
                return all;
            default:
                return NONE;
        }
    }
}
