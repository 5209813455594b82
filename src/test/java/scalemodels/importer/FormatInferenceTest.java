package scalemodels.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Logs in the styles real implementations write, opened without a format file: the counts and clocks come out right. */
class FormatInferenceTest {
    private final ForeignLogs logs = new ForeignLogs(3, 7, 30);

    @Test
    void bracketedFreeTextWithOneBasedIdsAndDateTimes(@TempDir Path dir) throws Exception {
        logs.write(dir, vm -> "log_vm" + (vm + 1) + ".txt", vm -> List.of("=== Machine " + (vm + 1) + " ===",
                "Clock rate: " + logs.truth.rates()[vm] + " ticks per second"), e -> List.of(
                "[" + ForeignLogs.dateTime(e, "yyyy-MM-dd HH:mm:ss.SSSSSS") + "] [VM " + (e.vm() + 1) + "] "
                        + switch (e.type()) {
                            case RECEIVE -> "RECEIVED message from VM " + (ForeignLogs.receive(e).from() + 1)
                                    + " | msg clock: " + ForeignLogs.receive(e).msg() + " | logical clock: " + e.clock()
                                    + " | queue length: " + e.queue();
                            case SEND -> "SENT to " + Arrays.stream(ForeignLogs.to(e)).mapToObj(t -> "VM " + (t + 1))
                                    .collect(Collectors.joining(", ")) + " | logical clock: " + e.clock();
                            default -> "INTERNAL event | logical clock: " + e.clock();
                        }));
        LoadedRun run = assertReadRight(dir);
        for (int vm = 0; vm < 3; vm++) {
            assertEquals(logs.truth.rates()[vm], run.model().lane(vm).rate(), "rate of VM " + vm + " from its header");
        }
    }

    @Test
    void csvWithAHeaderEpochSecondsAndProcessIds(@TempDir Path dir) throws Exception {
        int[] pids = {4121, 4133, 4150};
        logs.write(dir, vm -> "vm_" + pids[vm] + ".csv",
                vm -> List.of("timestamp,machine,event_type,lamport_clock,queue_len,sender,recipients,received_clock"),
                e -> List.of(ForeignLogs.epochSeconds(e) + "," + pids[e.vm()] + "," + switch (e.type()) {
                    case RECEIVE -> "RECEIVE," + e.clock() + "," + e.queue() + "," + pids[ForeignLogs.receive(e).from()]
                            + ",," + ForeignLogs.receive(e).msg();
                    case SEND -> "SEND," + e.clock() + "," + e.queue() + ",," + Arrays.stream(ForeignLogs.to(e))
                            .mapToObj(t -> Integer.toString(pids[t])).collect(Collectors.joining(";")) + ",";
                    default -> "INTERNAL," + e.clock() + "," + e.queue() + ",,,";
                }));
        LoadedRun run = assertReadRight(dir);
        assertTrue(run.notes().stream().anyMatch(n -> n.contains("4121, 4133, 4150") && n.contains("ascending")),
                run.notes().toString());
        assertEquals(0, run.model().lane(0).queue(0) >= 0 ? 0 : -1, "queues are read");
    }

    @Test
    void semicolonsWithoutAHeaderTimeOfDayAbbreviationsAndTheRateInTheFileName(@TempDir Path dir)
            throws Exception {
        logs.write(dir, vm -> "vm" + vm + "_rate" + logs.truth.rates()[vm] + ".log", vm -> List.of(),
                e -> List.of(ForeignLogs.dateTime(e, "HH:mm:ss.SSS") + ";" + switch (e.type()) {
                    case RECEIVE -> "R;" + e.clock() + ";" + e.queue() + ";" + ForeignLogs.receive(e).msg();
                    case SEND -> (ForeignLogs.to(e).length == 2 ? "SB" : "S" + (ForeignLogs.to(e)[0] == (e.vm() + 1) % 3
                            ? 1 : 2)) + ";" + e.clock() + ";" + e.queue() + ";";
                    default -> "IE;" + e.clock() + ";" + e.queue() + ";";
                }));
        LoadedRun run = assertReadRight(dir);
        for (int vm = 0; vm < 3; vm++) {
            assertEquals(logs.truth.rates()[vm], run.model().lane(vm).rate(), "rate of VM " + vm + " from its name");
        }
    }

    @Test
    void labelledPairsElapsedSecondsBroadcastsAsOneLinePerRecipientAndTheRateOnEveryLine(@TempDir Path dir)
            throws Exception {
        logs.write(dir, vm -> "node-" + vm + ".log", vm -> List.of("# node " + vm + " log"), e -> {
            String head = String.format(java.util.Locale.ROOT, "t=%.6f rate=%d ", (e.timeMicros()
                    - scalemodels.sim.Simulator.VIRTUAL_EPOCH_MICROS) / 1e6 + 12.5, logs.truth.rates()[e.vm()]);
            return switch (e.type()) {
                case RECEIVE -> List.of(head + "event=recv from=" + ForeignLogs.receive(e).from() + " msg="
                        + ForeignLogs.receive(e).msg() + " clock=" + e.clock() + " queue=" + e.queue());
                case SEND -> Arrays.stream(ForeignLogs.to(e)).mapToObj(t -> head + "event=send to=" + t + " clock="
                        + e.clock() + " queue=" + e.queue()).toList();
                default -> List.of(head + "event=internal clock=" + e.clock() + " queue=" + e.queue());
            };
        });
        LoadedRun run = assertReadRight(dir);
        assertTrue(run.notes().stream().anyMatch(n -> n.contains("one line per recipient")), run.notes().toString());
        assertEquals(logs.truth.rates()[1], run.model().lane(1).rate());
    }

    @Test
    void noTimesCapitalisedWordsAndAMultisend(@TempDir Path dir) throws Exception {
        logs.write(dir, vm -> "Machine" + vm + ".txt", vm -> List.of("Machine " + vm + " starting", "----"),
                e -> List.of(switch (e.type()) {
                    case RECEIVE -> "RECEIVED " + ForeignLogs.receive(e).msg() + " from machine "
                            + ForeignLogs.receive(e).from() + ", LC=" + e.clock() + ", queue " + e.queue();
                    case SEND -> (ForeignLogs.to(e).length == 2 ? "MULTISEND" : "SEND") + " to "
                            + Arrays.stream(ForeignLogs.to(e)).mapToObj(Integer::toString)
                            .collect(Collectors.joining(",")) + ", LC=" + e.clock();
                    default -> "INTERNAL, LC=" + e.clock();
                }));
        LoadedRun run = assertReadRight(dir);
        assertTrue(run.notes().get(0).contains("time = absent"), run.notes().toString());
    }

