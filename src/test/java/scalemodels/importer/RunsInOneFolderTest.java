package scalemodels.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import scalemodels.analysis.RunAnalysis;
import scalemodels.analysis.VmStats;
import scalemodels.event.EventType;
import scalemodels.rundata.LaneData;

/**
 * A real style, from an implementation's committed logs: several trials in one folder (trial1_machine_1.log, ...,
 * trial2_machine_3.log), rows split by ';' whose cells carry their labels, the time among them ("System Time:
 * 2023-03-06 22:43:38.655652"), and sends that name the recipients' ports after "to port(s)". The folder was read
 * as one run of six VMs; the labelled time was not read (events 1 ms apart in file order); no send had a recipient.
 */
class RunsInOneFolderTest {
    private static final int[] PORTS = {50066, 50067, 50068};

    private static void write(Path dir, ForeignLogs logs, int trial) throws Exception {
        logs.write(dir, vm -> "trial" + trial + "_machine_" + (vm + 1) + ".log",
                vm -> List.of("Log for machine " + (vm + 1) + " with rate " + logs.truth.rates()[vm] + " "),
                e -> List.of(switch (e.type()) {
                    case RECEIVE -> "Received message";
                    case SEND -> "Send message " + (ForeignLogs.to(e).length > 1 ? 3 : 1) + " to port(s) "
                            + (ForeignLogs.to(e).length > 1 ? Arrays.stream(ForeignLogs.to(e))
                            .mapToObj(to -> Integer.toString(PORTS[to])).collect(Collectors.joining(", ", "[", "]"))
                            : Integer.toString(PORTS[ForeignLogs.to(e)[0]]));
                    default -> "Internal event";
                } + "; Queue Size: " + e.queue() + "; System Time: "
                        + ForeignLogs.dateTime(e, "yyyy-MM-dd HH:mm:ss.SSSSSS") + "; Logical clock: " + e.clock()
                        + " "));
    }

    @Test
    void eachTrialIsReadAsARunOfItsOwnWithItsTimesAndRecipients(@TempDir Path dir) throws Exception {
        ForeignLogs first = new ForeignLogs(3, 7, 30);
        ForeignLogs second = new ForeignLogs(3, 8, 20);
        write(dir, first, 1);
        write(dir, second, 2);

        LoadedRun one = RunOpener.open(dir, null, 1);
        assertRun(one, first, 30);
        String notes = String.join("\n", one.notes());
        assertTrue(notes.contains("the folder holds 2 runs told apart by their file names: read run 1 of 2 "
                + "(trial1_machine_1.log, trial1_machine_2.log, trial1_machine_3.log)"), notes);
        assertTrue(notes.contains("the time after 'System Time'"), notes);
        assertTrue(notes.contains("50066 = VM 0, 50067 = VM 1, 50068 = VM 2"), notes);

        assertRun(RunOpener.open(dir, null, 2), second, 20);
        NoSuchExecutionException none = assertThrows(NoSuchExecutionException.class,
                () -> RunOpener.open(dir, null, 3));
        assertEquals("--execution 3: the folder holds 2 runs told apart by their file names (numbers 1 to 2)",
                none.getMessage());
    }

    /**
     * Another implementation's committed logs: runs named by their start in epoch seconds before the VM
     * (machine_1678252612_0_6.log), a second time on every line that stays the run's start ("2023-03-08
     * 00:16:52,725 : 1678252607.384288 Received a message; Logical Clock: 2; Queue Length: 1"). The number after the
     * VM word is the run here, and the one counting from 0 the VM.
     */
    @Test
    void runsNamedByTheirStartBeforeTheVmAreToldApartByWhichNumberCountsFromZero(@TempDir Path dir) throws Exception {
        ForeignLogs first = new ForeignLogs(3, 7, 30);
        ForeignLogs second = new ForeignLogs(3, 8, 20);
        for (ForeignLogs logs : List.of(first, second)) {
            long run = logs == first ? 1678252612L : 1678252742L;
            logs.write(dir, vm -> "machine_" + run + "_" + vm + "_6.log",
                    vm -> List.of(ForeignLogs.dateTime(logs.ticks(vm).get(0), "yyyy-MM-dd HH:mm:ss,SSS") + " : "
                            + (run - 5) + ".384288 Machine: " + vm + " Clock Rate: " + logs.truth.rates()[vm]),
                    e -> List.of(ForeignLogs.dateTime(e, "yyyy-MM-dd HH:mm:ss,SSS") + " : " + (run - 5) + ".384288 "
                            + switch (e.type()) {
                                case RECEIVE -> "Received a message; Logical Clock: " + e.clock() + "; Queue Length: "
                                        + e.queue();
                                case SEND -> "Sent a message to " + (ForeignLogs.to(e).length > 1
                                        ? "Machines " + Arrays.toString(ForeignLogs.to(e))
                                        : "Machine " + ForeignLogs.to(e)[0]) + "; Logical Clock: " + e.clock();
                                default -> "Internal Event!; Logical Clock: " + e.clock();
                            }));
        }
        LoadedRun one = RunOpener.open(dir, null, 1);
        assertRun(one, first, 30);
        assertTrue(String.join("\n", one.notes()).contains("read run 1 of 2 (machine_1678252612_0_6.log, "
                + "machine_1678252612_1_6.log, machine_1678252612_2_6.log)"), String.join("\n", one.notes()));
        assertRun(RunOpener.open(dir, null, 2), second, 20);
    }

    /** Three VMs, each as simulated, over about the simulated seconds, every send with its recipients. */
    private static void assertRun(LoadedRun run, ForeignLogs logs, double seconds) {
        assertEquals(List.of(), run.problems());
        RunAnalysis analysis = RunAnalysis.of(run.model());
        assertEquals(3, analysis.vms().size(), "the other trial's files are not more VMs");
        for (VmStats s : analysis.vms()) {
            assertEquals(logs.truth.receives()[s.vm()], s.receives(), "receives of VM " + s.vm());
            assertEquals(logs.truth.sends()[s.vm()], s.sends(), "sends of VM " + s.vm());
            assertEquals(logs.truth.finalClocks()[s.vm()], s.finalClock(), "final clock of VM " + s.vm());
        }
        assertTrue(analysis.durationSeconds() > seconds - 2, "times read: " + analysis.durationSeconds() + " s");
        for (int vm = 0; vm < 3; vm++) {
            LaneData lane = run.model().lane(vm);
            for (int i = 0; i < lane.size(); i++) {
                assertTrue(lane.type(i) != EventType.SEND || lane.recipientMask(i) != LaneData.UNKNOWN_RECIPIENTS,
                        "a recipient for send " + i + " of VM " + vm);
            }
        }
        assertTrue(run.model().arrivalOrder().any(), "receives paired by arrival order in the window");
        assertEquals(List.of(), analysis.violations());
    }
}
