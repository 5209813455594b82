package scalemodels.wire;

/**
 * How a VM process is started, as far as the side that starts it needs to know: its main class, by name. The
 * supervisor starts VM processes without depending on the VM's code (which may one day run on another host); a test
 * checks the name against the class.
 */
public final class VmProcess {
    /** The VM process's main class. */
    public static final String MAIN_CLASS = "scalemodels.vm.VmMain";

    private VmProcess() {
    }
}