    @Test
    void foreignLogsNamedLikeOursAreInferredNotRefused(@TempDir Path dir) throws Exception {
        logs.write(dir, vm -> "vm_" + vm + ".log", vm -> List.of(), e -> List.of(ForeignLogs.epochSeconds(e) + " "
                + switch (e.type()) {
                    case RECEIVE -> "RECV from=" + ForeignLogs.receive(e).from() + " ts=" + ForeignLogs.receive(e).msg()
                            + " lamport=" + e.clock();
                    case SEND -> "SEND to=" + Arrays.stream(ForeignLogs.to(e)).mapToObj(Integer::toString)
                            .collect(Collectors.joining(",")) + " lamport=" + e.clock();
                    default -> "INTERNAL lamport=" + e.clock();
                }));
        LoadedRun run = assertReadRight(dir);
        assertTrue(run.notes().get(0).contains("seconds since the epoch"), run.notes().toString());
    }

    @Test
    void aRecipientThatNamesNoVmIsReportedNotSentToVmZero(@TempDir Path dir) throws Exception {
        java.nio.file.Files.write(dir.resolve("m0.log"), List.of("SEND to=gamma clock=1", "INTERNAL clock=2"));
        java.nio.file.Files.write(dir.resolve("m1.log"), List.of("INTERNAL clock=1", "RECV from=0 msg=1 clock=2"));
        Path format = dir.resolve("mine.properties");
        java.nio.file.Files.write(format, List.of("files = m(?<vm>\\\\d+)\\\\.log",
                "event = ^(?<event>SEND|RECV|INTERNAL)(?: to=(?<to>\\\\S+))?(?: from=(?<from>\\\\d+))?"
                        + "(?: msg=(?<msg>\\\\d+))? clock=(?<clock>\\\\d+)$",
                "type.send = SEND", "type.receive = RECV", "type.internal = INTERNAL", "time.format = order"));
        LoadedRun run = RunOpener.open(dir, format.toString());
        assertTrue(run.problems().stream().anyMatch(p -> p.startsWith("m0.log:1: peer 'gamma' is none of the VMs")),
                run.problems().toString());
        assertEquals(EventType.INTERNAL, run.model().lane(0).type(0), "the bad send is not read as a send to VM 0");
    }

    @Test
    void theSharedSampleLogsAreInferredAsTheirPresetReadsThem() throws Exception {
        FormatInference.Inferred inferred = FormatInference.infer(scalemodels.TestData.sampleLogs());
        ImportResult byInference = LogImporter.importPath(scalemodels.TestData.sampleLogs(), inferred.format());
        ImportResult byPreset = LogImporter.importPath(scalemodels.TestData.sampleLogs(),
                LogFormats.preset("sukikrishna"));
        assertEquals(List.of(), byInference.problems());
        RunAnalysis a = RunAnalysis.of(byInference.model());
        RunAnalysis b = RunAnalysis.of(byPreset.model());
        assertEquals(b.events(), a.events());
        for (int vm = 0; vm < 3; vm++) {
            assertEquals(b.vms().get(vm).finalClock(), a.vms().get(vm).finalClock());
            assertEquals(b.vms().get(vm).receives(), a.vms().get(vm).receives());
            assertEquals(b.vms().get(vm).maxQueue(), a.vms().get(vm).maxQueue());
            assertEquals(b.vms().get(vm).rate(), a.vms().get(vm).rate());
        }
        assertEquals(List.of(), a.violations());
    }

    @Test
    void clocksLoggedBeforeTheEventAreAConventionSaidOnceNotViolations(@TempDir Path dir) throws Exception {
        long[] before = new long[3];
        logs.write(dir, vm -> "vm" + vm + ".txt", vm -> List.of(), e -> {
            long shown = before[e.vm()];
            before[e.vm()] = e.clock();
            return List.of(ForeignLogs.epochSeconds(e) + " " + switch (e.type()) {
                case RECEIVE -> "received from " + ForeignLogs.receive(e).from() + " msg " + ForeignLogs.receive(e).msg()
                        + " clock " + shown;
                case SEND -> "sent to " + Arrays.stream(ForeignLogs.to(e)).mapToObj(Integer::toString)
                        .collect(Collectors.joining(",")) + " clock " + shown;
                default -> "internal clock " + shown;
            });
        });
        LoadedRun run = assertReadRight(dir);
        assertEquals(1, run.notes().stream().filter(n -> n.startsWith("clocks are logged before the event")).count(),
                run.notes().toString());
    }

    @Test
    void messagesCarryingTheClockBeforeTheIncrementAreAConventionReportedOnce(@TempDir Path dir) throws Exception {
        ForeignLogs.writePreIncrement(dir, 5);
        LoadedRun run = RunOpener.open(dir, null);
        assertEquals(List.of(), run.problems());
        assertEquals(1, run.notes().stream().filter(n -> n.startsWith("the carried timestamp is the sender's clock "
                + "before its increment")).count(), run.notes().toString());
        List<scalemodels.analysis.Violation> found = RunAnalysis.of(run.model()).violations();
        assertTrue(found.size() <= 1, found.toString());
        found.forEach(v -> assertTrue(v.message().contains("clock condition"), v.message()));
        int receives = 0;
        int matched = 0;
        for (int vm = 0; vm < 3; vm++) {
            for (int i = 0; i < run.model().lane(vm).size(); i++) {
                if (run.model().lane(vm).type(i) == EventType.RECEIVE) {
                    receives++;
                    matched += run.model().lane(vm).partner(i) >= 0 ? 1 : 0;
                }
            }
        }
        assertTrue(receives > 10);
        assertEquals(receives, matched, "every receive is matched to the send one above what it carried");
    }

    @Test
    void jsonLines(@TempDir Path dir) throws Exception {
        logs.write(dir, vm -> "events_" + vm + ".jsonl", vm -> List.of(), e -> List.of("{\"time\": "
                + ForeignLogs.epochSeconds(e) + ", \"event\": \"" + switch (e.type()) {
                    case RECEIVE -> "RECEIVE\", \"from\": " + ForeignLogs.receive(e).from() + ", \"msg\": "
                            + ForeignLogs.receive(e).msg();
                    case SEND -> "SEND\", \"to\": " + Arrays.toString(ForeignLogs.to(e));
                    default -> "INTERNAL\"";
                } + ", \"clock\": " + e.clock() + ", \"queue\": " + e.queue() + "}"));
        assertReadRight(dir);
    }

    @Test
    void pythonLoggingLinesWithACommaBeforeTheMilliseconds(@TempDir Path dir) throws Exception {
        logs.write(dir, vm -> "machine_" + (vm + 1) + ".log", vm -> List.of(), e -> List.of(
                ForeignLogs.dateTime(e, "yyyy-MM-dd HH:mm:ss,SSS") + " - INFO - " + switch (e.type()) {
                    case RECEIVE -> "Received message: " + ForeignLogs.receive(e).msg() + " from machine "
                            + (ForeignLogs.receive(e).from() + 1) + ", Queue length: " + e.queue() + ", Logical clock: "
                            + e.clock();
                    case SEND -> "Sent message to machines " + Arrays.stream(ForeignLogs.to(e))
                            .mapToObj(t -> Integer.toString(t + 1)).collect(Collectors.joining(" and "))
                            + ", Logical clock: " + e.clock();
                    default -> "Internal event, Logical clock: " + e.clock();
                }));
        LoadedRun run = assertReadRight(dir);
        assertTrue(run.notes().get(0).contains("msg = the number after 'Received message'"), run.notes().toString());
    }

