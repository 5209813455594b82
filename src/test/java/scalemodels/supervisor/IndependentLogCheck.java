package scalemodels.supervisor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The log contract checked from the README alone, sharing no code with the project's parser or rule checker: each
 * line split into {@code key=value} words, then the exercise's rules. Its findings are plain sentences.
 */
final class IndependentLogCheck {
    private final List<String> findings = new ArrayList<>();
    /** "sender:clock" of every send line, with the recipients it names. */
    private final Map<String, Set<Integer>> sends = new HashMap<>();
    private final List<String[]> receives = new ArrayList<>();

    static List<String> check(Path runDir, int vms) throws IOException {
        IndependentLogCheck check = new IndependentLogCheck();
        for (int vm = 0; vm < vms; vm++) {
            check.lane(vm, Files.readAllLines(runDir.resolve("vm_" + vm + ".log")));
        }
        check.everyReceiveHasItsSend();
        return check.findings;
    }

    private void lane(int vm, List<String> lines) {
        long clock = 0;
        long tick = 0;
        for (int n = 0; n < lines.size(); n++) {
            Map<String, String> f = new HashMap<>();
            for (String word : lines.get(n).split(" ")) {
                int eq = word.indexOf('=');
                f.put(word.substring(0, eq), word.substring(eq + 1));
            }
            String where = "vm_" + vm + ".log:" + (n + 1) + " ";
            String event = f.get("event");
            long lineClock = Long.parseLong(f.get("clock"));
            long lineTick = Long.parseLong(f.get("tick"));
            int queue = Integer.parseInt(f.get("queue"));
            if (n == 0 && !(event.equals("start") && lineClock == 0)) {
                findings.add(where + "does not open with start at clock 0");
            }
            switch (event) {
                case "send", "internal", "receive" -> {
                    if (lineTick != tick + 1) {
                        findings.add(where + "tick " + lineTick + " after " + tick);
                    }
                    long expected = clock + 1;
                    if (event.equals("receive")) {
                        expected = Math.max(clock, Long.parseLong(f.get("msg"))) + 1;
                        receives.add(new String[] {f.get("from"), f.get("msg"), Integer.toString(vm), where});
                    } else if (queue != 0) {
                        findings.add(where + event + " drawn with queue=" + queue);
                    }
                    if (event.equals("send")) {
                        Set<Integer> to = new HashSet<>();
                        for (String r : f.get("to").split(",")) {
                            to.add(Integer.parseInt(r));
                        }
                        sends.put(vm + ":" + lineClock, to);
                    }
                    if (lineClock != expected) {
                        findings.add(where + event + " clock " + lineClock + ", expected " + expected);
                    }
                    clock = lineClock;
                    tick = lineTick;
                }
                case "restart" -> {
                    clock = lineClock;
                    tick = lineTick;
                }
                default -> {
                }
            }
        }
    }

    private void everyReceiveHasItsSend() {
        Set<String> seen = new HashSet<>();
        for (String[] r : receives) {
            Set<Integer> to = sends.get(r[0] + ":" + r[1]);
            if (to == null || !to.contains(Integer.parseInt(r[2]))) {
                findings.add(r[3] + "receive from VM " + r[0] + " of msg " + r[1] + " has no send in its log");
            } else if (!seen.add(r[0] + ":" + r[1] + ">" + r[2])) {
                findings.add(r[3] + "message " + r[1] + " from VM " + r[0] + " received twice");
            }
        }
    }
}