    @Test
    void printedTuples(@TempDir Path dir) throws Exception {
        logs.write(dir, vm -> "out" + vm + ".txt", vm -> List.of(), e -> List.of("('" + switch (e.type()) {
            case RECEIVE -> "receive'";
            case SEND -> "send'";
            default -> "internal'";
        } + ", " + ForeignLogs.epochSeconds(e) + ", " + e.clock() + ", " + e.queue() + ")"));
        assertReadRight(dir);
    }

    @Test
    void aKindOfEventThatFirstAppearsLateIsStillRecognised(@TempDir Path dir) throws Exception {
        List<String> vm0 = new java.util.ArrayList<>();
        for (int clock = 1; clock <= 500; clock++) {
            vm0.add("INTERNAL clock=" + clock);
        }
        vm0.add("RECV from=1 msg=1 clock=501");
        java.nio.file.Files.write(dir.resolve("p0.log"), vm0);
        java.nio.file.Files.write(dir.resolve("p1.log"), List.of("SEND to=0 clock=1", "INTERNAL clock=2"));
        LoadedRun run = RunOpener.open(dir, null);
        assertEquals(List.of(), run.problems());
        assertEquals(EventType.RECEIVE, run.model().lane(0).type(500), "line 501, read from the file's tail");
        assertEquals(0, run.model().lane(0).partner(500), "matched to VM 1's send");
        assertEquals(List.of(), RunAnalysis.of(run.model()).violations());
    }

    /**
     * A style seen in a real implementation: time, clock and event between slashes, the clock with no label, camel-case
     * words ("RecFrom"), whole-second times, a header of id and seconds per tick, and sends that name their
     * recipients by peer number as the exercise words it ("machine_1" and "machine_2": the sender's first and second
     * other VM) or say "Broadcast to all machines".
     */
    @Test
    void slashedLinesAnUnlabelledClockCamelCaseWordsPeerNumbersAndABroadcastWord(@TempDir Path dir) throws Exception {
        logs.write(dir, vm -> "process_" + (vm + 1) + ".log", vm -> List.of((vm + 1) + ", "
                        + 1.0 / logs.truth.rates()[vm]),
                e -> List.of(ForeignLogs.dateTime(e, "yyyy-MM-dd HH:mm:ss") + "/" + e.clock() + "/"
                        + switch (e.type()) {
                    case RECEIVE -> "RecFrom:process_" + (ForeignLogs.receive(e).from() + 1) + "/QueueSize:"
                            + e.queue();
                    case SEND -> ForeignLogs.to(e).length == 2 ? "Broadcast to all machines"
                            : "Sent to machine_" + (ForeignLogs.to(e)[0] < e.vm() ? ForeignLogs.to(e)[0] + 1
                            : ForeignLogs.to(e)[0]);
                    default -> "Internal event";
                }));
        LoadedRun run = assertReadRight(dir);
        assertSaid(run, "clock = the number standing alone before the event word",
                "from = the VM named after the receive word", "sends name their recipients by peer number 1..2",
                "a send to all (a broadcast word with no recipient");
        // One file alone cannot tell peer numbers: its sends to "itself" lose that recipient, and it is said.
        LoadedRun alone = RunOpener.open(dir.resolve("process_2.log"), null);
        assertEquals(List.of(), alone.problems());
        assertEquals(logs.truth.sends()[1], RunAnalysis.of(alone.model()).vms().get(0).sends());
        assertSaid(alone, "own VM as a recipient (peer numbers, perhaps");
    }

    /**
     * Another real style: a pandas-written CSV (an unnamed index column) with the clock before and after each event,
     * a monotonic clock's nanoseconds, sends named send1, send2 and sendboth without recipients, and receives that
     * name neither sender nor timestamp.
     */
    @Test
    void aCsvWithClocksBeforeAndAfterMonotonicNanosecondsAndReceivesThatNameNothing(@TempDir Path dir)
            throws Exception {
        long[] before = new long[3];
        int[] row = new int[3];
        logs.write(dir, vm -> (vm + 1) + "_machine.csv",
                vm -> List.of(",event_type,system_time,old_clock_time,new_clock_time,message_queue_length"), e -> {
                    long old = before[e.vm()];
                    before[e.vm()] = e.clock();
                    long nanos = (e.timeMicros() - scalemodels.sim.Simulator.VIRTUAL_EPOCH_MICROS) * 1000
                            + 1_500_000_000L;
                    String word = switch (e.type()) {
                        case RECEIVE -> "receive";
                        case SEND -> ForeignLogs.to(e).length == 2 ? "sendboth"
                                : ForeignLogs.to(e)[0] == (e.vm() + 1) % 3 ? "send1" : "send2";
                        default -> "internal";
                    };
                    return List.of(row[e.vm()]++ + "," + word + "," + nanos + "," + old + "," + e.clock() + ","
                            + e.queue());
                });
        LoadedRun run = assertReadRight(dir);
        assertSaid(run, "time = nanoseconds of a monotonic clock", "a send to all (a broadcast word with no recipient");
    }

    /**
     * A third real style: named like our own logs (vm_0.log), a time whose fraction is a literal "f" (Python's
     * time.strftime has no %f), set-up lines with clocks but no event, receives that name neither sender nor
     * timestamp, and broadcasts written as "Sent messages to all VMs".
     */
    @Test
    void namedLikeOursWithALiteralFractionSetUpLinesAndSendsToAllVms(@TempDir Path dir) throws Exception {
        logs.write(dir, vm -> "vm_" + vm + ".log", vm -> List.of(
                        "2025-03-04 17:28:00.f - M" + vm + " [LC:0] Initialized with clock rate "
                                + logs.truth.rates()[vm] + " ticks/second",
                        "2025-03-04 17:28:00.f - M" + vm + " [LC:0] Connected to VM " + (vm + 1) % 3 + " on port 1000"
                                + (vm + 1) % 3),
                e -> List.of(ForeignLogs.dateTime(e, "yyyy-MM-dd HH:mm:ss") + ".f - M" + e.vm() + " [LC:" + e.clock()
                        + "] " + switch (e.type()) {
                            case RECEIVE -> "Received message. Queue length: " + e.queue();
                            case SEND -> ForeignLogs.to(e).length == 2 ? "Sent messages to all VMs"
                                    : "Sent message to VM " + ForeignLogs.to(e)[0];
                            default -> "Internal event";
                        }));
        LoadedRun run = assertReadRight(dir);
        assertEquals(logs.truth.rates()[2], run.model().lane(2).rate(), "the rate from the set-up line");
        assertSaid(run, "a send to all (a broadcast word with no recipient, or recipients such as");
    }

    /**
     * A fourth real style: machines named by letters in the file names (machine_A_log.csv), a header whose first
     * column's name is an event word ("received"), event cells of several words ("SEND TO B", "POP FROM QUEUE",
     * "INTERNAL EVENT") and a broadcast written as one line per recipient.
     */
    @Test
    void lettersForMachinesAHeaderNamedLikeAnEventAndEventCellsOfSeveralWords(@TempDir Path dir) throws Exception {
        String[] names = {"A", "B", "C"};
        logs.write(dir, vm -> "machine_" + names[vm] + "_log.csv",
                vm -> List.of("received,global time,len of queue,logical clock time"), e -> {
                    String rest = "," + ForeignLogs.epochSeconds(e) + "," + e.queue() + "," + e.clock();
                    return switch (e.type()) {
                        case RECEIVE -> List.of("POP FROM QUEUE" + rest);
                        case SEND -> Arrays.stream(ForeignLogs.to(e)).mapToObj(t -> "SEND TO " + names[t] + rest)
                                .toList();
                        default -> List.of("INTERNAL EVENT" + rest);
                    };
                });
        LoadedRun run = assertReadRight(dir);
        assertSaid(run, "VM id = the name in the file name, in name order",
                "hosts as named in the log: A = VM 0, B = VM 1, C = VM 2", "to = the VM after 'to' in the event column",
                "queue = column 'len of queue'");
    }

    /**
     * A fifth real style: each event over several lines ("RECEIVED message", "Global time: ...", "Queue length: ...",
     * "Logical clock time: ..."), a blank line between events, and a header naming the rate as "Ticks: 5".
     */
    @Test
    void eventsWrittenOverSeveralLinesAreReadAsOne(@TempDir Path dir) throws Exception {
        logs.write(dir, vm -> "log_" + vm + ".log", vm -> List.of("Began process at 1741109280.0",
                "Ticks: " + logs.truth.rates()[vm], ""), e -> {
                    List<String> lines = new java.util.ArrayList<>(List.of(switch (e.type()) {
                        case RECEIVE -> "RECEIVED message";
                        case SEND -> "SENT message";
                        default -> "INTERNAL event";
                    }, "Global time: " + ForeignLogs.epochSeconds(e)));
                    if (e.type() == EventType.RECEIVE) {
                        lines.add("Queue length: " + e.queue());
                    }
                    lines.add("Logical clock time: " + e.clock());
                    lines.add("");
                    return lines;
                });
        LoadedRun run = assertReadRight(dir);
        assertEquals(logs.truth.rates()[1], run.model().lane(1).rate(), "the rate from 'Ticks:'");
        assertTrue(run.notes().get(0).contains("events written over several lines"), run.notes().toString());
        List<FormatPreview.Row> rows = FormatPreview.rows(dir.resolve("log_0.log"), run.importFormat(), 10);
        FormatPreview.Row first = rows.stream().filter(FormatPreview.Row::fits).filter(r -> r.line() == 4)
                .findFirst().orElseThrow(() -> new AssertionError(rows.toString()));
        assertTrue(first.text().contains(" | Global time: ") && first.readAs().contains("clock="), first.toString());
    }

    @Test
    void blocksWithTheEventAfterALabelAndRecipientsAfterToMachines(@TempDir Path dir) throws Exception {
        logs.write(dir, vm -> "machine_" + vm + ".log", vm -> List.of(), e -> {
            List<String> lines = new java.util.ArrayList<>(List.of("Operation: " + switch (e.type()) {
                case RECEIVE -> "Received message from machine " + ForeignLogs.receive(e).from();
                case SEND -> "Sent message to machine(s) " + Arrays.stream(ForeignLogs.to(e))
                        .mapToObj(Integer::toString).collect(Collectors.joining(", "));
                default -> "Internal event";
            }, "Global Time: " + ForeignLogs.epochSeconds(e), "Logical Time: " + e.clock()));
            if (e.type() == EventType.RECEIVE) {
                lines.add("Queue length: " + e.queue());
            }
            lines.add("");
            return lines;
        });
        assertSaid(assertReadRight(dir), "events written over several lines", "to = the number after 'to machine(s)'");
    }

    /** Receives name their sender but no timestamp, sends no recipients: nothing tells which send each one got. */
    @Test
    void receivesFromASenderWhoseSendsNameNoRecipientAreNotJudgedUnmatched(@TempDir Path dir) throws Exception {
        logs.write(dir, vm -> "p" + vm + ".txt", vm -> List.of(), e -> List.of(switch (e.type()) {
            case RECEIVE -> "RECV from=" + ForeignLogs.receive(e).from() + " clock=" + e.clock();
            case SEND -> "SEND clock=" + e.clock();
            default -> "INTERNAL clock=" + e.clock();
        }));
        assertReadRight(dir);
    }

    /**
     * A sixth real style: sentences ("Sent message to VM 3: clock is now 7.", "Internal event: clock ticked to 8.",
     * "Received message: updated clock to 12. Queue length: 0"), where "to" stands both before a recipient and
     * between the clock's label and value; network lines between events. Then one VM's file alone: its sends to VMs
     * that have no log there stay sends.
     */
    @Test
    void sentencesWithWordsBetweenLabelAndValueAndOneVmsLogAlone(@TempDir Path dir) throws Exception {
        logs.write(dir, vm -> "vm_" + (vm + 1) + ".log", vm -> List.of(
                "1741109280.010 - Network: Listening on 127.0.0.1:500" + (vm + 1)), e -> {
                    String head = ForeignLogs.epochSeconds(e) + " - ";
                    return switch (e.type()) {
                        case RECEIVE -> List.of(head + "Received message: updated clock to " + e.clock()
                                + ". Queue length: " + e.queue());
                        case SEND -> Arrays.stream(ForeignLogs.to(e)).mapToObj(t -> head + "Sent message to VM "
                                + (t + 1) + ": clock is now " + e.clock() + ".").toList();
                        default -> List.of(head + "Internal event: clock ticked to " + e.clock() + ".");
                    };
                });
        assertSaid(assertReadRight(dir), "clock = the number after 'clock'", "to = the number after 'to VM'");
        LoadedRun alone = RunOpener.open(dir.resolve("vm_2.log"), null);
        assertEquals(List.of(), alone.problems());
        VmStats vm = RunAnalysis.of(alone.model()).vms().get(0);
        assertEquals(logs.truth.sends()[1], vm.sends(), "sends to VMs without a log here stay sends");
        assertEquals(logs.truth.finalClocks()[1], vm.finalClock());
        assertSaid(alone, "VM id = the number in the file name", "which have no log here");
        assertEquals(List.of(), RunAnalysis.of(alone.model()).violations());
    }

    /**
     * A seventh real style: bracketed tuples whose last number is the clock, receives with their queue before it
     * ("[receive_event, 00:15:09, 0, 6]"), a time of day right after the event word, a bracketed rate header.
     */
    @Test
    void bracketedTuplesWhoseLastNumberIsTheClock(@TempDir Path dir) throws Exception {
        logs.write(dir, vm -> "machine" + (vm + 1) + ".log",
                vm -> List.of("[Machine initialized with clock_rate: " + logs.truth.rates()[vm] + "]"),
                e -> List.of("[" + switch (e.type()) {
                    case RECEIVE -> "receive_event, " + ForeignLogs.dateTime(e, "HH:mm:ss") + ", " + e.queue();
                    case SEND -> "send_event, " + ForeignLogs.dateTime(e, "HH:mm:ss");
                    default -> "internal_event, " + ForeignLogs.dateTime(e, "HH:mm:ss");
                } + ", " + e.clock() + "]"));
        LoadedRun run = assertReadRight(dir);
        assertSaid(run, "clock = the last number of the line", "rate = a header line");
        assertEquals(logs.truth.rates()[0], run.model().lane(0).rate());
    }

    /** An eighth real style, one file alone: "System Time: ... - Event: Machine 2 SENT message to machines [1, 3]". */
    @Test
    void oneFileWhoseLinesNameTheirMachine(@TempDir Path dir) throws Exception {
        logs.write(dir, vm -> "machine_" + (vm + 1) + ".log", vm -> List.of(), e -> List.of("System Time: "
                + ForeignLogs.dateTime(e, "yyyy-MM-dd HH:mm:ss,SSS") + " - Event: Machine " + (e.vm() + 1) + " "
                + switch (e.type()) {
                    case RECEIVE -> "RECEIVED message from machine " + (ForeignLogs.receive(e).from() + 1);
                    case SEND -> "SENT message to machines " + Arrays.toString(Arrays.stream(ForeignLogs.to(e))
                            .map(t -> t + 1).toArray());
                    default -> "INTERNAL EVENT";
                } + " - Logical Clock: " + e.clock()));
        LoadedRun alone = RunOpener.open(dir.resolve("machine_2.log"), null);
        assertEquals(List.of(), alone.problems());
        VmStats vm = RunAnalysis.of(alone.model()).vms().get(0);
        assertEquals(logs.truth.sends()[1], vm.sends());
        assertEquals(logs.truth.receives()[1], vm.receives());
        assertEquals(logs.truth.finalClocks()[1], vm.finalClock());
        assertSaid(alone, "VM id = the number after 'Machine'");
        assertTrue(alone.notes().stream().noneMatch(n -> n.contains("the the")), alone.notes().toString());
        assertEquals(List.of(), RunAnalysis.of(alone.model()).violations());
    }

    /** Windows: PowerShell 5 redirects output as UTF-16 with a byte-order mark, editors mark UTF-8 too; CR LF. */
    @Test
    void utf16WithAByteOrderMarkAndCrLfLineEnds(@TempDir Path dir) throws Exception {
        logs.write(dir, vm -> "vm" + vm + ".log", vm -> List.of("Clock rate: " + logs.truth.rates()[vm]),
                e -> List.of(ForeignLogs.epochSeconds(e) + " " + switch (e.type()) {
                    case RECEIVE -> "RECEIVED from " + ForeignLogs.receive(e).from() + " msg "
                            + ForeignLogs.receive(e).msg() + " clock " + e.clock() + " queue " + e.queue();
                    case SEND -> "SENT to " + Arrays.stream(ForeignLogs.to(e)).mapToObj(Integer::toString)
                            .collect(Collectors.joining(",")) + " clock " + e.clock();
                    default -> "INTERNAL clock " + e.clock();
                }));
        // With its byte-order mark, as a text editor or PowerShell writes it: UTF-16 LE, UTF-16 BE, UTF-8.
        java.nio.charset.Charset[] encodings = {java.nio.charset.StandardCharsets.UTF_16LE,
            java.nio.charset.StandardCharsets.UTF_16BE, java.nio.charset.StandardCharsets.UTF_8};
        for (int vm = 0; vm < 3; vm++) {
            Path file = dir.resolve("vm" + vm + ".log");
            String text = "\uFEFF" + java.nio.file.Files.readString(file).replace("\n", "\r\n");
            java.nio.file.Files.write(file, text.getBytes(encodings[vm]));
        }
        assertReadRight(dir);
    }

    /** One file holding every VM, named by no number: the VM each line names, not one VM for the file. */
    @Test
    void oneFileHoldingEveryVm(@TempDir Path dir) throws Exception {
        List<scalemodels.event.LogEvent> all = new java.util.ArrayList<>();
        for (int vm = 0; vm < 3; vm++) {
            all.addAll(logs.ticks(vm));
        }
        all.sort(java.util.Comparator.comparingLong(scalemodels.event.LogEvent::timeMicros));
        java.nio.file.Files.write(dir.resolve("combined.log"), all.stream().map(e -> ForeignLogs.epochSeconds(e)
                + " VM " + e.vm() + " " + switch (e.type()) {
                    case RECEIVE -> "RECEIVED from " + ForeignLogs.receive(e).from() + " msg "
                            + ForeignLogs.receive(e).msg();
                    case SEND -> "SENT to " + Arrays.stream(ForeignLogs.to(e)).mapToObj(Integer::toString)
                            .collect(Collectors.joining(","));
                    default -> "INTERNAL";
                } + " clock=" + e.clock() + (e.type() == EventType.RECEIVE ? " queue=" + e.queue() : "")).toList());
        assertSaid(assertReadRight(dir), "VM id = the number after 'VM'");
    }

    @Test
    void aLineCounterBeforeTheEventWordIsNotTakenForTheClock(@TempDir Path dir) throws Exception {
        int[] lines = new int[3];
        logs.write(dir, vm -> "vm" + vm + ".log", vm -> List.of(), e -> List.of(++lines[e.vm()] + " "
                + switch (e.type()) {
            case RECEIVE -> "RECEIVED from " + ForeignLogs.receive(e).from();
            case SEND -> "SENT to " + ForeignLogs.to(e)[0];
            default -> "INTERNAL";
        }));
        FormatInference.Inferred inferred = FormatInference.infer(dir);
        assertTrue(inferred.doubts().contains("no Lamport clock was found"), inferred.summary());
    }

    @Test
    void recipientsNamedByVmIdStayVmIdsWhenNoVmNamesItself(@TempDir Path dir) throws Exception {
        java.nio.file.Files.write(dir.resolve("m1.log"), List.of("SEND to=2 clock=1", "INTERNAL clock=2"));
        java.nio.file.Files.write(dir.resolve("m2.log"), List.of("RECV from=1 clock=2", "SEND to=1 clock=3"));
        java.nio.file.Files.write(dir.resolve("m3.log"), List.of("INTERNAL clock=1", "SEND to=1 clock=2"));
        LoadedRun run = RunOpener.open(dir, null);
        assertEquals(List.of(), run.problems());
        assertTrue(run.notes().stream().noneMatch(n -> n.contains("peer number")), run.notes().toString());
        assertEquals(1, ((scalemodels.event.EventDetail.Send) run.model().lane(0).toEvent(0, 0).detail()).to()[0],
                "VM 1's send to 2 goes to VM 2 of the logs, VM 1 here");
        assertEquals(List.of(), RunAnalysis.of(run.model()).violations());
    }

    /** Each phrase stands in what the run's notes say of how the logs were read. */
    /**
     * A ninth real style: sentences ending in full stops, machines named "M2", a message id after "message" ("M1 sent
     * message 5 to M2. Global time: ... . Logical clock time: 7."), a broadcast as "messages 5,6 to M2 and M3".
     */
    @Test
    void sentencesWithMessageIdsAndMachinesNamedWithAnM(@TempDir Path dir) throws Exception {
        int[] ids = {0};
        logs.write(dir, vm -> "log" + (vm + 1) + ".txt", vm -> List.of(), e -> {
            String time = ". Global time: " + ForeignLogs.dateTime(e, "yyyy-MM-dd HH:mm:ss.SSSSSS");
            String clock = ". Logical clock time: " + e.clock() + ".";
            return List.of(switch (e.type()) {
                case RECEIVE -> "Received message " + (1 + ids[0]++ % 40) + " from M"
                        + (ForeignLogs.receive(e).from() + 1) + time + ". Queue length: " + e.queue() + clock;
                case SEND -> {
                    int[] to = ForeignLogs.to(e);
                    yield to.length == 1 ? "M" + (e.vm() + 1) + " sent message " + (1 + ids[0]++ % 40) + " to M"
                            + (to[0] + 1) + time + clock
                            : "M" + (e.vm() + 1) + " sent messages " + (1 + ids[0]++ % 40) + "," + (1 + ids[0]++ % 40)
                            + " to M" + (to[0] + 1) + " and M" + (to[1] + 1) + time + clock;
                }
                default -> "Internal event" + time + clock;
            });
        });
        assertSaid(assertReadRight(dir), "clock = the number after 'Logical clock time'");
    }

    /**
     * A tenth real style: Python logging lines ("2025-03-04 17:28:01,123 - INFO - run_clock_cycle - ..."), the message
     * text holding a clock of its own ("Sent Message: the local clock time is 7 to machine 2, Global Time: 1741...,
     * Logical clock time: 7"), receives naming no sender, internal events as "Internal Update".
     */
    @Test
    void pythonLoggingWithAClockInsideTheMessageText(@TempDir Path dir) throws Exception {
        logs.write(dir, vm -> "logfile_vm" + (vm + 1), vm -> List.of(), e -> {
            String head = ForeignLogs.dateTime(e, "yyyy-MM-dd HH:mm:ss,SSS") + " - INFO - run_clock_cycle - ";
            String tail = "Global Time: " + ForeignLogs.epochSeconds(e) + ", ";
            String clock = "Logical clock time: " + e.clock();
            return List.of(head + switch (e.type()) {
                case RECEIVE -> "Received Message: the local clock time is " + ForeignLogs.receive(e).msg() + ", "
                        + tail + "Length of new message queue: " + e.queue() + ", " + clock;
                case SEND -> "Sent Message: the local clock time is " + e.clock() + " to machine " + Arrays.stream(
                        ForeignLogs.to(e)).mapToObj(t -> Integer.toString(t + 1)).collect(Collectors.joining(" and "))
                        + ", " + tail + clock;
                default -> "Internal Update. " + tail + clock;
            });
        });
        // Without the labels seen, the message's "local clock" stopped the time, queue and recipients before it.
        assertSaid(assertReadRight(dir), "time = seconds since the epoch, fractions allowed, after 'Global Time'",
                "queue = the number after 'message queue'", "to = the number after 'to machine'");
    }

    /** An eleventh real style: "[1741...] Machine 2 received a message, queue length: 0, logical clock time: 5". */
    @Test
    void bracketedEpochAndTheKindOfEventAsAnAdjective(@TempDir Path dir) throws Exception {
        logs.write(dir, vm -> "machine_" + (vm + 1) + ".log", vm -> List.of(), e -> List.of("["
                + ForeignLogs.epochSeconds(e) + "] Machine " + (e.vm() + 1) + " " + switch (e.type()) {
                    case RECEIVE -> "received a message";
                    case SEND -> "sent a message to machine " + Arrays.stream(ForeignLogs.to(e))
                            .mapToObj(t -> Integer.toString(t + 1)).collect(Collectors.joining(" and "));
                    default -> "had an internal event";
                } + ", queue length: " + e.queue() + ", logical clock time: " + e.clock()));
        assertReadRight(dir);
    }

    /**
     * A twelfth real style: capitals, dashes between fields, the message quoted with a clock of its own under the same
     * label as the line's ("RECEIVED: 'Machine 1 has logical clock time 7' - GLOBAL TIME: ... - LOGICAL CLOCK TIME: 9
     * - MESSAGE QUEUE LEN: 0"), recipients as "TO MACHINE #1 and #2", a banner line per run. Most events are messages
     * here, so most lines hold the quoted clock first: it must not be taken for where the line's clock stands.
     */
    @Test
    void quotedMessagesHoldingAClockUnderTheLinesOwnLabel(@TempDir Path dir) throws Exception {
        ForeignLogs logs = new ForeignLogs(3, 7, 30, 4);
        logs.write(dir, vm -> "machine_" + vm + ".log", vm -> List.of("----------------------- Machine " + vm
                + " is starting its 1th run of 60 seconds -----------------------"), e -> {
            String rest = " - GLOBAL TIME: " + ForeignLogs.dateTime(e, "yyyy-MM-dd HH:mm:ss.SSSSSS")
                    + " - LOGICAL CLOCK TIME: " + e.clock();
            return List.of(switch (e.type()) {
                case RECEIVE -> "RECEIVED: 'Machine " + ForeignLogs.receive(e).from() + " has logical clock time "
                        + ForeignLogs.receive(e).msg() + "'" + rest + " - MESSAGE QUEUE LEN: " + e.queue();
                case SEND -> "SENT(rand=" + (ForeignLogs.to(e).length == 1 ? 1 : 3) + "): 'Machine " + e.vm()
                        + " has logical clock time " + e.clock() + "' TO MACHINE " + Arrays.stream(ForeignLogs.to(e))
                        .mapToObj(t -> "#" + t).collect(Collectors.joining(" and ")) + rest;
                default -> "INTERNAL EVENT" + rest;
            });
        });
        assertSaid(assertReadRight(dir, logs), "clock = the number after 'LOGICAL CLOCK TIME'");
    }

    /**
     * A thirteenth real style, from a real run's logs: tab-separated seconds since the start, the kind of event as a
     * word or two ("Send All"), labelled clock and queue, then "To VM 1", "To VMs [1, 2]", "From Network" (receives
     * name no sender) or "No external communication".
     */
    @Test
    void tabSeparatedElapsedSecondsSendAllAndReceivesFromTheNetwork(@TempDir Path dir) throws Exception {
        logs.write(dir, vm -> "vm_" + vm + ".log", vm -> List.of(), e -> {
            String start = String.format(java.util.Locale.ROOT, "%.3f",
                    (e.timeMicros() - scalemodels.sim.Simulator.VIRTUAL_EPOCH_MICROS) / 1e6) + "\t";
            String fields = "\tLogical Clock: " + e.clock() + "\tQueue Length: " + e.queue() + "\t";
            return List.of(start + switch (e.type()) {
                case RECEIVE -> "Receive" + fields + "From Network";
                case SEND -> ForeignLogs.to(e).length == 1 ? "Send" + fields + "To VM " + ForeignLogs.to(e)[0]
                        : "Send All" + fields + "To VMs " + Arrays.toString(ForeignLogs.to(e));
                default -> "Internal" + fields + "No external communication";
            });
        });
        assertSaid(assertReadRight(dir), "clock = the number after 'Logical Clock'");
    }

    /**
     * A fourteenth real style, after a real run's logs: a CSV whose receives are logged when a message arrives and a
     * "process" row when it is taken off the queue, each advancing the clock, and "connection" rows naming a port.
     * "process" is no event word: its rows were passed over, so the event after each seemed to jump.
     */
    @Test
    void tableRowsOfAnUnknownWordThatAdvanceTheClockAreInternalEvents(@TempDir Path dir) throws Exception {
        String header = "Time,Event,Queue Length,Logical Clock";
        java.nio.file.Files.write(dir.resolve("machine_1.log"), List.of("Machine 1 initialized with clock rate 2", "",
                header, "2025-03-04 10:00:00.100,internal,0,1", "2025-03-04 10:00:00.600,send,0,2",
                "2025-03-04 10:00:00.601,connection,localhost:6002,success", "2025-03-04 10:00:01.100,internal,0,3",
                "2025-03-04 10:00:01.600,send,0,4", "2025-03-04 10:00:01.601,connection,localhost:6002,success",
                "2025-03-04 10:00:02.100,internal,0,5"));
        java.nio.file.Files.write(dir.resolve("machine_2.log"), List.of("Machine 2 initialized with clock rate 1", "",
                header, "2025-03-04 10:00:00.200,internal,0,1", "2025-03-04 10:00:00.602,receive,1,3",
                "2025-03-04 10:00:01.200,process,0,4", "2025-03-04 10:00:01.602,receive,1,5",
                "2025-03-04 10:00:02.200,process,0,6", "2025-03-04 10:00:02.300,heartbeat,0,6",
                "2025-03-04 10:00:03.200,internal,0,7"));
        LoadedRun run = RunOpener.open(dir, null);
        assertEquals(List.of(), run.problems());
        assertSaid(run, "'process' rows read as internal events");
        assertTrue(run.notes().stream().noneMatch(n -> n.contains("'heartbeat'") || n.contains("'connection'")),
                "a word whose clock stands still, and rows without a clock, are not events: " + run.notes());
        VmStats second = RunAnalysis.of(run.model()).vms().get(1);
        assertEquals(2, second.receives());
        assertEquals(4, second.internals(), "two internal rows and two process rows");
        assertEquals(List.of(), RunAnalysis.of(run.model()).violations());
    }

    /**
     * A fifteenth real style, from an implementation's code: a CSV whose sends and internal events write "N/A" in the
     * queue column and whose sends name the draw ("Send (3)") instead of a recipient. Each "N/A" made its line
     * unreadable: every send and internal event was lost and the receives left seemed to skip ticks (6 violations on
     * a 15-second run).
     */
    @Test
    void tableCellsSayingNotApplicableAreNoValue(@TempDir Path dir) throws Exception {
        logs.write(dir, vm -> "machine_" + (vm + 1) + ".csv",
                vm -> List.of("Operation,Global Time,Logical Time,Length of Message Queue"),
                e -> List.of(switch (e.type()) {
                    case RECEIVE -> "Receive";
                    case SEND -> "Send (" + (ForeignLogs.to(e).length > 1 ? 3 : 1 + ForeignLogs.to(e)[0] % 2) + ")";
                    default -> "Internal Event";
                } + "," + ForeignLogs.dateTime(e, "HH:mm:ss.SSSSSS") + "," + e.clock() + ","
                        + (ForeignLogs.is(e, EventType.RECEIVE) ? Integer.toString(e.queue()) : "N/A")));
        assertReadRight(dir);
    }

    /**
     * A sixteenth real style, from an implementation's code: files named by the tick period ("clock_rate_0.25.csv"),
     * the clock in the first column. The period's digits were taken for two numbers, the VM id and a rate: VMs 25, 5
     * and 0 with a rate of 0 or 1.
     */
    @Test
    void aDecimalInTheFileNameIsNeitherAVmIdNorARate(@TempDir Path dir) throws Exception {
        logs.write(dir, vm -> String.format(java.util.Locale.ROOT, "clock_rate_%.2f.csv", 0.25 * (vm + 1)),
                vm -> List.of("logical clock,global time,event type,queue length"),
                e -> List.of(e.clock() + "," + ForeignLogs.dateTime(e, "yyyy-MM-dd HH:mm:ss.SSSSSS") + ","
                        + e.type().word() + "," + e.queue()));
        LoadedRun run = assertReadRight(dir);
        assertSaid(run, "VM id = the name in the file name, in name order");
        for (int vm = 0; vm < 3; vm++) {
            assertEquals(0, run.model().lane(vm).rate(), "no rate read from a period in the name, VM " + vm);
        }
    }

    /**
     * A seventeenth real style, from an implementation's code: a key of the abbreviations before the events
     * ("R [n]: received message, n remaining messages in queue"), then "time clock R n", "S2", "SB", "IE". The key's
     * lines were read as events without a time and the import refused the folder; the queue after "R" was read as
     * the sender (it takes no more values than there are VMs), which matched receives to the wrong sends.
     */
    @Test
    void aKeyBeforeTheEventsAndAQueueLengthAfterTheReceiveWord(@TempDir Path dir) throws Exception {
        logs.write(dir, vm -> "log" + vm + ".txt", vm -> List.of("R [n]: received message, n remaining messages in queue",
                "S[id]: sent a message to machine with specified id", "SB: sent a message to both other machines",
                "IE: internal event", "", "clock speed (ticks per second): 5.3", ""),
                e -> List.of(ForeignLogs.dateTime(e, "HH:mm:ss.SSS") + " " + e.clock() + " " + switch (e.type()) {
                    case RECEIVE -> "R " + e.queue();
                    case SEND -> ForeignLogs.to(e).length == 2 ? "SB" : "S" + ForeignLogs.to(e)[0];
                    default -> "IE";
                }));
        LoadedRun run = assertReadRight(dir);
        assertTrue(run.notes().stream().noneMatch(n -> n.contains("from =")), "no sender read: " + run.notes());
    }

    /**
     * An eighteenth real style, from an implementation's code: Python logging lines whose sends name the port the
     * recipient listens on ("SEND to 5002, System time: ..., Logical clock: 7") and whose receives name no sender.
     * The ports were VMs "with no log here": no send had a recipient, and the window drew no message at all.
     */
    @Test
    void recipientsNamedByThePortTheyListenOn(@TempDir Path dir) throws Exception {
        int[] ports = {5001, 5002, 5003};
        logs.write(dir, vm -> "vm_" + vm + ".log", vm -> java.util.stream.IntStream.of(ports)
                .filter(p -> p != ports[vm]).mapToObj(p -> "2025-03-04 17:27:59,500 - Connected to peer at port " + p)
                .toList(), e -> {
                    String head = ForeignLogs.dateTime(e, "yyyy-MM-dd HH:mm:ss,SSS") + " - ";
                    String tail = "System time: " + ForeignLogs.dateTime(e, "yyyy-MM-dd HH:mm:ss.SSSSSS");
                    return switch (e.type()) {
                        case RECEIVE -> List.of(head + "RECEIVE, " + tail + ", Queue length: " + e.queue()
                                + ", Logical clock: " + e.clock());
                        case SEND -> List.of(head + "SEND to " + Arrays.stream(ForeignLogs.to(e)).mapToObj(t -> Integer
                                .toString(ports[t])).collect(Collectors.joining(" and ")) + ", " + tail
                                + ", Logical clock: " + e.clock());
                        default -> List.of(head + "INTERNAL, " + tail + ", Logical clock: " + e.clock());
                    };
                });
        LoadedRun run = assertReadRight(dir);
        assertSaid(run, "5001 = VM 0, 5002 = VM 1, 5003 = VM 2");
        for (int vm = 0; vm < 3; vm++) {
            List<String> read = new java.util.ArrayList<>();
            List<String> sent = new java.util.ArrayList<>();
            var lane = run.model().lane(vm);
            for (int i = 0; i < lane.size(); i++) {
                if (lane.type(i) == EventType.SEND) {
                    read.add(lane.recipientList(i, ','));
                }
            }
            logs.ticks(vm).stream().filter(e -> ForeignLogs.is(e, EventType.SEND)).forEach(e -> sent.add(Arrays
                    .stream(ForeignLogs.to(e)).mapToObj(Integer::toString).collect(Collectors.joining(","))));
            assertEquals(sent, read, "recipients of VM " + vm + "'s sends");
        }
        assertTrue(run.model().arrivalOrder().any(), "the window pairs the receives by arrival order");
    }

    /**
     * A nineteenth real style, from an implementation's code: events over several lines, machines named by letters
     * in the file names and in the text ("Received message from process B.", "Sent message to processes A and C.").
     * Senders and recipients were not read (a peer was a number only): no message was matched, and the check said
     * that every message match checked out.
     */
    @Test
    void machinesNamedByLettersInSentences(@TempDir Path dir) throws Exception {
        String names = "ABC";
        logs.write(dir, vm -> names.charAt(vm) + ".out", vm -> List.of(), e -> {
            List<String> lines = new java.util.ArrayList<>(List.of(switch (e.type()) {
                case RECEIVE -> "Received message from process " + names.charAt(ForeignLogs.receive(e).from()) + ". ";
                case SEND -> ForeignLogs.to(e).length == 1 ? "Sent message to process " + names.charAt(ForeignLogs
                        .to(e)[0]) + ". " : "Sent message to processes " + names.charAt(ForeignLogs.to(e)[0]) + " and "
                        + names.charAt(ForeignLogs.to(e)[1]) + ". ";
                default -> "Internal event. ";
            }));
            if (ForeignLogs.is(e, EventType.RECEIVE)) {
                lines.add("Num messages queued: " + e.queue());
            }
            lines.addAll(List.of("Logical clock: " + e.clock(), "System time: "
                    + ForeignLogs.dateTime(e, "yyyy-MM-dd HH:mm:ss.SSSSSS"), ""));
            return lines;
        });
        LoadedRun run = assertReadRight(dir);
        assertSaid(run, "A = VM 0, B = VM 1, C = VM 2");
        assertEquals(0, RunAnalysis.of(run.model()).unmatchedReceives(), "every receive matched to its send");
    }

    /**
     * A twentieth real style, from an implementation's code: tab-separated "event, System.nanoTime(), clock" whose
     * event cell carries labelled fields after its word ("RECEIVE FROM: 2 QUEUE SIZE: 0", "SEND TO: 1 AND 2"). They
     * were not read: no message was matched.
     */
    @Test
    void labelledFieldsAfterTheWordInATablesEventCell(@TempDir Path dir) throws Exception {
        logs.write(dir, vm -> "log" + vm + ".txt", vm -> List.of(), e -> List.of(switch (e.type()) {
            case RECEIVE -> "RECEIVE FROM: " + ForeignLogs.receive(e).from() + " QUEUE SIZE: " + e.queue();
            case SEND -> "SEND TO: " + Arrays.stream(ForeignLogs.to(e)).mapToObj(Integer::toString)
                    .collect(Collectors.joining(" AND "));
            default -> "INTERNAL";
        } + "\t" + (ForeignLogs.micros(e) * 1000 - 1_741_000_000_000_000_000L) + "\t" + e.clock()));
        LoadedRun run = assertReadRight(dir);
        assertEquals(0, RunAnalysis.of(run.model()).unmatchedReceives(), "every receive matched to its send");
        assertTrue(run.notes().stream().noneMatch(n -> n.contains("no log here")), "recipients stay in their cell: "
                + run.notes());
    }

    private static void assertSaid(LoadedRun run, String... phrases) {
        String notes = String.join("\n", run.notes());
        for (String phrase : phrases) {
            assertTrue(notes.contains(phrase), "'" + phrase + "' in: " + notes);
        }
    }

    private LoadedRun assertReadRight(Path dir) throws Exception {
        return assertReadRight(dir, logs);
    }

    /** Opens the folder written from {@code logs}: no problem, each VM's figures as simulated, no violation. */
    private static LoadedRun assertReadRight(Path dir, ForeignLogs logs) throws Exception {
        LoadedRun run = RunOpener.open(dir, null);
        assertEquals(List.of(), run.problems());
        RunAnalysis analysis = RunAnalysis.of(run.model());
        ForeignLogs.Truth truth = logs.truth;
        List<VmStats> vms = analysis.vms();
        assertEquals(truth.receives().length, vms.size());
        for (VmStats s : vms) {
            int vm = s.vm();
            assertEquals(truth.receives()[vm], s.receives(), "receives of VM " + vm);
            assertEquals(truth.sends()[vm], s.sends(), "sends of VM " + vm);
            assertEquals(truth.internals()[vm], s.internals(), "internals of VM " + vm);
            assertEquals(truth.finalClocks()[vm], s.finalClock(), "final clock of VM " + vm);
            assertEquals(truth.maxJumps()[vm], s.maxJump(), "largest jump of VM " + vm);
            if (s.meanQueue() >= 0) {
                // Where the log has queue lengths (receives at least: a draw's is always 0).
                assertEquals(truth.maxQueues()[vm], s.maxQueue(), "largest queue of VM " + vm);
            }
        }
        assertEquals(List.of(), analysis.violations());
        return run;
    }
}
